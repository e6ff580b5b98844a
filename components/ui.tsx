import Link from './link';
import type { ReactNode } from 'react';
import type { Assessment, ClaimStatus } from '@/lib/model/scales';
import { AssessmentBadge } from './badges';
import { StatusBadge } from './claim-status';

export function Eyebrow({ children }: { children: ReactNode }) {
  return <p className="text-xs font-semibold uppercase tracking-wider muted">{children}</p>;
}

export function PageTitle({
  eyebrow,
  title,
  children,
}: {
  eyebrow?: ReactNode;
  title: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="mb-8 space-y-3">
      {eyebrow ? <Eyebrow>{eyebrow}</Eyebrow> : null}
      <h1 className="font-serif text-3xl font-bold leading-tight tracking-tight sm:text-4xl">{title}</h1>
      {children}
    </header>
  );
}

export function Section({
  title,
  id,
  children,
  count,
}: {
  title: string;
  id?: string;
  children: ReactNode;
  count?: number;
}) {
  const sid = id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return (
    <section aria-labelledby={`h-${sid}`} className="mt-10">
      <h2 id={`h-${sid}`} className="section-title">
        {title}
        {count !== undefined ? <span className="count">({count})</span> : null}
      </h2>
      {children}
    </section>
  );
}

export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      {items.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="muted-label">{k}</dt>
          <dd className="min-w-0 break-words">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ClaimLine({
  href,
  title,
  assessment,
  status,
  children,
}: {
  href: string;
  title: string;
  assessment: Assessment;
  status?: ClaimStatus;
  children?: ReactNode;
}) {
  return (
    <li className="claim-row">
      <AssessmentBadge value={assessment} className="self-start" />
      <div className="min-w-0">
        {status ? <StatusBadge value={status} /> : null}
        {/* A block with a 24px line box: a touch target of at least 24px (WCAG 2.5.8) however the rows fall. */}
        <Link href={href} className="block font-medium">
          {title}
        </Link>
        {children ? <div className="text-sm subtle">{children}</div> : null}
      </div>
    </li>
  );
}

export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="text-sm italic muted">{children}</p>;
}

export function Prose({ children }: { children: ReactNode }) {
  return <div className="prose prose-stone max-w-none dark:prose-invert prose-a:underline-offset-2">{children}</div>;
}
