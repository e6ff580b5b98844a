import type { Metadata } from 'next';
import Link from '@/components/link';
import { SourcingProfile } from '@/components/sourcing-profile';
import { PageTitle } from '@/components/ui';
import { getCorpus } from '@/lib/content/store';
import { formatDate, plural } from '@/lib/model/format';
import { REPORT_KIND } from '@/lib/model/scales';
import { pageMetadata } from '@/lib/model/structured-data';

export const metadata: Metadata = pageMetadata({ title: 'Reports', description: 'Every report under annotation, with its sourcing profile.', path: '/reports/' });

export default function ReportsPage() {
  const { reports } = getCorpus();
  return (
    <>
      <PageTitle title="Reports">
        <p className="max-w-3xl">Documents broken into their claims. Each shows its text with every claim marked, and how well its claims hold up.</p>
      </PageTitle>
      <ul className="space-y-8">
        {reports.map((r) => (
          <li key={r.id} className="grid gap-4 lg:grid-cols-[1fr_minmax(0,22rem)]">
            <div>
              <h2 className="font-serif text-2xl font-semibold">
                <Link href={r.href}>{r.title}</Link>
              </h2>
              <p className="mt-1 text-sm muted">
                {REPORT_KIND.get(r.kind).label} · {r.publisher} · {r.published ? formatDate(r.published) : 'date unknown'} · {plural(r.claims.length, 'claim')}
              </p>
              <p className="mt-2">{r.summary}</p>
            </div>
            <SourcingProfile profile={r.profile} title="Sourcing profile" id={`profile-${r.id}`} label={`Sourcing profile: ${r.title}`} />
          </li>
        ))}
      </ul>
    </>
  );
}
