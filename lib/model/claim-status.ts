/**
 * How claims age: when each kind of claim is due for another look, and what "current" means.
 * The content layer computes every claim's review date and staleness from these, once per build
 * and against the build's date; the methodology page states the same periods to readers.
 */
import type { ClaimKind, ClaimStatus } from './scales';

/**
 * Months after `reviewed` by which a claim of each kind should be checked again, unless it sets
 * its own `review_by`. Figures move fastest; what happened, or what someone said, rarely changes,
 * though new evidence about it can appear.
 */
export const REVIEW_PERIOD_MONTHS: Record<ClaimKind, number> = {
  statistical: 12,
  prediction: 12,
  recommendation: 12,
  factual: 24,
  opinion: 24,
  event: 36,
  attribution: 36,
};

/** Why each period is what it is, for the methodology page. */
export const REVIEW_PERIOD_REASON: Record<ClaimKind, string> = {
  statistical: 'Counts and estimates are revised and new figures are published.',
  prediction: 'The time it speaks of arrives, or the outlook changes.',
  recommendation: 'Circumstances that made the advice apt change.',
  factual: 'A state of affairs can change: who holds a post, where a group operates.',
  opinion: 'Whoever holds the view may revise or drop it.',
  event: 'What happened does not change, but new evidence about it can appear.',
  attribution: 'What was said does not change; a fuller record of it can appear.',
};

/** `date` (YYYY-MM-DD) plus `months`, clamped to the end of a shorter month (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** When a claim is next due for review: its own `review_by`, or `reviewed` plus the period of its kind. */
export function reviewByOf(claim: { kind: ClaimKind; reviewed: string; review_by?: string }): {
  date: string;
  byDefault: boolean;
} {
  return claim.review_by
    ? { date: claim.review_by, byDefault: false }
    : { date: addMonths(claim.reviewed, REVIEW_PERIOD_MONTHS[claim.kind]), byDefault: true };
}

/** A claim is due once its review date has passed (on the day itself it is still in time). */
export const isDue = (reviewBy: string, today: string): boolean => reviewBy < today;

/** A claim counts (in profiles, counts and timelines) only while it has no status. */
export const isCurrent = (claim: { status?: ClaimStatus }): boolean => claim.status === undefined;

/** Current claims first, superseded and withdrawn ones after them; the order within each part is kept. */
export function currentFirst<T extends { status?: ClaimStatus }>(list: readonly T[]): T[] {
  return [...list.filter(isCurrent), ...list.filter((c) => !isCurrent(c))];
}

/** The sortable start of an `as_of`: YYYY, YYYY-MM or YYYY-MM-DD, or a range's first day. */
export const asOfStart = (asOf: string | { from: string; to: string }): string =>
  typeof asOf === 'string' ? asOf : asOf.from;
/** The sortable end of an `as_of`. */
export const asOfEnd = (asOf: string | { from: string; to: string }): string =>
  typeof asOf === 'string' ? asOf : asOf.to;
