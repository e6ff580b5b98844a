import Link from '@/components/link';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4">
        There is no page at this address. Ids are permanent, so the link may have a typo, or the item may not have been
        published yet.
      </p>
      <ul className="mt-4 list-disc pl-6">
        <li>
          <Link href="/search/">Search the knowledge base</Link>
        </li>
        <li>
          Browse <Link href="/reports/">reports</Link>, <Link href="/claims/">claims</Link>,{' '}
          <Link href="/sources/">sources</Link> or <Link href="/entities/">entities</Link>
        </li>
      </ul>
    </div>
  );
}
