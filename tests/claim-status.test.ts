/**
 * Claims change: superseded and withdrawn claims (validated chains, kept out of counts, listed
 * last) and review-by dates (a default per kind, staleness against the build's date).
 */
import { describe, expect, it } from 'vitest';
import { addMonths, REVIEW_PERIOD_MONTHS, reviewByOf } from '../lib/model/claim-status';
import { fixture, loadWith } from './helpers/content';

const PRESENT = 'claims/group-present-everywhere.mdx';
const present = fixture(PRESENT);

/** A second checkable claim, to supersede or be superseded; `extra` lines go before `reviewed`. */
function claim(id: string, extra = '', reviewed = '2026-11-01') {
  return {
    [`claims/${id}.mdx`]: `---
title: Claim ${id}
statement: The UN official said so in November 2021.
kind: statistical
assessment: corroborated
rationale: The briefing is on the record.
likelihood: almost-certain
confidence: high
as_of: "2021-11"
entities: [sample-group]
evidence:
  - source: un-briefing
    stance: supports
    locator: para 7
    credibility: 1
  - source: news-report
    stance: supports
    locator: paragraph 2
    credibility: 1
${extra}reviewed: ${reviewed}
---

Notes.
`,
  };
}

const supersede = (by: string, date = '2026-11-20') =>
  `status: superseded\nsuperseded_by: ${by}\nstatus_reason: A later briefing gives a better figure.\nstatus_date: ${date}\n`;
const errors = (files: Record<string, string | null>, today?: string) =>
  loadWith(files, today ? { today } : {})
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.file}:${d.line}  ${d.field}  ${d.message}  (${d.rule})`);

describe('review-by dates', () => {
  it('default to reviewed plus the period of the kind, clamped to the end of a month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', 12)).toBe('2024-12-15');
    expect(reviewByOf({ kind: 'statistical', reviewed: '2025-03-01' })).toEqual({
      date: '2026-03-01',
      byDefault: true,
    });
    expect(reviewByOf({ kind: 'event', reviewed: '2025-03-01' })).toEqual({
      date: `${2025 + REVIEW_PERIOD_MONTHS.event / 12}-03-01`,
      byDefault: true,
    });
    expect(reviewByOf({ kind: 'event', reviewed: '2025-03-01', review_by: '2025-06-01' })).toEqual({
      date: '2025-06-01',
      byDefault: false,
    });
  });

  it('make a claim due once the build date has passed them, and list due claims oldest first', () => {
    const files = {
      ...claim('old-figure', '', '2024-01-10'),
      ...claim('older-figure', 'review_by: 2024-06-01\n', '2024-01-10'),
      ...claim('fresh-figure', '', '2026-11-01'),
    };
    const due = loadWith(files, { today: '2025-02-01' }).corpus!;
    expect(due.build.date).toBe('2025-02-01');
    expect(due.dueForReview.map((d) => [d.claim.id, d.reviewBy])).toEqual([
      ['older-figure', '2024-06-01'],
      ['old-figure', '2025-01-10'],
    ]);
    const old = due.claims.find((c) => c.id === 'old-figure')!;
    expect(old).toMatchObject({ reviewBy: '2025-01-10', reviewByDefault: true, dueForReview: true });
    // The same content built on the day it falls due: not yet due.
    expect(
      loadWith(files, { today: '2025-01-10' }).corpus!.claims.find((c) => c.id === 'old-figure')!.dueForReview,
    ).toBe(false);
  });

  it('refuses a review date before the last review', () => {
    expect(errors(claim('x', 'review_by: 2026-01-01\n'))).toEqual([
      'content/claims/x.mdx:20  review_by  review_by (2026-01-01) is before the last review (2026-11-01): give a later date, or remove it to use the period of its kind  (claim/review-by)',
    ]);
  });
});

describe('superseded and withdrawn claims', () => {
  const files = {
    ...claim('old-figure', supersede('group-present-everywhere')),
    ...claim('dropped', 'status: withdrawn\nstatus_reason: A duplicate of another claim.\nstatus_date: 2026-11-21\n'),
  };
  const corpus = loadWith(files).corpus!;

  it('keep their page, link to the replacement, and leave counts and profiles', () => {
    const old = corpus.claims.find((c) => c.id === 'old-figure')!;
    expect(old).toMatchObject({
      status: 'superseded',
      status_reason: 'A later briefing gives a better figure.',
      status_date: '2026-11-20',
      dueForReview: false,
    });
    expect(old.superseded_by).toMatchObject({
      id: 'group-present-everywhere',
      href: '/claims/group-present-everywhere/',
    });
    expect(corpus.claims.find((c) => c.id === 'group-present-everywhere')!.supersedes.map((c) => c.id)).toEqual([
      'old-figure',
    ]);
    // Three claims are corroborated on file; only the current one is counted.
    expect(corpus.profile).toMatchObject({ corroborated: 1, opinion: 1 });
    const briefing = corpus.sources.find((s) => s.id === 'un-briefing')!;
    expect(briefing.citedBy.map((c) => [c.claim.id, c.claim.status])).toEqual([
      ['group-present-everywhere', undefined],
      ['dropped', 'withdrawn'],
      ['old-figure', 'superseded'],
    ]);
  });

  it('come last in every list', () => {
    expect(
      corpus.claims
        .slice(-2)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['dropped', 'old-figure']);
    const group = corpus.entities.find((e) => e.id === 'sample-group')!;
    expect(group.mentionedIn.map((c) => c.status ?? 'current')).toEqual([
      'current',
      'current',
      'withdrawn',
      'superseded',
    ]);
  });

  it('are left out of a report profile, and counted apart', () => {
    const report = fixture('reports/sample-report.mdx').replace(
      '</Claim>',
      '</Claim> and <Claim id="old-figure">an older figure</Claim>',
    );
    const r = loadWith({ ...files, 'reports/sample-report.mdx': report }).corpus!.reports[0]!;
    expect(r.claims.map((c) => c.id)).toEqual(['group-present-everywhere', 'group-must-be-stopped', 'old-figure']);
    expect(r.profile).toMatchObject({ corroborated: 1, opinion: 1 });
    expect(r.notCounted).toBe(1);
  });

  it('follow a chain to the current claim', () => {
    const chain = loadWith({
      ...claim('first', supersede('second')),
      ...claim('second', supersede('group-present-everywhere')),
    }).corpus!;
    const first = chain.claims.find((c) => c.id === 'first')!;
    expect(first.superseded_by?.id).toBe('second');
    expect(first.currentVersion?.id).toBe('group-present-everywhere');
    expect(chain.claims.find((c) => c.id === 'second')!.currentVersion).toBeUndefined();
  });

  it.each([
    [
      'a loop',
      { ...claim('a', supersede('b')), ...claim('b', supersede('a')) },
      [
        'content/claims/a.mdx:21  superseded_by  superseded_by makes a loop (a → b → a): the last claim of a chain must be current  (claim/superseded-cycle)',
        'content/claims/b.mdx:21  superseded_by  superseded_by makes a loop (b → a → b): the last claim of a chain must be current  (claim/superseded-cycle)',
      ],
    ],
    [
      'a missing target',
      claim('a', supersede('group-present-everywere')),
      [
        'content/claims/a.mdx:21  superseded_by  no claim has the id "group-present-everywere" (no file content/claims/group-present-everywere.mdx). Did you mean "group-present-everywhere"?  (ref/superseded-by)',
      ],
    ],
    [
      'itself',
      claim('a', supersede('a')),
      ['content/claims/a.mdx:21  superseded_by  a claim cannot be superseded by itself  (ref/claim-self)'],
    ],
    [
      'a withdrawn target',
      {
        ...claim('a', supersede('b')),
        ...claim('b', 'status: withdrawn\nstatus_reason: Wrong.\nstatus_date: 2026-11-21\n'),
      },
      [
        'content/claims/a.mdx:21  superseded_by  "b" is withdrawn: a claim can only be replaced by one that stands; point to the claim that replaces it, or mark this one withdrawn too  (claim/superseded-by-withdrawn)',
      ],
    ],
    [
      'no replacement',
      claim('a', 'status: superseded\nstatus_reason: Old.\nstatus_date: 2026-11-21\n'),
      [
        'content/claims/a.mdx:20  superseded_by  a superseded claim names the claim that replaces it: add superseded_by: <claim id> (or use status: withdrawn if nothing replaces it)  (claim/status)',
      ],
    ],
    [
      'no reason or date',
      claim('a', 'status: withdrawn\n'),
      [
        'content/claims/a.mdx:20  status_reason  a withdrawn claim says why: add status_reason: "…" (one line)  (claim/status)',
        'content/claims/a.mdx:20  status_date  a withdrawn claim says when: add status_date: YYYY-MM-DD  (claim/status)',
      ],
    ],
    [
      'a replacement without a status',
      claim('a', 'superseded_by: group-present-everywhere\n'),
      [
        'content/claims/a.mdx:20  superseded_by  superseded_by goes with status: superseded or withdrawn; add the status, or remove superseded_by  (claim/status)',
      ],
    ],
    [
      'a withdrawn claim with a replacement',
      claim(
        'a',
        'status: withdrawn\nsuperseded_by: group-present-everywhere\nstatus_reason: Wrong.\nstatus_date: 2026-11-21\n',
      ),
      [
        'content/claims/a.mdx:21  superseded_by  a withdrawn claim has no replacement: use status: superseded to point to the claim that replaces it, or remove superseded_by  (claim/status)',
      ],
    ],
  ])('are refused with file:line for %s', (_name, files, expected) => {
    expect(errors(files as Record<string, string>)).toEqual(expected);
  });

  it('leave the fixture unchanged when no claim has a status', () => {
    expect(present).not.toContain('status:');
    expect(loadWith({}).corpus!.claims.every((c) => c.supersedes.length === 0 && !c.status)).toBe(true);
  });
});
