/**
 * Generators for the fuzz suite (fast-check arbitraries): content files as a stranger's pull
 * request might hold them. Three sources, so that both odd inputs and nearly valid ones are tried:
 *  - bodies built from a grammar of Markdown and MDX (paragraphs, lists, quotes, tables, code,
 *    callouts, claim spans, links, emphasis, character references, raw HTML, braces), over text
 *    drawn from the real content's words and from characters that broke something before;
 *  - front matter built from the fixture's valid values, with fields replaced, dropped, added or
 *    written in YAML's other styles (quoted escapes, flow lists, anchors, tags, block scalars);
 *  - the real content (content/) and the fixture, mutated: text inserted, deleted or repeated.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

const REPO = path.resolve(import.meta.dirname, '../..');

/**
 * Characters and strings that broke a stage once, or sit at the edge of one: invisible and bidi
 * characters, controls and separators, lone surrogates, characters that normalise to spaces (ﷺ),
 * combining marks, look-alike letters, right-to-left script, astral characters and tags, and the
 * syntax of YAML, Markdown and MDX.
 */
export const INTERESTING = [
  '\u202E',
  '\u2066',
  '\u2069',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u00AD',
  '\uFEFF',
  '\u2060',
  '\u061C',
  '\u3164',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u001E',
  '\u001F',
  '\r',
  '\u2028',
  '\u0085',
  '\u000B',
  '\uD800',
  '\uDC00',
  '\uDBFF',
  '\uFDFA',
  '\uFDFB',
  '\uFE70',
  '\uFC5E',
  '\u037A',
  'ﬁ',
  'Ａ',
  '①',
  '½',
  '\u0301',
  '\u0336',
  '\u0301\u0302\u0303\u0304\u0305',
  'e\u0301',
  '\u0430',
  '\u0406',
  'ı',
  'İ',
  'ß',
  'ǅ',
  'مجموعة',
  'داعش',
  'ښ',
  'می\u200Cخواهم',
  'ישראל',
  '中文',
  '😀',
  '👨\u200D👩\u200D👧',
  '\u{E0041}',
  '\u{1D400}',
  '\uFFFD',
  '\uFFFE',
  '\uFFFF',
  '<',
  '>',
  '&',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '*',
  '_',
  '~',
  '`',
  '|',
  '#',
  '!',
  '\\',
  '"',
  "'",
  ':',
  '-',
  '%',
  '@',
  '/',
  '=',
  '^',
  '$',
  '---',
  '...',
  '\n',
  '\n\n',
  '\t',
  ' ',
  '  ',
  '&amp;',
  '&lt;',
  '&#x202E;',
  '&#xD800;',
  '&#0;',
  '&shy;',
  '&zwj;',
  '&#x200B;',
  '&#xFDFA;',
  'javascript:',
  '</script>',
  '<!--',
  '-->',
  '{{',
  '${',
  '\\u202E',
];

/** Words of the real content, for text that reads like the knowledge base's. */
function vocabulary(): string[] {
  const words = new Set<string>();
  const dir = path.join(REPO, 'content');
  for (const folder of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    for (const name of fs.readdirSync(path.join(dir, folder)).slice(0, 40)) {
      for (const w of fs.readFileSync(path.join(dir, folder, name), 'utf8').split(/\s+/))
        if (w.length > 1 && w.length < 20) words.add(w);
    }
  }
  return [...words].slice(0, 3000);
}
const WORDS = vocabulary();

const interesting = fc.constantFrom(...INTERESTING);
const word = WORDS.length
  ? fc.constantFrom(...WORDS)
  : fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 });
const unit = fc.oneof(
  { arbitrary: word.map((w) => `${w} `), weight: 6 },
  { arbitrary: interesting, weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }), weight: 1 },
);

/** Text of up to `max` pieces: words, interesting characters, any graphemes or code points. */
export const text = (max: number, min = 0) =>
  fc.array(unit, { minLength: min, maxLength: max }).map((parts) => parts.join(''));
/** Mostly plain words, sometimes anything: for fields that should usually pass. */
const plainish = (max: number) =>
  fc.oneof(
    { arbitrary: fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' ')), weight: 4 },
    { arbitrary: text(max, 1), weight: 1 },
  );

/** Claims and entities of tests/fixtures/valid, which generated files may refer to. */
const CLAIMS = ['group-present-everywhere', 'group-must-be-stopped'];
const LINKABLE = [
  '/claims/group-present-everywhere/',
  '/claims/group-must-be-stopped/',
  '/entities/sample-group/',
  '/sources/un-briefing/',
  '/reports/sample-report/',
  '/claims/',
  '/search/',
  '/methodology/',
];

/** Link targets: safe, unsafe and deceptive ones. */
const url = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      ...LINKABLE,
      'https://example.org/a',
      'https://www.un.org/en/',
      'mailto:desk@example.org',
      '#p1',
    ),
    weight: 6,
  },
  {
    arbitrary: fc.constantFrom(
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example/',
      '/\\evil.example/',
      '\\claims/no-such-claim/',
      '/claims/no-such-claim/',
      '/admin/',
      '/claims/a/b/c/',
      '/%2e%2e/admin',
      '/claims/..',
      'https://www.un.org@evil.example/',
      'https://user:pass@example.org/',
      'https://un.\u043Erg/',
      'https://xn--80ak6aa92e.com/',
      'https://example.org/\u202Eexe.pdf',
      'https://example.org/a b',
      ' /claims/ ',
      '',
      '<https://example.org>',
      'https://example.org/&#x202E;',
      'https://example.org/"onmouseover="alert(1)',
    ),
    weight: 3,
  },
  { arbitrary: text(4), weight: 1 },
);

const attrValue = (hostile: boolean) =>
  (hostile ? fc.oneof(plainish(3), text(4)) : plainish(3)).map((v) => v.replace(/"/g, '&quot;'));
/** What a clean <Claim> span holds: words, perhaps emphasised (a link inside it would be a link in a link). */
const spanText = fc
  .array(fc.oneof({ arbitrary: word, weight: 4 }, { arbitrary: word.map((w) => `*${w}*`), weight: 1 }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((w) => w.join(' '));

/** Inline content, nested at most `depth` deep; `hostile` adds everything a stranger might try; `spans`: claim spans (reports). */
function inlines(depth: number, hostile: boolean, spans: boolean): fc.Arbitrary<string> {
  const atoms: fc.WeightedArbitrary<string>[] = [
    { arbitrary: word.map((w) => `${w} `), weight: 8 },
    {
      arbitrary: fc.constantFrom(
        '&amp;',
        '&lt;3',
        'a < b',
        '\\*',
        '\\{braces\\}',
        '`code`',
        'www.example.org',
        'https://example.org/y',
        '<kbd>K</kbd>',
        'ﷺ',
        'مجموعة',
        'Kābul',
        '½',
        '😀',
      ),
      weight: 2,
    },
  ];
  if (hostile)
    atoms.push(
      { arbitrary: text(6, 1), weight: 4 },
      { arbitrary: interesting, weight: 3 },
      {
        arbitrary: fc
          .tuple(fc.boolean(), fc.integer({ min: 0, max: 0x10ffff }))
          .map(([hex, n]) => (hex ? `&#x${n.toString(16)};` : `&#${n};`)),
        weight: 1,
      },
      {
        arbitrary: fc.constantFrom(
          '&shy;',
          '&zwj;',
          '&lrm;',
          '&rlm;',
          '&nbsp;',
          '&amp;',
          '&lt;',
          '&NoBreak;',
          '&ZeroWidthSpace;',
          '&InvisibleTimes;',
          '&#xFDFA;',
        ),
        weight: 1,
      },
      { arbitrary: text(4).map((t) => `\`${t}\``), weight: 1 },
      {
        arbitrary: fc.constantFrom(
          '<https://example.org/x>',
          'www.example.org',
          'https://example.org/y',
          'desk@example.org',
          '[^1]',
          '[^note]',
          '\\*',
          '\\{',
          '\\}',
          '\\<',
          '&lt;3',
          'a < b',
          '<br/>',
          '<kbd>K</kbd>',
        ),
        weight: 1,
      },
      {
        arbitrary: fc.constantFrom(
          '{1+1}',
          '{/* c */}',
          '<script>alert(1)</script>',
          '<img src=x onerror=alert(1)>',
          '<!-- c -->',
          '<Unknown />',
          '<></>',
          '<Claim>',
          '</Claim>',
          '<a href="javascript:x">x</a>',
          '{...props}',
          'import x from "y"',
          'export const a = 1',
        ),
        weight: 1,
      },
      {
        arbitrary: fc.string({
          unit: fc.constantFrom('*', '_', '~', '[', ']', '(', ')', '`', '<', '>', '!', '|', '\\', '&', '#', ' ', 'a'),
          maxLength: 12,
        }),
        weight: 2,
      },
    );
  if (depth > 0) {
    const inner = inlines(depth - 1, hostile, spans);
    atoms.push(
      {
        arbitrary: fc
          .tuple(fc.constantFrom('*', '**', '_', '__', '~~', '~', '***'), inner)
          .map(([m, t]) => `${m}${t}${m}`),
        weight: 3,
      },
      {
        arbitrary: fc
          .tuple(
            hostile ? inner : spanText,
            hostile ? url : fc.constantFrom(...LINKABLE, 'https://example.org/a'),
            fc.option(attrValue(hostile)),
          )
          .map(([t, u, title]) => `[${t}](${u}${title ? ` "${title}"` : ''})`),
        weight: 3,
      },
      {
        arbitrary: fc
          .tuple(fc.constantFrom('abbr', 'sub', 'sup', 'kbd'), attrValue(hostile), inner)
          .map(([tag, title, t]) => (tag === 'abbr' ? `<abbr title="${title}">${t}</abbr>` : `<${tag}>${t}</${tag}>`)),
        weight: 1,
      },
      { arbitrary: inner.map((t) => `[${t}]`), weight: 1 },
    );
    if (spans || hostile)
      atoms.push({
        arbitrary: fc
          .tuple(
            fc.constantFrom(...CLAIMS, ...(hostile ? ['no-such-claim', 'Bad Id'] : [])),
            hostile ? inner : spanText,
          )
          .map(([id, t]) => `<Claim id="${id}">${t}</Claim>`),
        weight: 3,
      });
    if (hostile)
      atoms.push({
        arbitrary: fc
          .tuple(fc.constantFrom('note', 'caution', 'other'), inner)
          .map(([type, t]) => `<Callout type="${type}">${t}</Callout>`),
        weight: 1,
      });
  }
  return fc.array(fc.oneof(...atoms), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
}

/** Block content, nested at most `depth` deep. */
function blocks(depth: number, hostile: boolean, spans: boolean): fc.Arbitrary<string> {
  const line = inlines(2, hostile, spans);
  const short = inlines(1, hostile, spans);
  const kinds: fc.WeightedArbitrary<string>[] = [
    { arbitrary: line, weight: 8 },
    { arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), short).map(([n, t]) => `${'#'.repeat(n)} ${t}`), weight: 2 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('- ', '* ', '1. ', '+ '), fc.array(short, { minLength: 1, maxLength: 4 }))
        .map(([m, items]) => items.map((i) => `${m}${i}`).join('\n')),
      weight: 2,
    },
    {
      arbitrary: fc.array(short, { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `> ${i}`).join('\n')),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('', 'js', 'mdx', 'html'), hostile ? text(8) : plainish(6))
        .map(([lang, t]) => `\`\`\`${lang}\n${t}\n\`\`\``),
      weight: 1,
    },
    {
      arbitrary: fc
        .array(fc.tuple(short, short), { minLength: 1, maxLength: 3 })
        .map(
          (rows) =>
            `| a | b |\n|---|---|\n${rows.map(([x, y]) => `| ${x.replace(/\n/g, ' ')} | ${y.replace(/\n/g, ' ')} |`).join('\n')}`,
        ),
      weight: 1,
    },
    {
      arbitrary: fc.constantFrom(
        '---',
        '***',
        '[ref]: /claims/group-present-everywhere/',
        '[^1]: A note.',
        '[^note]: See [here](https://example.org).',
        ...(hostile ? ['[ref]: javascript:alert(1)', '    indented code'] : []),
      ),
      weight: 1,
    },
  ];
  if (depth > 0) {
    const inner = blocks(depth - 1, hostile, spans);
    kinds.push(
      {
        arbitrary: fc
          .tuple(fc.constantFrom('note', 'caution'), inner)
          .map(([type, b]) => `<Callout type="${type}">\n\n${b}\n\n</Callout>`),
        weight: 1,
      },
      {
        arbitrary: fc.tuple(fc.constantFrom('- ', '1. '), inner).map(([m, b]) => `${m}${b.split('\n').join('\n   ')}`),
        weight: 1,
      },
      {
        arbitrary: inner.map((b) =>
          b
            .split('\n')
            .map((l) => `> ${l}`)
            .join('\n'),
        ),
        weight: 1,
      },
    );
  }
  return fc
    .tuple(fc.array(fc.oneof(...kinds), { minLength: 1, maxLength: 4 }), fc.constantFrom('\n\n', '\n'))
    .map(([bs, sep]) => bs.join(sep));
}

/** A whole body: some blocks, separated by blank lines. */
const body = (hostile: boolean, spans: boolean) =>
  fc.array(blocks(2, hostile, spans), { minLength: 0, maxLength: 4 }).map((bs) => bs.join('\n\n'));

type Scalar = string | number | boolean | null | Scalar[] | { [k: string]: Scalar };

/** The fixture's valid front matter of each collection, as values. */
const TEMPLATES: Record<'claim' | 'entity' | 'source' | 'report', Record<string, Scalar>> = {
  claim: {
    title: 'A fuzzed claim',
    statement: 'Something happened somewhere.',
    kind: 'event',
    assessment: 'unverified',
    rationale: 'One source says so.',
    confidence: 'low',
    as_of: '2025-01',
    entities: ['sample-group'],
    places: ['sample-province'],
    tags: ['test'],
    evidence: [{ source: 'un-briefing', stance: 'supports', locator: 'para 7', credibility: 2 }],
    related: [{ claim: 'group-present-everywhere', relation: 'premise' }],
    reviewed: '2026-11-01',
  },
  entity: {
    name: 'Fuzzed Entity',
    kind: 'organisation',
    summary: 'An entity made by the fuzz suite.',
    aliases: ['FE'],
    original_names: [{ text: 'مجموعة', lang: 'ar', seen: false }],
    reviewed: '2026-11-01',
  },
  source: {
    title: 'A fuzzed source',
    publisher: 'Example Outlet',
    kind: 'news',
    published: '2021-11-18',
    url: 'https://example.org/fuzzed',
    copy: 'original',
    reliability: 'B',
    reliability_reason: 'A source made by the fuzz suite.',
  },
  report: {
    title: 'A fuzzed report',
    kind: 'opinion',
    publisher: 'Example Outlet',
    url: 'https://example.org/fuzzed-report',
    reuse: 'Written for the tests.',
    perspective: 'An outlet arguing a point.',
    summary: 'A report made by the fuzz suite.',
    provenance: [{ source: 'un-briefing', relation: 'possible-source', note: 'Maybe.' }],
    entities: ['sample-group'],
    reviewed: '2026-11-01',
  },
};
export type Collection = keyof typeof TEMPLATES;
export const FOLDER: Record<Collection, string> = {
  claim: 'claims',
  entity: 'entities',
  source: 'sources',
  report: 'reports',
};

/** A value for a field: a string in one of YAML's styles, or another type. */
const yamlValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: plainish(6).map((s) => JSON.stringify(s)), weight: 4 },
  { arbitrary: text(6).map((s) => JSON.stringify(s)), weight: 3 },
  { arbitrary: text(4).map((s) => s.replace(/\n/g, ' ')), weight: 2 },
  { arbitrary: text(4).map((s) => `'${s.replace(/'/g, "''").replace(/\n/g, ' ')}'`), weight: 1 },
  { arbitrary: text(4).map((s) => `|\n  ${s.split('\n').join('\n  ')}`), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      'null',
      '~',
      'true',
      'yes',
      '1e3',
      '0x1F',
      '.nan',
      '2025-02-30',
      '2025',
      '[]',
      '{}',
      '[a, b]',
      '&a x',
      '*a',
      '!!js/function "x"',
      '!include x',
      '<<: *a',
      '"\\uD800"',
      '"\\u202E"',
      '"\\x00"',
      '"\\r"',
      '"\\U0001F600"',
      '"a\\\nb"',
      '- x',
      '? x',
      '@x',
      '`x`',
      '%x',
    ),
    weight: 2,
  },
  { arbitrary: fc.array(plainish(2), { maxLength: 60 }).map((xs) => JSON.stringify(xs)), weight: 1 },
);

function toYaml(value: Scalar, indent = ''): string {
  if (Array.isArray(value))
    return value.length
      ? value
          .map((v) =>
            typeof v === 'object' && v !== null && !Array.isArray(v)
              ? `\n${indent}- ${toYaml(v, `${indent}  `).trimStart()}`
              : `\n${indent}- ${toYaml(v, `${indent}  `)}`,
          )
          .join('')
      : '[]';
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `\n${indent}${k}: ${toYaml(v, `${indent}  `)}`)
      .join('');
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Text fields a clean front matter may rewrite with other words (they take any text). */
const TEXT_FIELDS = new Set([
  'title',
  'statement',
  'rationale',
  'name',
  'summary',
  'reliability_reason',
  'perspective',
  'reuse',
  'publisher',
]);

/**
 * A front matter for `collection`. Clean: text fields keep their value or take other words. Hostile:
 * each field kept, replaced with a generated value in any YAML style, or dropped; sometimes one added.
 */
const frontMatter = (collection: Collection, hostile: boolean) => {
  const fields = Object.entries(TEMPLATES[collection]);
  const choice = (key: string): fc.Arbitrary<string> =>
    hostile
      ? fc.oneof(
          { arbitrary: fc.constant('keep'), weight: 12 },
          { arbitrary: fc.constant('drop'), weight: 1 },
          { arbitrary: yamlValue, weight: 2 },
        )
      : TEXT_FIELDS.has(key)
        ? fc.oneof(
            { arbitrary: fc.constant('keep'), weight: 2 },
            { arbitrary: plainish(8).map((s) => JSON.stringify(s.trim() || 'x')), weight: 1 },
          )
        : fc.constant('keep');
  return fc
    .tuple(
      fc.tuple(...fields.map(([key]) => choice(key))),
      hostile
        ? fc.oneof(
            { arbitrary: fc.constant(null), weight: 6 },
            {
              arbitrary: fc.tuple(
                fc.constantFrom('notes', 'Title', '__proto__', 'constructor', 'title', '<<', 'x y', '"\\u202Ekey"'),
                yamlValue,
              ),
              weight: 1,
            },
          )
        : fc.constant(null),
    )
    .map(([choices, extra]) => {
      const lines: string[] = [];
      fields.forEach(([key, value], i) => {
        const choice = choices[i]!;
        if (choice === 'drop') return;
        lines.push(choice === 'keep' ? `${key}: ${toYaml(value, '  ')}` : `${key}: ${choice}`);
      });
      if (extra) lines.push(`${extra[0]}: ${extra[1]}`);
      return lines.join('\n');
    });
};

/** A whole generated file for `collection`: front matter and body (claim spans only make sense in reports). */
const file = (collection: Collection, hostile: boolean) =>
  fc
    .tuple(frontMatter(collection, hostile), body(hostile, collection === 'report'))
    .map(([fm, b]) => `---\n${fm}\n---\n\n${b}\n`);

/**
 * A generated file in some collection, with its path in the content tree. Half are clean (the
 * grammar's valid constructs over real words and odd but legitimate characters), so that what is
 * accepted is checked too; half hostile.
 */
export const generatedFile = fc
  .tuple(
    fc.boolean(),
    fc.constantFrom<Collection>('report', 'report', 'entity', 'claim', 'source'),
    fc.oneof(
      { arbitrary: fc.constant('fuzzed'), weight: 20 },
      { arbitrary: fc.constantFrom('con', '.fuzzed', 'Fuzzed', 'fuzzed\u200B', 'fuzz--ed', 'a'.repeat(81)), weight: 1 },
    ),
  )
  .chain(([hostile, collection, id]) =>
    file(collection, hostile).map((text) => ({ path: `${FOLDER[collection]}/${id}.mdx`, text, hostile })),
  );

/**
 * A mutation of a text: insert, delete, repeat or replace a slice at a position chosen by the
 * generator (uniformly: fast-check's bias towards the ends would edit the opening line every time),
 * in the body or anywhere in the file.
 */
export const mutation = fc.tuple(
  fc.constantFrom('insert', 'delete', 'repeat', 'replace'),
  fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000),
  fc.integer({ min: 1, max: 40 }),
  fc.oneof(
    { arbitrary: word.map((w) => ` ${w} `), weight: 3 },
    { arbitrary: interesting, weight: 2 },
    { arbitrary: text(3, 1), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        '\n---\n',
        '\n---x\n',
        '<Claim id="group-present-everywhere">',
        '</Claim>',
        '](',
        '~',
        '*',
        '[',
        '\n\n<Callout>',
        '</Callout>\n\n',
        ': ',
        '\n  - ',
        '"',
        '**',
        '`',
      ),
      weight: 1,
    },
  ),
  fc.boolean(),
);
export type Mutation = [kind: string, where: number, length: number, insert: string, inBody: boolean];

export function mutate(source: string, [kind, where, length, insert, inBody]: Mutation): string {
  const close = source.indexOf('\n---\n', 3);
  const start = inBody && close > 0 ? close + 5 : 0;
  const at = start + Math.floor(where * (source.length - start));
  switch (kind) {
    case 'insert':
      return source.slice(0, at) + insert + source.slice(at);
    case 'delete':
      return source.slice(0, at) + source.slice(at + length);
    case 'repeat':
      return source.slice(0, at + length) + source.slice(at, at + length).repeat(3) + source.slice(at + length);
    default:
      return source.slice(0, at) + insert + source.slice(at + length);
  }
}
