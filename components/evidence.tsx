import Link from './link';
import type { Appearance, Claim, EvidenceItem, EvidenceLine } from '@/lib/model/corpus';
import { formatDate, plural } from '@/lib/model/format';
import { CredibilityBadge, ReliabilityBadge, StanceBadge } from './badges';
import { EmptyNote } from './ui';

function Item({ ev, note }: { ev: EvidenceItem; note?: string }) {
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-center gap-2">
        <StanceBadge value={ev.stance} />
        <Link href={ev.source.href} className="font-medium">
          {ev.source.title}
        </Link>
      </div>
      <p className="mt-1 text-sm subtle">
        {ev.source.publisher} · {ev.locator}
      </p>
      <p className="hidden break-all text-xs print:block">{ev.source.url}</p>
      <div className="mt-1 flex flex-wrap gap-2">
        <ReliabilityBadge value={ev.source.reliability} />
        <CredibilityBadge value={ev.credibility} />
      </div>
      {ev.quote ? (
        <blockquote className="mt-2 border-l-4 border-stone-300 pl-3 text-sm italic dark:border-stone-700">
          “{ev.quote}”
        </blockquote>
      ) : null}
      {ev.note ? <p className="mt-2 text-sm">{ev.note}</p> : null}
      {note ? <p className="mt-2 text-sm italic muted">Not counted as support: it is {note}.</p> : null}
    </li>
  );
}

/** "3 articles, 1 origin: US officials, 25 April 2023" — what ties a line's items together. */
function lineLabel(line: EvidenceLine, claim: Claim): string {
  const sources = new Set(line.items.map((i) => claim.evidence[i]!.source.id)).size;
  const parts = [plural(sources, 'source')];
  if (line.original && sources > 1) parts.push(`copies of ${line.original.title}`);
  if (line.origins.length && sources > 1) {
    const origins = line.origins.map((o) => `${o.name}${o.date ? `, ${formatDate(o.date)}` : ''}`);
    parts.push(`${plural(line.origins.length, 'origin')}: ${origins.join('; ')}`);
  } else if (line.origins.length) {
    parts.push(`relaying ${line.origins.map((o) => `${o.name}${o.date ? `, ${formatDate(o.date)}` : ''}`).join('; ')}`);
  }
  return parts.join(', ');
}

/**
 * A claim's evidence, as a reader needs to weigh it: supporting items grouped into independent
 * lines (copies folded together, items that relay the same origin counted once), then what
 * contradicts it, then context.
 */
export function EvidenceSection({ claim }: { claim: Claim }) {
  const inLine = new Set(claim.lines.flatMap((l) => l.items));
  const rest = (stance: EvidenceItem['stance']) =>
    claim.evidence.map((ev, i) => [ev, i] as const).filter(([ev, i]) => ev.stance === stance && !inLine.has(i));
  const contradicting = rest('contradicts');
  const context = [...rest('context'), ...rest('supports')];
  if (!claim.evidence.length)
    return (
      <EmptyNote>
        No evidence is cited: this is{' '}
        {claim.assessment === 'opinion'
          ? 'an opinion or recommendation, which cannot be checked'
          : 'an unsupported claim'}
        .
      </EmptyNote>
    );
  return (
    <>
      <p className="text-sm" data-testid="lines-of-evidence">
        <strong>Independent lines of evidence: {claim.lines.length}.</strong> Sources that copy one another, or relay
        the same origin, count as one line.
      </p>
      {claim.lines.length ? (
        <ol className="mt-3 space-y-4">
          {claim.lines.map((line, n) => (
            <li
              key={line.items.join('-')}
              data-testid="evidence-line"
              className="rounded-lg border border-stone-200 px-3 dark:border-stone-800"
            >
              <p className="pt-3 text-sm font-semibold">
                Line {n + 1}: {lineLabel(line, claim)}
              </p>
              <ul className="rows">
                {line.items.map((i) => (
                  <Item key={i} ev={claim.evidence[i]!} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : null}
      {contradicting.length ? (
        <>
          <h3 className="mt-6 font-semibold">Against</h3>
          <ul className="rows">
            {contradicting.map(([ev, i]) => (
              <Item key={i} ev={ev} />
            ))}
          </ul>
        </>
      ) : null}
      {context.length ? (
        <>
          <h3 className="mt-6 font-semibold">Context</h3>
          <ul className="rows">
            {context.map(([ev, i]) => (
              <Item key={i} ev={ev} note={claim.ownSources[i]} />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** Where a claim appears: every report that makes it, earliest first, each in its own words. */
export function Appearances({ claim, appearances }: { claim: Claim; appearances: Appearance[] }) {
  return (
    <ul className="space-y-4">
      {appearances.map((a, n) => (
        <li key={a.report.id} data-testid="appearance">
          <p className="text-sm">
            {n === 0 && appearances.length > 1 ? <span className="font-semibold">First seen in </span> : null}
            <Link href={`${a.report.href}#claim-${claim.id}`}>{a.report.title}</Link>
            {a.report.published ? `, ${formatDate(a.report.published)}` : ', date unknown'}
            {a.paragraph ? ` · paragraph ${a.paragraph}` : a.locator ? ` · ${a.locator}` : ''}
          </p>
          <blockquote className="mt-1 border-l-4 border-stone-300 pl-3 font-serif dark:border-stone-700">
            {a.prefix ? <span className="text-stone-500 dark:text-stone-400">…{a.prefix} </span> : null}
            <span className="italic">“{a.quote}”</span>
            {a.suffix ? <span className="text-stone-500 dark:text-stone-400"> {a.suffix}…</span> : null}
          </blockquote>
        </li>
      ))}
    </ul>
  );
}
