/**
 * Time: claims placed by `as_of`, the time they are about (not when they were published). Dates
 * may be partial (YYYY, YYYY-MM) or ranges; everything here works in whole months.
 */
import type { Claim, ClaimRef } from './corpus';
import { asOfEnd, asOfStart, isCurrent } from './claim-status';
import { MONTHS } from './format';

/** Months since year 0 of the first (`end` false) or last (`end` true) month a partial date covers. */
export function monthOf(date: string, end = false): number {
  const [y, m] = date.split('-').map(Number) as [number, number | undefined];
  return y * 12 + (m ? m - 1 : end ? 11 : 0);
}

export const yearOfMonth = (month: number) => Math.floor(month / 12);

export interface TimedClaim {
  claim: ClaimRef;
  start: number;
  end: number;
}

/** Current claims with their span in months, earliest first (ties: shorter span first, then title). */
export function timed(claims: readonly ClaimRef[]): TimedClaim[] {
  return claims
    .filter(isCurrent)
    .map((claim) => ({ claim, start: monthOf(asOfStart(claim.as_of)), end: monthOf(asOfEnd(claim.as_of), true) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.claim.title.localeCompare(b.claim.title));
}

/** Claims by the year their span starts in, oldest year first. */
export function byYear(items: readonly TimedClaim[]): [number, TimedClaim[]][] {
  const years = new Map<number, TimedClaim[]>();
  for (const item of items) {
    const y = yearOfMonth(item.start);
    years.set(y, [...(years.get(y) ?? []), item]);
  }
  return [...years].sort((a, b) => a[0] - b[0]);
}

/**
 * Packs spans into as few lanes (rows) as possible, earliest first, so that no two in a lane
 * overlap: each item's lane index, in the order given.
 */
export function lanes(items: readonly TimedClaim[]): number[] {
  const ends: number[] = [];
  return items.map((item) => {
    let lane = ends.findIndex((end) => end < item.start);
    if (lane < 0) lane = ends.push(item.end) - 1;
    else ends[lane] = item.end;
    return lane;
  });
}

export interface TimeSummary {
  /** First and last month any claim covers. */
  from: number;
  to: number;
  /** The month the newest thing the report describes starts in: a report cannot be older than that. */
  newest: number;
  /** What the claims are measured against: the publication month, or for an undated report the newest month it describes. */
  reference: number;
  referenceIs: 'published' | 'newest';
  /** Claims whose whole span ends at least a year before the reference month. */
  olderThanAYear: number;
  /** Claims whose span ends before the reference month's year began, by the year they end in (oldest first). */
  endYears: [number, number][];
}

/**
 * Where claims fall in time relative to a report's publication date. An undated report is
 * measured against the newest thing it describes instead, which is only a lower bound of when it
 * was written, and the summary says which it is.
 */
export function summarise(items: readonly TimedClaim[], published?: string): TimeSummary | undefined {
  if (!items.length) return undefined;
  const newest = Math.max(...items.map((i) => i.start));
  const reference = published ? monthOf(published) : newest;
  const ends = new Map<number, number>();
  for (const i of items)
    if (yearOfMonth(i.end) < yearOfMonth(reference))
      ends.set(yearOfMonth(i.end), (ends.get(yearOfMonth(i.end)) ?? 0) + 1);
  return {
    from: Math.min(...items.map((i) => i.start)),
    to: Math.max(...items.map((i) => i.end)),
    newest,
    reference,
    referenceIs: published ? 'published' : 'newest',
    olderThanAYear: items.filter((i) => reference - i.end >= 12).length,
    endYears: [...ends].sort((a, b) => a[0] - b[0]),
  };
}

/** "May 2022". */
export const formatMonth = (month: number) => `${MONTHS[month % 12]} ${yearOfMonth(month)}`;

/** The timeline's view of the corpus's claims: as references, with the title readers see. */
export function claimsInTime(claims: readonly Claim[]): TimedClaim[] {
  return timed(
    claims.map((c) => ({
      id: c.id,
      href: c.href,
      title: c.displayTitle,
      assessment: c.assessment,
      kind: c.kind,
      as_of: c.as_of,
      ...(c.status ? { status: c.status } : {}),
    })),
  );
}

/** The years the timeline has a page for (/timeline/<year>/), oldest first. */
export function timelineYears(claims: readonly Claim[]): number[] {
  return byYear(claimsInTime(claims)).map(([year]) => year);
}
