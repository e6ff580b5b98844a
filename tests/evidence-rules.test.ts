/**
 * Every rule of evidence has a fixture that breaks it and must be reported, exactly; lineage
 * (copies, shared origins) decides what counts as independent.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../lib/content/diagnostics';
import { EVIDENCE_RULES } from '../lib/content/evidence-rules';
import { fixture, loadWith } from './helpers/content';

const CLAIM = 'claims/group-present-everywhere.mdx';
const claim = fixture(CLAIM);
const REPORT = 'reports/sample-report.mdx';

/** A source file: a news report of reliability B unless `fields` say otherwise. */
const source = (id: string, fields = '') =>
  `---\ntitle: Source ${id}\npublisher: Publisher ${id}\nkind: news\npublished: 2021-11-18\nurl: https://example.org/${id}\ncopy: original\nreliability: B\nreliability_reason: For the tests.\n${fields}---\n\nA source.\n`;

/** The fixture claim with its evidence replaced by `items` ([source, stance, credibility]) and `changes` applied. */
function claimWith(items: [string, string, number][], changes: [string | RegExp, string][] = []): string {
  let text = claim.replace(
    /evidence:\n[\s\S]*?reviewed:/,
    `evidence:\n${items.map(([s, stance, cred], i) => `  - source: ${s}\n    stance: ${stance}\n    locator: item ${i + 1}\n    credibility: ${cred}\n`).join('')}reviewed:`,
  );
  for (const [from, to] of changes) text = text.replace(from, to);
  return text;
}

const diagnostics = (files: Record<string, string | null>) => loadWith(files).diagnostics.map(formatDiagnostic);
const ofRule = (files: Record<string, string | null>, rule: string) =>
  diagnostics(files).filter((d) => d.endsWith(`(${rule})`));

const three = { 'sources/a.mdx': source('a'), 'sources/b.mdx': source('b'), 'sources/c.mdx': source('c') };

// One fixture per rule: the files that break it, and every line that rule must print (nothing more).
const CASES: [rule: string, files: Record<string, string | null>, expected: string[]][] = [
  [
    'evidence/corroborated',
    { ...three, [CLAIM]: claimWith([['a', 'supports', 1]]) },
    [
      `content/${CLAIM}:5:13  assessment  "corroborated" needs two independent lines of support (reliability A–C, credibility 1–3) or one primary document of record (a UN or government document, reliability A–B); it has 1 such line of 1 (Publisher a). Add an independent source you have read, or assess it partly-corroborated  (evidence/corroborated)`,
    ],
  ],
  [
    'evidence/corroborated-contradiction',
    {
      ...three,
      [CLAIM]: claimWith(
        [
          ['un-briefing', 'supports', 1],
          ['a', 'contradicts', 2],
        ],
        [
          [
            'rationale: The briefing is on the record and two outlets report it.',
            'rationale: The briefing is on the record.',
          ],
        ],
      ),
    },
    [
      `content/${CLAIM}:6:12  rationale  warning  Publisher a contradicts the claim, and the rationale does not say why that does not hold: address it there, or assess the claim disputed  (evidence/corroborated-contradiction)`,
    ],
  ],
  [
    'evidence/refuted',
    {
      ...three,
      'sources/d.mdx': source('d', 'reliability: D\n').replace('reliability: B\n', ''),
      [CLAIM]: claimWith(
        [['d', 'contradicts', 1]],
        [
          ['assessment: corroborated', 'assessment: refuted'],
          ['likelihood: almost-certain', 'likelihood: unlikely'],
        ],
      ),
    },
    [
      `content/${CLAIM}:5:13  assessment  "refuted" needs evidence that contradicts the claim from a source of reliability A–C with credibility 1–2; without it, assess the claim unverified or disputed  (evidence/refuted)`,
    ],
  ],
  [
    'evidence/partly-corroborated',
    {
      ...three,
      [CLAIM]: claimWith(
        [['a', 'context', 1]],
        [
          ['assessment: corroborated', 'assessment: partly-corroborated'],
          ['likelihood: almost-certain', 'likelihood: likely'],
        ],
      ),
    },
    [
      `content/${CLAIM}:5:13  assessment  "partly-corroborated" needs at least one supporting source other than the report itself and its copies; without one, assess the claim unverified  (evidence/partly-corroborated)`,
    ],
  ],
  [
    'evidence/own-report',
    {
      ...three,
      [REPORT]: fixture(REPORT).replace('relation: possible-source', 'relation: copies'),
      [CLAIM]: claimWith([
        ['un-briefing', 'supports', 1],
        ['a', 'supports', 1],
        ['b', 'supports', 1],
      ]),
    },
    [
      `content/${CLAIM}:14:13  evidence[0].stance  "un-briefing" is a text the report copies (provenance of report "sample-report"), so it cannot support the claim: set stance: context  (evidence/own-report)`,
    ],
  ],
  [
    'evidence/reference-only',
    {
      ...three,
      'sources/w.mdx': source('w').replace('kind: news', 'kind: reference'),
      [CLAIM]: claimWith(
        [['w', 'supports', 2]],
        [
          ['assessment: corroborated', 'assessment: partly-corroborated'],
          ['likelihood: almost-certain', 'likelihood: likely'],
        ],
      ),
    },
    [
      `content/${CLAIM}:5:13  assessment  every supporting source is a reference work (w): follow it to the sources it cites and cite those you read, or assess the claim unverified  (evidence/reference-only)`,
    ],
  ],
  [
    'evidence/likelihood',
    { [CLAIM]: claim.replace('likelihood: almost-certain', 'likelihood: unlikely') },
    [
      `content/${CLAIM}:7:13  likelihood  "unlikely" does not fit a corroborated claim: use likely, very-likely, almost-certain, or reconsider the verdict  (evidence/likelihood)`,
    ],
  ],
  [
    'evidence/attribution',
    {
      'claims/group-must-be-stopped.mdx': fixture('claims/group-must-be-stopped.mdx').replace(
        'attributed_to:\n  report: sample-report\n',
        '',
      ),
    },
    [
      'content/claims/group-must-be-stopped.mdx:4:7  kind  a recommendation must say whose view it is: add attributed_to with report: <report id> or entity: <entity id>  (evidence/attribution)',
    ],
  ],
  [
    'evidence/credibility-mismatch',
    {
      ...three,
      [CLAIM]: claimWith([
        ['un-briefing', 'supports', 1],
        ['un-briefing', 'supports', 3],
      ]),
    },
    [
      `content/${CLAIM}:20:18  evidence[1].credibility  warning  "un-briefing" is also cited as evidence[0] with credibility 1: if both items are about the same fact, give them the same credibility  (evidence/credibility-mismatch)`,
    ],
  ],
  [
    'evidence/under-rated',
    { [CLAIM]: claimWith([['un-briefing', 'supports', 1]], [['assessment: corroborated', 'assessment: unverified']]) },
    [
      `content/${CLAIM}:5:13  assessment  warning  un-briefing (reliability A, credibility 1) supports the claim: it is probably more than unverified, or that credibility is too high  (evidence/under-rated)`,
    ],
  ],
];

describe('each rule of evidence', () => {
  it('has a fixture here', () => {
    expect(CASES.map(([rule]) => rule).sort()).toEqual(EVIDENCE_RULES.map((r) => r.id).sort());
  });

  it.each(CASES)('%s is reported exactly', (rule, files, expected) => {
    expect(ofRule(files, rule)).toEqual(expected);
  });

  it('passes the fixture as it is: every rule is satisfiable', () => {
    expect(loadWith({}).diagnostics).toEqual([]);
  });
});

describe('independent lines of evidence', () => {
  const corroborated = (items: [string, string, number][]) => claimWith(items);

  it('counts two independent sources as two lines', () => {
    const { corpus, diagnostics } = loadWith({
      ...three,
      [CLAIM]: corroborated([
        ['a', 'supports', 1],
        ['b', 'supports', 2],
      ]),
    });
    expect(diagnostics).toEqual([]);
    expect(corpus!.claims.find((c) => c.id === 'group-present-everywhere')!.lines.map((l) => l.items)).toEqual([
      [0],
      [1],
    ]);
  });

  it('folds a copy into its original: one line, not corroboration', () => {
    const files = {
      ...three,
      'sources/b.mdx': source('b', 'copy_of: a\n'),
      [CLAIM]: corroborated([
        ['a', 'supports', 1],
        ['b', 'supports', 1],
      ]),
    };
    expect(ofRule(files, 'evidence/corroborated')[0]).toContain(
      'it has 1 such line of 1 (Publisher a and Publisher b)',
    );
  });

  it('counts sources relaying one origin once, and names the origin', () => {
    const origin = 'origins:\n  - name: US officials\n    date: "2023-04-25"\n';
    const files = {
      ...three,
      'sources/a.mdx': source('a', origin),
      'sources/b.mdx': source('b', origin.replace('US officials', 'us  Officials')),
      [CLAIM]: corroborated([
        ['a', 'supports', 1],
        ['b', 'supports', 1],
      ]),
    };
    expect(ofRule(files, 'evidence/corroborated')[0]).toContain(
      '(Publisher a and Publisher b (one origin: US officials))',
    );
  });

  it('groups an origin given as an entity with the sources that name it', () => {
    const files = {
      ...three,
      'sources/a.mdx': source('a', 'origins:\n  - entity: sample-group\n'),
      'sources/b.mdx': source('b', 'origins:\n  - entity: sample-group\n'),
      [CLAIM]: claimWith(
        [
          ['a', 'supports', 1],
          ['b', 'supports', 1],
          ['c', 'supports', 1],
        ],
        [['kind: attribution', 'kind: event']],
      ),
    };
    const { corpus, diagnostics } = loadWith(files);
    expect(diagnostics).toEqual([]);
    const lines = corpus!.claims.find((c) => c.id === 'group-present-everywhere')!.lines;
    expect(lines.map((l) => [l.items, l.origins.map((o) => o.name)])).toEqual([
      [[0, 1], ['Sample Group']],
      [[2], []],
    ]);
  });

  it('counts outlets reporting a speaker\u2019s own words separately when the claim is that the speaker said them', () => {
    const files = {
      ...three,
      'sources/a.mdx': source('a', 'origins:\n  - entity: sample-group\n'),
      'sources/b.mdx': source('b', 'origins:\n  - entity: sample-group\n'),
      [CLAIM]: corroborated([
        ['a', 'supports', 1],
        ['b', 'supports', 1],
      ]),
    };
    const { corpus, diagnostics } = loadWith(files);
    expect(diagnostics).toEqual([]);
    expect(corpus!.claims.find((c) => c.id === 'group-present-everywhere')!.lines.map((l) => l.items)).toEqual([
      [0],
      [1],
    ]);
    // As an event rather than an attribution, the same two sources are one line.
    expect(
      ofRule(
        { ...files, [CLAIM]: files[CLAIM].replace('kind: attribution', 'kind: event') },
        'evidence/corroborated',
      )[0],
    ).toContain('it has 1 such line of 1');
  });

  it('does not count a reference work as a line', () => {
    const files = {
      ...three,
      'sources/w.mdx': source('w').replace('kind: news', 'kind: reference'),
      [CLAIM]: corroborated([
        ['a', 'supports', 1],
        ['w', 'supports', 1],
      ]),
    };
    expect(ofRule(files, 'evidence/corroborated')[0]).toContain('it has 1 such line of 2');
  });

  it('accepts one primary document of record', () => {
    expect(ofRule({ [CLAIM]: corroborated([['un-briefing', 'supports', 1]]) }, 'evidence/corroborated')).toEqual([]);
  });

  it('refuses a copy chain that loops, and a copy of a missing source', () => {
    const out = diagnostics({
      ...three,
      'sources/a.mdx': source('a', 'copy_of: b\n'),
      'sources/b.mdx': source('b', 'copy_of: a\n'),
      'sources/c.mdx': source('c', 'copy_of: nowhere\n'),
    });
    expect(out.filter((d) => /\(ref\/copy-of(-cycle)?\)$/.test(d))).toEqual([
      'content/sources/a.mdx:10:10  copy_of  copy_of makes a loop (a → b → a): one source must be the original  (ref/copy-of-cycle)',
      'content/sources/b.mdx:10:10  copy_of  copy_of makes a loop (b → a → b): one source must be the original  (ref/copy-of-cycle)',
      'content/sources/c.mdx:10:10  copy_of  no source has the id "nowhere" (no file content/sources/nowhere.mdx).  (ref/copy-of)',
    ]);
  });

  it('needs exactly one of entity or name in an origin', () => {
    const out = diagnostics({
      ...three,
      'sources/a.mdx': source('a', 'origins:\n  - entity: sample-group\n    name: Someone\n'),
    });
    expect(out).toContain(
      'content/sources/a.mdx:11:5  origins[0]  give exactly one of entity: <entity id> or name: <who said it>  (schema/format)',
    );
  });
});

describe('opinions are shown as somebody\u2019s', () => {
  it('prefixes the holder to the title wherever the claim is listed', () => {
    const { corpus } = loadWith({});
    const opinion = corpus!.claims.find((c) => c.id === 'group-must-be-stopped')!;
    expect(opinion.displayTitle).toBe('Example Outlet: The group must be stopped');
    expect(opinion.attributed_to).toEqual({
      name: 'Example Outlet',
      report: expect.objectContaining({ id: 'sample-report' }),
    });
    expect(corpus!.reports[0]!.claims.find((c) => c.id === 'group-must-be-stopped')!.title).toBe(
      'Example Outlet: The group must be stopped',
    );
  });
});
