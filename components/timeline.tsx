import Link from './link';
import { formatAsOf, formatDate, plural } from '@/lib/model/format';
import type { Assessment } from '@/lib/model/scales';
import { byYear, formatMonth, lanes, monthOf, summarise, type TimedClaim, yearOfMonth } from '@/lib/model/timeline';
import { AssessmentBadge } from './badges';

const MARK: Record<Assessment, string> = {
  corroborated: 'bg-emerald-600 dark:bg-emerald-500',
  'partly-corroborated': 'bg-teal-500 dark:bg-teal-400',
  unverified: 'bg-amber-400 dark:bg-amber-300',
  disputed: 'bg-orange-600 dark:bg-orange-400',
  refuted: 'bg-red-600 dark:bg-red-400',
  opinion: 'bg-violet-500 dark:bg-violet-400',
};

const LANE = 12;

/**
 * Claims as marks on a line of years (a dot for a month or a day, a bar for a longer span), with
 * the publication date of a report drawn across them. A picture for the eye: the same facts are in
 * the summary sentence and the list by year that go with it.
 */
export function TimeStrip({ items, marker }: { items: TimedClaim[]; marker?: { date: string; label: string } }) {
  if (!items.length) return null;
  const pub = marker ? monthOf(marker.date) : undefined;
  const label = marker?.label ?? '';
  const first = yearOfMonth(Math.min(...items.map((i) => i.start), pub ?? Infinity));
  const last = yearOfMonth(Math.max(...items.map((i) => i.end), pub ?? -Infinity));
  const from = first * 12;
  const span = (last + 1) * 12 - from;
  const at = (month: number) => `${((month - from) / span) * 100}%`;
  const laneOf = lanes(items);
  const height = (Math.max(...laneOf) + 1) * LANE + 4;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <div aria-hidden="true" className="select-none" data-testid="time-strip">
      <div className="relative" style={{ height: `${height + 22}px` }}>
        {years.map((y, i) => (
          <div key={y} className="absolute bottom-0 top-0 border-l rule" style={{ left: at(y * 12) }}>
            <span
              className={`absolute bottom-0 left-1 text-xs muted ${years.length > 6 && i % 2 ? 'max-sm:hidden' : ''}`}
            >
              {y}
            </span>
          </div>
        ))}
        {items.map((item, i) => (
          <a
            key={item.claim.id}
            href={item.claim.href}
            tabIndex={-1}
            title={`${item.claim.title} (${formatAsOf(item.claim.as_of)})`}
            className={`absolute block h-2 min-w-2 rounded-full ${MARK[item.claim.assessment]} hover:ring-2 hover:ring-stone-900 dark:hover:ring-white`}
            style={{
              left: at(item.start),
              width: `max(0.5rem, ${((item.end - item.start + 1) / span) * 100}%)`,
              top: `${laneOf[i]! * LANE + 2}px`,
            }}
          />
        ))}
        {pub !== undefined ? (
          <div
            className="absolute bottom-4 top-0 border-l-2 border-dashed border-stone-900 dark:border-stone-100"
            style={{ left: at(pub) }}
          >
            <span
              className={`absolute -top-0.5 whitespace-nowrap rounded bg-stone-900 px-1 text-[0.65rem] font-semibold text-white dark:bg-stone-100 dark:text-stone-900 ${(pub - from) / span > 0.5 ? 'right-1' : 'left-1'}`}
            >
              {label}
            </span>
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Where a report's claims fall in time relative to its publication date, in words. */
export function TimeSummaryText({
  items,
  published,
  datingNote,
}: {
  items: TimedClaim[];
  published?: string;
  datingNote?: string;
}) {
  const s = summarise(items, published);
  if (!s) return null;
  const years = (a: number, b: number) =>
    yearOfMonth(a) === yearOfMonth(b) ? String(yearOfMonth(a)) : `${yearOfMonth(a)}–${yearOfMonth(b)}`;
  const when =
    s.referenceIs === 'published'
      ? `it was published (${formatMonth(s.reference)})`
      : `the newest event it mentions (${formatMonth(s.reference)})`;
  return (
    <div className="space-y-2 text-sm" data-testid="time-summary">
      <p>
        {s.referenceIs === 'published' ? (
          <>
            Published in <strong>{formatDate(published)}</strong>.{' '}
          </>
        ) : (
          <>
            <strong>The report is not dated.</strong> The newest event it mentions is from {formatMonth(s.newest)}, so
            it was written no earlier than that; its claims are measured against that month, which may be earlier than
            the real date.{' '}
          </>
        )}
        Its {plural(items.length, 'claim')} are about {years(s.from, s.to)}: <strong>{s.olderThanAYear}</strong> of them
        end a year or more before {when}
        {s.endYears.length ? ` (${s.endYears.map(([y, n]) => `${n} in ${y}`).join(', ')})` : ''}.
      </p>
      {s.referenceIs === 'newest' && datingNote ? (
        <p className="subtle">What we know of its date: {datingNote}</p>
      ) : null}
    </div>
  );
}

/** Claims by year, each with its date and verdict; `yearHref` links each year to its own page. */
export function YearList({
  items,
  idPrefix,
  perYear,
  yearHref,
  headingLevel = 3,
}: {
  items: TimedClaim[];
  idPrefix: string;
  perYear?: number;
  yearHref?: (year: number) => string;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="space-y-6" data-testid="year-list">
      {byYear(items).map(([year, list]) => (
        <section key={year} aria-labelledby={`${idPrefix}-${year}`}>
          <H
            id={`${idPrefix}-${year}`}
            className="mb-2 flex items-baseline gap-3 border-b border-stone-200 pb-1 font-semibold dark:border-stone-800"
          >
            <span className="font-serif text-xl">{year}</span>
            <span className="text-sm font-normal muted">{plural(list.length, 'claim')}</span>
          </H>
          <ol className="space-y-2">
            {list.slice(0, perYear ?? list.length).map(({ claim }) => (
              <li key={claim.id} className="grid gap-x-3 text-sm sm:grid-cols-[10rem_1fr]">
                <span className="text-stone-600 tabular-nums dark:text-stone-400">{formatAsOf(claim.as_of)}</span>
                <span className="flex min-w-0 flex-wrap items-baseline gap-x-2 gap-y-1">
                  <AssessmentBadge value={claim.assessment} />
                  <Link href={claim.href} className="min-w-0 break-words">
                    {claim.title}
                  </Link>
                </span>
              </li>
            ))}
          </ol>
          {yearHref && perYear !== undefined && list.length > perYear ? (
            <p className="mt-2 text-sm">
              <Link href={yearHref(year)}>
                All {list.length} claims about {year} →
              </Link>
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}

/** A bar per year, as tall as its number of claims, each a link to the year: the timeline's zoom. */
export function YearOverview({ items, href }: { items: TimedClaim[]; href: (year: number) => string }) {
  const years = byYear(items);
  if (!years.length) return null;
  const first = years[0]![0];
  const last = years[years.length - 1]![0];
  const counts = new Map(years.map(([y, l]) => [y, l.length]));
  const max = Math.max(...counts.values());
  const all = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <nav aria-label="Years" data-testid="year-overview">
      {/* Scrolls sideways only when there are too many years to fit; focusable so a keyboard can scroll it too. */}
      <div className="overflow-x-auto pb-1" tabIndex={0} role="group" aria-label="Claims per year">
        <ol className="flex min-w-fit items-end gap-px sm:gap-1">
          {all.map((y) => {
            const n = counts.get(y) ?? 0;
            return (
              <li key={y} className="flex min-w-7 flex-1 flex-col items-center sm:min-w-11">
                {n ? (
                  <Link href={href(y)} className="group flex w-full flex-col-reverse items-center no-underline">
                    {/* Read as "2022, 14 claims"; drawn (reversed) as the count, the bar, then the year. */}
                    <span className="mt-1 text-[0.7rem] font-medium underline decoration-blue-800/30 group-hover:decoration-current sm:text-sm">
                      {y}
                    </span>
                    <span
                      className="block w-full rounded-t bg-stone-400 group-hover:bg-stone-600 dark:bg-stone-600 dark:group-hover:bg-stone-400"
                      style={{ height: `${Math.max(4, (n / max) * 80)}px` }}
                      aria-hidden="true"
                    />
                    <span className="text-xs subtle">
                      {n}
                      <span className="sr-only"> {n === 1 ? 'claim' : 'claims'}</span>
                    </span>
                  </Link>
                ) : (
                  <span className="flex w-full flex-col items-center text-stone-500 dark:text-stone-400">
                    <span className="text-xs">0</span>
                    <span className="block h-1 w-full bg-stone-200 dark:bg-stone-800" aria-hidden="true" />
                    <span className="mt-1 text-[0.7rem] sm:text-sm">{y}</span>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </div>
    </nav>
  );
}
