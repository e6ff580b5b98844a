/**
 * Hostile and broken content: every fixture in tests/fixtures/hostile/ is one small content tree
 * (written over a copy of tests/fixtures/valid/, so its references can resolve) that a stranger's
 * pull request might contain. Each must be rejected with exactly the diagnostics listed here —
 * rule, message and path:line:col — without crashing or stalling the validator, without running
 * anything the fixture carries, and without silently dropping a file or a piece of text. Each
 * must also finish within the time budget of its class (BUDGET_MS).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARSE_BUDGET_MS } from '../lib/content/body';
import { type LoadResult, loadContent, MAX_FILE_BYTES } from '../lib/content/load';

const HOSTILE = path.resolve(import.meta.dirname, 'fixtures/hostile');
const VALID = path.resolve(import.meta.dirname, 'fixtures/valid');
/** Payloads in the fixtures would write this file or set globalThis.__pwned if anything ran them. */
const SENTINEL = '/tmp/corroborate-pwned';

/** [path:line:col, rule, exact message] of each error, in the order the validator sorts them. */
type Expected = [at: string, rule: string, message: string];

/**
 * How long loading one case may take, by class: the copy of the valid tree and the fixture,
 * validated and (where valid) linked. Measured on a busy two-core machine: a case refused by a rule
 * loads in 20–250 ms; one refused by a count before parsing (or a depth limit), in under 300 ms;
 * one that reaches the parse deadline takes the deadline and a little more. The budgets leave room
 * for a slower machine and stay far below what they guard against: before these limits, 240 KB of
 * "~a" took fifteen minutes, 128 K of "](" 83 s, 8,000 missing ids 7 s.
 */
const BUDGET_MS = {
  /** Front matter, YAML, schema, references, markup, text and files: refused (or warned about) by a rule. */
  rule: 2_000,
  /** Sizes and complexity: refused by a count before parsing, or a depth limit. */
  size: 3_000,
  /** Refused by the parse deadline, whatever made the text slow. */
  deadline: PARSE_BUDGET_MS + 3_000,
} as const;
type BudgetClass = keyof typeof BUDGET_MS;
const classOf = (name: string): BudgetClass =>
  /^deadline-/.test(name) ? 'deadline' : /^(size|complexity)-/.test(name) ? 'size' : 'rule';

const CASES: [fixture: string, errors: Expected[]][] = [
  // Front-matter delimiters, and front matter in languages that would run code
  [
    'fm-coffee',
    [
      [
        'content/entities/hostile-entity.mdx:1:4',
        'frontmatter/language',
        'front matter must be YAML opened by a line "---" alone; "---coffee" names another language, and code in front matter never runs here',
      ],
    ],
  ],
  [
    'fm-dots-close',
    [
      [
        'content/entities/hostile-entity.mdx:1:1',
        'frontmatter/unclosed',
        'the front matter is never closed: add a line "---" after the last field',
      ],
    ],
  ],
  [
    'fm-dots-then-dashes',
    [
      [
        'content/entities/hostile-entity.mdx:7:1',
        'yaml/syntax',
        'invalid YAML: a "..." or "---" line inside the front matter starts a second YAML document: close the front matter with one "---" line',
      ],
    ],
  ],
  [
    'fm-four-dashes',
    [
      [
        'content/entities/hostile-entity.mdx:1:1',
        'frontmatter/missing',
        'the file must start with YAML front matter between two "---" lines',
      ],
    ],
  ],
  [
    'fm-javascript-write-file',
    [
      [
        'content/entities/hostile-entity.mdx:1:4',
        'frontmatter/language',
        'front matter must be YAML opened by a line "---" alone; "--- javascript" names another language, and code in front matter never runs here',
      ],
    ],
  ],
  [
    'fm-js-eval',
    [
      [
        'content/entities/hostile-entity.mdx:1:4',
        'frontmatter/language',
        'front matter must be YAML opened by a line "---" alone; "---js" names another language, and code in front matter never runs here',
      ],
    ],
  ],
  [
    'fm-json',
    [
      [
        'content/entities/hostile-entity.mdx:1:4',
        'frontmatter/language',
        'front matter must be YAML opened by a line "---" alone; "---json" names another language, and code in front matter never runs here',
      ],
    ],
  ],
  [
    'fm-leading-blank-line',
    [
      [
        'content/entities/hostile-entity.mdx:1:1',
        'frontmatter/missing',
        'the file must start with YAML front matter between two "---" lines',
      ],
    ],
  ],
  [
    'fm-missing',
    [
      [
        'content/entities/hostile-entity.mdx:1:1',
        'frontmatter/missing',
        'the file must start with YAML front matter between two "---" lines',
      ],
    ],
  ],
  [
    'fm-closing-with-text',
    [
      [
        'content/entities/hostile-entity.mdx:4:4',
        'frontmatter/closing',
        'the line "---x" would end the front matter, and the rest of it and the lines after it would become text: close the front matter with a line "---" alone (a value that starts with "---" must be indented or quoted)',
      ],
    ],
  ],
  [
    'fm-unclosed',
    [
      [
        'content/entities/hostile-entity.mdx:1:1',
        'frontmatter/unclosed',
        'the front matter is never closed: add a line "---" after the last field',
      ],
    ],
  ],
  // Malformed YAML, YAML that tries to run code, pollute prototypes or explode in size
  [
    'yaml-alias-bomb',
    [
      [
        'content/entities/hostile-entity.mdx:2:1',
        'yaml/alias',
        'YAML aliases expand too far (Excessive alias count indicates a resource exhaustion attack); write the values out',
      ],
    ],
  ],
  [
    'yaml-bad-indent',
    [
      [
        'content/entities/hostile-entity.mdx:2:7',
        'yaml/syntax',
        'invalid YAML: Nested mappings are not allowed in compact mappings',
      ],
      [
        'content/entities/hostile-entity.mdx:2:7',
        'yaml/syntax',
        'invalid YAML: Implicit keys need to be on a single line',
      ],
    ],
  ],
  [
    'yaml-colon-in-value',
    [
      [
        'content/entities/hostile-entity.mdx:2:7',
        'yaml/syntax',
        'invalid YAML: Nested mappings are not allowed in compact mappings',
      ],
    ],
  ],
  [
    'yaml-constructor-prototype',
    [
      [
        'content/entities/hostile-entity.mdx:6:1',
        'schema/unknown-key',
        'unknown field "constructor". Allowed here: name, kind, summary, aliases, original_names, place_type, part_of, wikidata, reviewed.',
      ],
    ],
  ],
  [
    'yaml-deep-block-nesting',
    [
      [
        'content/entities/hostile-entity.mdx:22:33',
        'yaml/too-deep',
        'invalid YAML: the values are nested more than 16 levels deep: write flat lists and maps',
      ],
    ],
  ],
  [
    'yaml-deep-nesting',
    [
      [
        'content/entities/hostile-entity.mdx:6:26',
        'yaml/too-deep',
        'invalid YAML: the values are nested more than 16 levels deep: write flat lists and maps',
      ],
    ],
  ],
  [
    'yaml-duplicate-key',
    [
      [
        'content/entities/hostile-entity.mdx:6:1',
        'yaml/duplicate-key',
        'invalid YAML: a key appears twice: keep one (YAML would silently let the last one win)',
      ],
    ],
  ],
  [
    'yaml-duplicate-key-case',
    [
      [
        'content/entities/hostile-entity.mdx:6:1',
        'schema/unknown-key',
        'unknown field "Name". Did you mean "name"? Allowed here: name, kind, summary, aliases, original_names, place_type, part_of, wikidata, reviewed.',
      ],
    ],
  ],
  [
    'yaml-empty',
    [
      ['content/entities/hostile-entity.mdx:2:1', 'schema/required', 'required field "name" is missing'],
      ['content/entities/hostile-entity.mdx:2:1', 'schema/required', 'required field "kind" is missing'],
      ['content/entities/hostile-entity.mdx:2:1', 'schema/required', 'required field "summary" is missing'],
      ['content/entities/hostile-entity.mdx:2:1', 'schema/required', 'required field "reviewed" is missing'],
    ],
  ],
  [
    'yaml-merge-key-proto',
    [
      [
        'content/entities/hostile-entity.mdx:2:1',
        'schema/unknown-key',
        'unknown field "base". Did you mean "name"? Allowed here: name, kind, summary, aliases, original_names, place_type, part_of, wikidata, reviewed.',
      ],
      [
        'content/entities/hostile-entity.mdx:9:1',
        'schema/unknown-key',
        'unknown field "<<". Allowed here: name, kind, summary, aliases, original_names, place_type, part_of, wikidata, reviewed.',
      ],
    ],
  ],
  [
    'yaml-not-a-map-list',
    [
      [
        'content/entities/hostile-entity.mdx:2:1',
        'schema/type',
        'the front matter must be a map of "field: value" lines',
      ],
    ],
  ],
  [
    'yaml-not-a-map-scalar',
    [
      [
        'content/entities/hostile-entity.mdx:2:1',
        'schema/type',
        'the front matter must be a map of "field: value" lines',
      ],
    ],
  ],
  [
    'yaml-proto-key',
    [
      [
        'content/entities/hostile-entity.mdx:6:1',
        'schema/unknown-key',
        'unknown field "__proto__". Allowed here: name, kind, summary, aliases, original_names, place_type, part_of, wikidata, reviewed.',
      ],
    ],
  ],
  [
    'yaml-tab-indent',
    [['content/entities/hostile-entity.mdx:7:1', 'yaml/syntax', 'invalid YAML: Tabs are not allowed as indentation']],
  ],
  [
    'yaml-tag-js-function',
    [
      [
        'content/entities/hostile-entity.mdx:6:10',
        'yaml/syntax',
        'invalid YAML: Unresolved tag: tag:yaml.org,2002:js/function',
      ],
    ],
  ],
  [
    'yaml-tag-local-include',
    [['content/entities/hostile-entity.mdx:6:10', 'yaml/syntax', 'invalid YAML: Unresolved tag: !include']],
  ],
  [
    'yaml-tag-python-apply',
    [
      [
        'content/entities/hostile-entity.mdx:6:10',
        'yaml/syntax',
        'invalid YAML: Unresolved tag: tag:yaml.org,2002:python/object/apply:os.system',
      ],
    ],
  ],
  [
    'yaml-tag-verbatim',
    [
      [
        'content/entities/hostile-entity.mdx:6:10',
        'yaml/syntax',
        'invalid YAML: Unresolved tag: tag:yaml.org,2002:js/undefined',
      ],
    ],
  ],
  [
    'yaml-unclosed-flow',
    [
      [
        'content/entities/hostile-entity.mdx:6:22',
        'yaml/syntax',
        'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ],
  ],
  [
    'yaml-unclosed-quote',
    [['content/entities/hostile-entity.mdx:5:21', 'yaml/syntax', 'invalid YAML: Missing closing "quote']],
  ],
  // Wrong types and values
  [
    'date-impossible',
    [
      [
        'content/claims/hostile-claim.mdx:8:8',
        'schema/format',
        'is not a real calendar date (found the text "2025-02-30")',
      ],
    ],
  ],
  [
    'date-wrong-format',
    [
      [
        'content/entities/hostile-entity.mdx:5:11',
        'schema/format',
        'must be a date written as YYYY-MM-DD (found the text "01/11/2026")',
      ],
    ],
  ],
  [
    'empty-string',
    [['content/claims/hostile-claim.mdx:6:12', 'schema/length', 'must not be empty (found the text "  ")']],
  ],
  [
    'enum-typo',
    [
      [
        'content/claims/hostile-claim.mdx:7:13',
        'schema/enum',
        'the text "hgih" is not an allowed value. Did you mean "high"? Allowed: low, moderate, high.',
      ],
    ],
  ],
  [
    'enum-wrong-case',
    [
      [
        'content/claims/hostile-claim.mdx:4:7',
        'schema/enum',
        'the text "Opinion" is not an allowed value. Did you mean "opinion"? Allowed: factual, statistical, event, attribution, prediction, opinion, recommendation.',
      ],
    ],
  ],
  [
    'language-tag-invalid',
    [
      [
        'content/entities/hostile-entity.mdx:8:11',
        'schema/format',
        'must be a BCP 47 language tag such as ps, fa or ar (found the text "Arabic")',
      ],
    ],
  ],
  [
    'null-value',
    [['content/claims/hostile-claim.mdx:2:7', 'schema/type', 'must be a string, found null (an empty value).']],
  ],
  [
    'required-missing',
    [['content/sources/hostile-source.mdx:2:1', 'schema/required', 'required field "reliability" is missing']],
  ],
  [
    'too-many-entities',
    [
      [
        'content/claims/hostile-claim.mdx:9:11',
        'schema/length',
        'must list at most 50 items: keep the ones that matter most',
      ],
    ],
  ],
  [
    'too-long',
    [
      [
        'content/entities/hostile-entity.mdx:2:7',
        'schema/length',
        'must be at most 120 characters (found the text "Hostile Entity Hostile Entity Hostile En…")',
      ],
    ],
  ],
  [
    'type-as-of-unquoted-year',
    [
      [
        'content/claims/hostile-claim.mdx:8:8',
        'schema/type',
        'number 2025 is not valid here: write a date (YYYY-MM-DD, YYYY-MM or YYYY) or a range with "from:" and "to:" dates. Put it in quotes: as_of: "2025".',
      ],
    ],
  ],
  [
    'type-boolean-as-word',
    [['content/entities/hostile-entity.mdx:9:11', 'schema/type', 'must be a boolean, found the text "yes".']],
  ],
  [
    'type-credibility-out-of-range',
    [
      [
        'content/claims/hostile-claim.mdx:13:18',
        'schema/length',
        'Too big: expected number to be <=6 (found number 7)',
      ],
    ],
  ],
  [
    'type-credibility-word',
    [['content/claims/hostile-claim.mdx:13:18', 'schema/type', 'must be a number, found the text "one".']],
  ],
  ['type-title-list', [['content/claims/hostile-claim.mdx:2:8', 'schema/type', 'must be a string, found a list.']]],
  [
    'type-title-number',
    [['content/claims/hostile-claim.mdx:2:8', 'schema/type', 'must be a string, found number 1234. Put it in quotes.']],
  ],
  [
    'unknown-key-typo',
    [
      ['content/sources/hostile-source.mdx:2:1', 'schema/required', 'required field "publisher" is missing'],
      [
        'content/sources/hostile-source.mdx:3:1',
        'schema/unknown-key',
        'unknown field "publsher". Did you mean "publisher" or "published"? Allowed here: title, publisher, author, kind, published, dating_note, url, copy, original_url, document_symbol, reliability, reliability_reason, language, accessed, copy_of, origins.',
      ],
    ],
  ],
  // Duplicate ids and keys (also after case folding and Unicode normalisation)
  [
    'id-bidi-override',
    [
      [
        'content/entities/report\\u202Efdp.mdx:1:1',
        'file/id',
        'the file name "report\\u202Efdp.mdx" is not a valid id: ids are kebab-case ASCII (a–z, 0–9, single hyphens), at most 80 characters; rename it to report-fdp.mdx',
      ],
    ],
  ],
  [
    'id-case-folded',
    [
      [
        'content/entities/Sample-Group.mdx:1:1',
        'id/duplicate',
        'duplicate id: "Sample-Group.mdx" is the same id as content/entities/sample-group.mdx once case, accents, Unicode forms and invisible characters are set aside: keep one file',
      ],
    ],
  ],
  [
    'id-homoglyph',
    [
      [
        'content/entities/s\u0430mple-group.mdx:1:1',
        'file/id',
        'the file name "s\u0430mple-group.mdx" is not a valid id: ids are kebab-case ASCII (a–z, 0–9, single hyphens), at most 80 characters; rename it to s-mple-group.mdx',
      ],
    ],
  ],
  [
    'id-nfkc-fullwidth',
    [
      [
        'content/entities/\uFF53ample-group.mdx:1:1',
        'id/duplicate',
        'duplicate id: "\uFF53ample-group.mdx" is the same id as content/entities/sample-group.mdx once case, accents, Unicode forms and invisible characters are set aside: keep one file',
      ],
    ],
  ],
  [
    'id-nfkc-ligature',
    [
      [
        'content/entities/sample-\uFB01le.mdx:1:1',
        'id/duplicate',
        'duplicate id: "sample-\uFB01le.mdx" is the same id as content/entities/sample-file.mdx once case, accents, Unicode forms and invisible characters are set aside: keep one file',
      ],
    ],
  ],
  [
    'id-zero-width',
    [
      [
        'content/entities/sample-group\\u200B.mdx:1:1',
        'id/duplicate',
        'duplicate id: "sample-group\\u200B.mdx" is the same id as content/entities/sample-group.mdx once case, accents, Unicode forms and invisible characters are set aside: keep one file',
      ],
    ],
  ],
  [
    'ref-listed-twice',
    [
      [
        'content/claims/hostile-claim.mdx:9:26',
        'ref/duplicate',
        '"sample-group" is listed twice in entities: keep one',
      ],
    ],
  ],
  [
    'ref-related-twice',
    [
      [
        'content/claims/hostile-claim.mdx:12:5',
        'ref/duplicate',
        '"group-present-everywhere" is listed twice in related: keep one',
      ],
    ],
  ],
  // Dangling references of every kind
  [
    'ref-body-link-too-deep',
    [
      [
        'content/entities/hostile-entity.mdx:8:5',
        'ref/link',
        'link "/claims/group-must-be-stopped/extra/" has too many path segments',
      ],
    ],
  ],
  [
    'ref-body-link-unknown-section',
    [['content/entities/hostile-entity.mdx:8:5', 'ref/link', 'link "/admin/" points to no page of this site.']],
  ],
  [
    'ref-body-links',
    [
      [
        'content/entities/hostile-entity.mdx:8:5',
        'ref/link',
        'link "/claims/no-such-claim/" points to a missing page: no claim has the id "no-such-claim" (no file content/claims/no-such-claim.mdx).',
      ],
      [
        'content/entities/hostile-entity.mdx:8:40',
        'ref/link',
        'link "/sources/no-such-source/" points to a missing page: no source has the id "no-such-source" (no file content/sources/no-such-source.mdx).',
      ],
      [
        'content/entities/hostile-entity.mdx:8:78',
        'ref/link',
        'link "/entities/no-such-entity/" points to a missing page: no entity has the id "no-such-entity" (no file content/entities/no-such-entity.mdx).',
      ],
      [
        'content/entities/hostile-entity.mdx:8:121',
        'ref/link',
        'link "/reports/no-such-report/" points to a missing page: no report has the id "no-such-report" (no file content/reports/no-such-report.mdx).',
      ],
    ],
  ],
  [
    'ref-claim-entity',
    [
      [
        'content/claims/hostile-claim.mdx:9:12',
        'ref/entity',
        'no entity has the id "sample-gruop" (no file content/entities/sample-gruop.mdx). Did you mean "sample-group"?',
      ],
    ],
  ],
  [
    'ref-claim-place',
    [
      [
        'content/claims/hostile-claim.mdx:9:10',
        'ref/place',
        'no place has the id "sample-provence" (no file content/entities/sample-provence.mdx). Did you mean "sample-province"?',
      ],
    ],
  ],
  [
    'ref-claim-span-bad-id',
    [
      [
        'content/reports/hostile-report.mdx:11:22',
        'mdx/attribute',
        'attribute id="Group Must Be Stopped" on <Claim> is not a valid id: use the kebab-case file name of the claim',
      ],
    ],
  ],
  [
    'ref-evidence-source',
    [
      [
        'content/claims/hostile-claim.mdx:10:13',
        'ref/source',
        'no source has the id "un-breifing" (no file content/sources/un-breifing.mdx). Did you mean "un-briefing"?',
      ],
    ],
  ],
  [
    'ref-part-of-cycle',
    [
      [
        'content/entities/sample-country.mdx:5:10',
        'ref/part-of-cycle',
        'part_of makes a loop (sample-country → sample-province → sample-country)',
      ],
      [
        'content/entities/sample-province.mdx:5:10',
        'ref/part-of-cycle',
        'part_of makes a loop (sample-province → sample-country → sample-province)',
      ],
    ],
  ],
  [
    'ref-part-of-missing',
    [
      [
        'content/entities/hostile-entity.mdx:7:10',
        'ref/part-of',
        'no entity has the id "sample-provnce" (no file content/entities/sample-provnce.mdx). Did you mean "sample-province"?',
      ],
    ],
  ],
  [
    'ref-part-of-not-a-place',
    [['content/entities/hostile-entity.mdx:7:10', 'ref/part-of', '"sample-group" is an organisation, not a place']],
  ],
  [
    'ref-place-not-a-place',
    [
      [
        'content/claims/hostile-claim.mdx:9:10',
        'ref/entity-kind',
        '"sample-group" is an organisation, not a place: list it under entities',
      ],
    ],
  ],
  [
    'ref-related-claim',
    [
      [
        'content/claims/hostile-claim.mdx:10:12',
        'ref/claim',
        'no claim has the id "group-must-be-stoped" (no file content/claims/group-must-be-stoped.mdx). Did you mean "group-must-be-stopped"?',
      ],
    ],
  ],
  [
    'ref-related-self',
    [['content/claims/hostile-claim.mdx:10:12', 'ref/claim-self', 'a claim cannot be related to itself']],
  ],
  [
    'ref-report-claim-span',
    [
      [
        'content/reports/hostile-report.mdx:11:15',
        'ref/claim',
        '<Claim id="group-must-be-stoped">: no claim has the id "group-must-be-stoped" (no file content/claims/group-must-be-stoped.mdx). Did you mean "group-must-be-stopped"?',
      ],
    ],
  ],
  [
    'ref-report-entity',
    [
      [
        'content/reports/hostile-report.mdx:7:12',
        'ref/entity',
        'no entity has the id "sample-grou" (no file content/entities/sample-grou.mdx). Did you mean "sample-group"?',
      ],
    ],
  ],
  [
    'ref-report-provenance',
    [
      [
        'content/reports/hostile-report.mdx:8:13',
        'ref/source',
        'no source has the id "news-reports" (no file content/sources/news-reports.mdx). Did you mean "news-report"?',
      ],
    ],
  ],
  // MDX that carries code or active HTML; prose braces are errors, never silently dropped
  [
    'html-anchor-javascript',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/component',
        '<a> is not an allowed component. Allowed: <Claim>, <Callout>, and plain Markdown.',
      ],
    ],
  ],
  [
    'html-attribute-expression',
    [
      [
        'content/entities/hostile-entity.mdx:8:10',
        'mdx/attribute',
        'attribute "type" on <Callout> must be a quoted string, not an expression',
      ],
    ],
  ],
  [
    'html-base',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/component',
        '<base> is not an allowed component. <base> can run code or load content and is never allowed. Allowed: <Claim>, <Callout>, and plain Markdown.',
      ],
    ],
  ],
  [
    'html-comment',
    [
      [
        'content/entities/hostile-entity.mdx:8:7',
        'mdx/syntax',
        'the MDX could not be parsed: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_`. A literal "<" must be written as "&lt;" (MDX reads "<" as the start of a component).',
      ],
    ],
  ],
  [
    'html-custom-element',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/component',
        '<x-widget> is not an allowed component. Allowed: <Claim>, <Callout>, and plain Markdown.',
      ],
    ],
  ],
  [
    'html-dangerously-set-inner-html',
    [
      [
        'content/entities/hostile-entity.mdx:8:10',
        'mdx/attribute',
        '<Callout> has no attribute "dangerouslySetInnerHTML". Allowed: type.',
      ],
    ],
  ],
  [
    'html-event-handler-component',
    [
      [
        'content/entities/hostile-entity.mdx:8:10',
        'mdx/event-handler',
        'event-handler attribute "onClick" is not allowed: content never runs code',
      ],
    ],
  ],
  [
    'html-event-handler-expression',
    [
      [
        'content/entities/hostile-entity.mdx:8:10',
        'mdx/event-handler',
        'event-handler attribute "onClick" is not allowed: content never runs code',
      ],
    ],
  ],
  [
    'html-event-handler-safe-tag',
    [
      [
        'content/entities/hostile-entity.mdx:8:11',
        'mdx/event-handler',
        'event-handler attribute "onmouseover" is not allowed: content never runs code',
      ],
    ],
  ],
  [
    'html-form',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/component',
        '<form> is not an allowed component. <form> can run code or load content and is never allowed. Allowed: <Claim>, <Callout>, and plain Markdown.',
      ],
    ],
  ],
  [
    'html-fragment',
    [['content/entities/hostile-entity.mdx:8:1', 'mdx/component', 'JSX fragments ("<>…</>") are not allowed']],
  ],
  [
    'html-iframe',
    [
      [
        'content/entities/hostile-entity.mdx:8:6',
        'mdx/component',
        '<iframe> is not an allowed component. <iframe> can run code or load content and is never allowed. Allowed: <Claim>, <Callout>, and plain Markdown.',
      ],
    ],
  ],
  [
    'html-img-onerror',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/component',
        '<img> is not an allowed component. Allowed: <Claim>, <Callout>, and plain Markdown.',
      ],
    ],
  ],
  [
    'html-img-onerror-unquoted',
    [
      [
        'content/entities/hostile-entity.mdx:8:10',
        'mdx/syntax',
        'the MDX could not be parsed: Unexpected character `x` (U+0078) before attribute value, expected a character that can start an attribute value, such as `"`, `\'`, or `{`. A literal "<" must be written as "&lt;" (MDX reads "<" as the start of a component).',
      ],
    ],
  ],
  [
    'html-member-component',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/component',
        '<Callout.Evil> is not an allowed component. Allowed: <Claim>, <Callout>, and plain Markdown. Did you mean "Callout"?',
      ],
    ],
  ],
  [
    'html-meta-refresh',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/component',
        '<meta> is not an allowed component. <meta> can run code or load content and is never allowed. Allowed: <Claim>, <Callout>, and plain Markdown.',
      ],
    ],
  ],
  [
    'html-namespaced',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/component',
        '<svg:script> is not an allowed component. Allowed: <Claim>, <Callout>, and plain Markdown.',
      ],
    ],
  ],
  [
    'html-object',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/component',
        '<object> is not an allowed component. <object> can run code or load content and is never allowed. Allowed: <Claim>, <Callout>, and plain Markdown.',
      ],
    ],
  ],
  [
    'html-script',
    [
      [
        'content/entities/hostile-entity.mdx:10:1',
        'mdx/component',
        '<script> is not an allowed component. <script> can run code or load content and is never allowed. Allowed: <Claim>, <Callout>, and plain Markdown.',
      ],
    ],
  ],
  [
    'html-script-in-callout',
    [
      [
        'content/entities/hostile-entity.mdx:9:3',
        'mdx/component',
        '<script> is not an allowed component. <script> can run code or load content and is never allowed. Allowed: <Claim>, <Callout>, and plain Markdown.',
      ],
    ],
  ],
  [
    'html-spread',
    [
      [
        'content/entities/hostile-entity.mdx:8:10',
        'mdx/attribute',
        'spread attributes ("{...}") are not allowed on <Callout>',
      ],
    ],
  ],
  [
    'html-style',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/component',
        '<style> is not an allowed component. <style> can run code or load content and is never allowed. Allowed: <Claim>, <Callout>, and plain Markdown.',
      ],
    ],
  ],
  [
    'html-svg',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/component',
        '<svg> is not an allowed component. <svg> can run code or load content and is never allowed. Allowed: <Claim>, <Callout>, and plain Markdown.',
      ],
    ],
  ],
  [
    'mdx-export',
    [
      [
        'content/entities/hostile-entity.mdx:10:1',
        'mdx/esm',
        'import and export statements are not allowed in content: delete the line (components are provided, never imported)',
      ],
    ],
  ],
  [
    'mdx-export-default',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/esm',
        'import and export statements are not allowed in content: delete the line (components are provided, never imported)',
      ],
    ],
  ],
  [
    'mdx-expression-comment',
    [
      [
        'content/entities/hostile-entity.mdx:8:14',
        'mdx/expression',
        '"{/* a hidden note that would va}" is a JavaScript expression, which content may not contain; to show braces as text write "\\{" and "\\}"',
      ],
    ],
  ],
  [
    'mdx-expression-flow',
    [
      [
        'content/entities/hostile-entity.mdx:10:1',
        'mdx/expression',
        '"{require(\'fs\').writeFileSync(\'/}" is a JavaScript expression, which content may not contain; to show braces as text write "\\{" and "\\}"',
      ],
    ],
  ],
  [
    'mdx-expression-inline',
    [
      [
        'content/entities/hostile-entity.mdx:8:15',
        'mdx/expression',
        '"{globalThis.__pwned = true}" is a JavaScript expression, which content may not contain; to show braces as text write "\\{" and "\\}"',
      ],
    ],
  ],
  [
    'mdx-import',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/esm',
        'import and export statements are not allowed in content: delete the line (components are provided, never imported)',
      ],
    ],
  ],
  [
    'mdx-prose-braces',
    [
      [
        'content/entities/hostile-entity.mdx:8:33',
        'mdx/syntax',
        'the MDX could not be parsed: Could not parse expression with acorn. Write literal braces as "\\{" and "\\}".',
      ],
    ],
  ],
  [
    'mdx-prose-braces-parsable',
    [
      [
        'content/entities/hostile-entity.mdx:8:25',
        'mdx/expression',
        '"{2019, 2021}" is a JavaScript expression, which content may not contain; to show braces as text write "\\{" and "\\}"',
      ],
    ],
  ],
  // Links and components that would nest one link inside another, or a box inside a paragraph (invalid HTML: the page would not hydrate)
  [
    'mdx-claim-in-link',
    [
      [
        'content/reports/hostile-report.mdx:11:16',
        'mdx/nested-link',
        'a <Claim> span becomes a link to its claim, so it can neither contain a link nor sit inside one (a link inside a link is invalid HTML and breaks the page in the browser): move the link out of the span',
      ],
    ],
  ],
  [
    'mdx-link-in-claim',
    [
      [
        'content/reports/hostile-report.mdx:11:67',
        'mdx/nested-link',
        'a <Claim> span becomes a link to its claim, so it can neither contain a link nor sit inside one (a link inside a link is invalid HTML and breaks the page in the browser): move the link out of the span',
      ],
    ],
  ],
  [
    'mdx-callout-inline',
    [
      [
        'content/entities/hostile-entity.mdx:8:17',
        'mdx/callout-inline',
        '<Callout> is a box of its own: put it on its own lines, with a blank line before and after',
      ],
    ],
  ],
  // Unsafe URL schemes, in links and in front matter
  [
    'fm-url-credentials',
    [
      [
        'content/sources/hostile-source.mdx:6:6',
        'schema/format',
        'must not have a user name or password before "@": the browser would go to the host after the "@", not the one it seems to name. Write the address without it (found the text "https://www.un.org@evil.example/briefing")',
      ],
    ],
  ],
  [
    'fm-url-data',
    [
      [
        'content/sources/hostile-source.mdx:10:15',
        'schema/format',
        'must be an absolute http:// or https:// URL (found the text "data:text/html,<script>alert(1)</script>")',
      ],
    ],
  ],
  [
    'fm-url-javascript',
    [
      [
        'content/sources/hostile-source.mdx:6:6',
        'schema/format',
        'must be an absolute http:// or https:// URL (found the text "javascript:alert(1)//https://example.org…")',
      ],
    ],
  ],
  [
    'fm-url-protocol-relative',
    [
      [
        'content/reports/hostile-report.mdx:7:6',
        'schema/format',
        'must be an absolute http:// or https:// URL (found the text "//evil.example/report")',
      ],
    ],
  ],
  [
    'url-backslash',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/url',
        'link URL "/\\evil.example/" is not allowed: use https://…, mailto:… or a site path starting with "/"',
      ],
    ],
  ],
  [
    'url-backslash-internal',
    [
      [
        'content/entities/hostile-entity.mdx:8:5',
        'mdx/url',
        'link URL "\\claims/no-such-claim/" contains a backslash, which browsers read as "/": write "/" instead',
      ],
    ],
  ],
  [
    'url-credentials-body',
    [
      [
        'content/entities/hostile-entity.mdx:8:5',
        'mdx/url-credentials',
        'link URL "https://www.un.org@evil.example/report" has "www.un.org@" before its host: the browser goes to the host after the "@", not the one the text seems to name. Write the address without it',
      ],
    ],
  ],
  [
    'url-data',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/url',
        'link URL "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" is not allowed: use https://…, mailto:… or a site path starting with "/"',
      ],
    ],
  ],
  [
    'url-file',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/url',
        'link URL "file:///etc/passwd" is not allowed: use https://…, mailto:… or a site path starting with "/"',
      ],
    ],
  ],
  [
    'url-image',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/image',
        'images are not supported in content: link to the image instead',
      ],
    ],
  ],
  [
    'url-javascript',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/url',
        'link URL "javascript:alert(1)" is not allowed: use https://…, mailto:… or a site path starting with "/"',
      ],
    ],
  ],
  [
    'url-javascript-disguised',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/url',
        'link URL "JaVaScRiPt:alert(1)" is not allowed: use https://…, mailto:… or a site path starting with "/"',
      ],
    ],
  ],
  [
    'url-protocol-relative',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/url',
        'link URL "//evil.example/claims/" is not allowed: use https://…, mailto:… or a site path starting with "/"',
      ],
    ],
  ],
  [
    'url-reference-definition',
    [
      [
        'content/entities/hostile-entity.mdx:10:1',
        'mdx/url',
        'link URL "javascript:alert(1)" is not allowed: use https://…, mailto:… or a site path starting with "/"',
      ],
    ],
  ],
  [
    'url-tab',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/url',
        'link URL "/\t/evil.example/" is not allowed: use https://…, mailto:… or a site path starting with "/"',
      ],
    ],
  ],
  [
    'url-vbscript',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/url',
        'link URL "vbscript:msgbox" is not allowed: use https://…, mailto:… or a site path starting with "/"',
      ],
    ],
  ],
  // Sizes that would stall or crash the parser
  [
    'size-deep-blockquote',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/too-deep',
        'the text is nested too deeply (more than 40 levels of quotes, lists or elements): flatten it',
      ],
    ],
  ],
  [
    'size-deep-elements',
    [
      [
        'content/entities/hostile-entity.mdx:8:196',
        'mdx/too-deep',
        'the text is nested too deeply (more than 40 levels of quotes, lists or elements): flatten it',
      ],
    ],
  ],
  [
    'size-deep-list',
    [
      [
        'content/entities/hostile-entity.mdx:88:1',
        'mdx/too-deep',
        'the text is nested too deeply (more than 40 levels of quotes, lists or elements): flatten it',
      ],
    ],
  ],
  [
    'size-emphasis-bomb',
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/too-complex',
        'the text has 6000 "*", "_" and "~" (emphasis and strikethrough marks); the limit is 2500 per file, because Markdown matches them against each other and slows down sharply beyond it: use fewer, or write them as "\\*", "\\_" and "\\~"',
      ],
    ],
  ],
  // Invisible, bidirectional-control and control characters
  [
    'text-bidi-body',
    [
      [
        'content/entities/hostile-entity.mdx:8:15',
        'text/bidi-control',
        'invisible bidirectional control character U+2067 can make text display differently from what it says: remove it',
      ],
    ],
  ],
  [
    'text-bidi-reference',
    [
      [
        'content/entities/hostile-entity.mdx:8:20',
        'text/bidi-control',
        'the text contains a bidirectional control character (U+202E) written as the character reference "&#x202E;", which makes the text display differently from what it says: remove it',
      ],
    ],
  ],
  [
    'text-bidi-reference-attribute',
    [
      [
        'content/entities/hostile-entity.mdx:8:18',
        'text/bidi-control',
        'attribute title contains a bidirectional control character (U+2067) written as the character reference "&#x2067;", which makes the text display differently from what it says: remove it',
      ],
    ],
  ],
  [
    'text-bidi-title',
    [
      [
        'content/claims/hostile-claim.mdx:2:8',
        'text/invisible',
        'contains a bidirectional control character (U+202E) at position 8, which makes text look different from what it is: remove it',
      ],
    ],
  ],
  [
    'text-control-body',
    [
      [
        'content/entities/hostile-entity.mdx:8:17',
        'text/control',
        'control character U+0007 is invisible and would be changed or dropped: remove it',
      ],
    ],
  ],
  [
    'text-control-front-matter',
    [
      [
        'content/entities/hostile-entity.mdx:4:10',
        'text/invisible',
        'contains a control character (U+0000) at position 10, which makes text look different from what it is: remove it',
      ],
    ],
  ],
  [
    'text-invisible-reference-link',
    [
      [
        'content/entities/hostile-entity.mdx:8:12',
        'text/invisible',
        'the text contains an invisible character (U+00AD) written as the character reference "&shy;", which makes the text display differently from what it says: remove it',
      ],
      [
        'content/entities/hostile-entity.mdx:8:61',
        'text/invisible',
        'the link title contains an invisible character (U+2060) written as the character reference "&#x2060;", which makes the text display differently from what it says: remove it',
      ],
    ],
  ],
  [
    'text-soft-hyphen-alias',
    [
      [
        'content/entities/hostile-entity.mdx:6:11',
        'text/invisible',
        'contains an invisible character (U+00AD) at position 4, which makes text look different from what it is: remove it',
      ],
    ],
  ],
  [
    'text-zero-width-reference',
    [
      [
        'content/claims/hostile-claim.mdx:9:12',
        'schema/format',
        'must be a kebab-case id: lower-case ASCII letters, digits and single hyphens (found the text "sample\u200Dgroup")',
      ],
      [
        'content/claims/hostile-claim.mdx:9:12',
        'text/invisible',
        'contains an invisible character (U+200D) at position 7, which makes text look different from what it is: remove it',
      ],
    ],
  ],
  [
    'text-surrogate-front-matter',
    [
      [
        'content/entities/hostile-entity.mdx:2:7',
        'text/surrogate',
        'contains half of a character (a lone surrogate, U+D800) at position 9: it cannot be written as UTF-8, so readers would see "\uFFFD" and the page would fail in the browser. Write the whole character (both halves of the pair, or the character itself), or remove it',
      ],
    ],
  ],
  [
    'text-zero-width-body',
    [
      [
        'content/entities/hostile-entity.mdx:8:27',
        'text/invisible',
        'invisible character U+200B hides in the text and makes it look different from what it is: remove it',
      ],
    ],
  ],
  [
    'text-zero-width-title',
    [
      [
        'content/claims/hostile-claim.mdx:2:8',
        'text/invisible',
        'contains an invisible character (U+200B) at position 7, which makes text look different from what it is: remove it',
      ],
    ],
  ],
  // Files and folders
  [
    'file-nested-folder',
    [
      [
        'content/claims/nested:1:1',
        'file/unexpected',
        'folders are not allowed inside content/claims/: move the files up one level',
      ],
    ],
  ],
  [
    'file-not-utf8',
    [
      [
        'content/entities/hostile-entity.mdx:1:1',
        'file/encoding',
        'the file is not valid UTF-8 text: save it as UTF-8',
      ],
    ],
  ],
  [
    'file-unexpected-folder',
    [
      [
        'content/scripts:1:1',
        'file/unexpected',
        'unexpected "scripts" in content/: it holds only the folders claims, sources, entities, reports.',
      ],
    ],
  ],
  [
    'file-wrong-extension',
    [
      [
        'content/claims/evil.js:1:1',
        'file/extension',
        'only .mdx files belong in content/claims/ (rename it to evil.mdx or move it out)',
      ],
    ],
  ],
];

/**
 * Valid but suspicious: accepted, with exactly these warnings. Names that look like another
 * entity's, text garbled with combining marks, hosts that mix scripts, hidden files.
 */
const WARNING_CASES: [fixture: string, warnings: Expected[]][] = [
  [
    'warn-entity-look-alike',
    [
      [
        'content/entities/hostile-entity.mdx:2:7',
        'entity/look-alike',
        '"\u0405ample Group" looks like "Sample Group", the name of content/entities/sample-group.mdx, but is spelt with other characters ("\u0405" U+0405, from another script): if they are the same entity, keep one; if not, make the names tell them apart',
      ],
      [
        'content/entities/hostile-entity.mdx:2:7',
        'text/mixed-script',
        'the word "\u0405ample" mixes letters of different scripts (Cyrillic and Latin) that look alike: write it in one script',
      ],
    ],
  ],
  [
    'warn-file-hidden',
    [
      [
        'content/claims/.draft.mdx:1:1',
        'file/hidden',
        '".draft.mdx" is skipped: names beginning with "." are never read. If it is content, rename it without the dot; otherwise delete it',
      ],
    ],
  ],
  [
    'warn-stacked-marks',
    [
      [
        'content/entities/hostile-entity.mdx:2:7',
        'text/stacked-marks',
        'has 4 combining marks stacked on one letter at position 9: text like this is garbled, or spills over the lines around it. Write each letter once with its accents',
      ],
    ],
  ],
  [
    'warn-url-mixed-script',
    [
      [
        'content/sources/hostile-source.mdx:6:6',
        'url/mixed-script',
        'the host "un.\u043Erg" mixes letters of different scripts (Latin and Cyrillic), so it can pass for another address: check that it is the publisher\'s real address and write it as the publisher does',
      ],
      [
        'content/sources/hostile-source.mdx:12:19',
        'url/mixed-script',
        'the host "www.un.\u043Erg" mixes letters of different scripts (Latin and Cyrillic), so it can pass for another address: check that it is the publisher\'s real address and write it as the publisher does',
      ],
    ],
  ],
];

/** Writes content/entities/hostile-entity.mdx with a valid front matter and `body` from line 8. */
const entityWith = (dir: string, body: string) =>
  fs.writeFileSync(
    path.join(dir, 'entities/hostile-entity.mdx'),
    `---\nname: Hostile Entity\nkind: organisation\nsummary: An entity used in hostile-content tests.\nreviewed: 2026-11-01\n---\n\n${body}\n`,
  );

/**
 * Made at test time: files of 100 KB and more do not belong in the repository, a committed
 * symbolic link to /etc/passwd would be followed by the site build's own file scanning (Tailwind),
 * and a file named after a Windows device (con.mdx) would stop the repository checking out there.
 */
const GENERATED: [name: string, write: (dir: string) => void, errors: Expected[]][] = [
  // Text that makes Markdown parsers slow down sharply: refused by a count before parsing.
  [
    'complexity-strikethrough: 240 KB of "~a" (generated)',
    (dir) => entityWith(dir, '~a'.repeat(120_000)),
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/too-complex',
        'the text has 120000 "*", "_" and "~" (emphasis and strikethrough marks); the limit is 2500 per file, because Markdown matches them against each other and slows down sharply beyond it: use fewer, or write them as "\\*", "\\_" and "\\~"',
      ],
    ],
  ],
  [
    'complexity-link-brackets: "](" 64,000 times (generated)',
    (dir) => entityWith(dir, ']('.repeat(64_000)),
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/too-complex',
        'the text has 64000 "[" and "]" (link brackets); the limit is 3000 per file, because Markdown matches them against each other and slows down sharply beyond it: split the file, or write literal brackets as "\\[" and "\\]"',
      ],
    ],
  ],
  [
    'complexity-emphasis-run: 20,000 "*", a word, 20,000 "*" (generated)',
    (dir) => entityWith(dir, `${'*'.repeat(20_000)}a${'*'.repeat(20_000)}`),
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/too-complex',
        'the text has 40000 "*", "_" and "~" (emphasis and strikethrough marks); the limit is 2500 per file, because Markdown matches them against each other and slows down sharply beyond it: use fewer, or write them as "\\*", "\\_" and "\\~"',
      ],
    ],
  ],
  // Slow for a reason no count names (24 s here without the deadline): interrupted by the parse deadline.
  [
    'deadline-table-pipes: 248 KB of "a|b" lines (generated)',
    (dir) => entityWith(dir, 'a|b\n'.repeat(62_000)),
    [
      [
        'content/entities/hostile-entity.mdx:8:1',
        'mdx/too-slow',
        `the text took longer than ${PARSE_BUDGET_MS / 1000} s to parse, the limit per file: some arrangement of Markdown in it (many unclosed marks or brackets, table pipes, thousands of list items or lines) is very slow to read. Split the file, or simplify the part that repeats`,
      ],
    ],
  ],
  [
    'file-reserved-ids: con.mdx, lpt1.mdx and page.mdx (generated)',
    (dir) => {
      for (const id of ['con', 'lpt1', 'page'])
        fs.writeFileSync(
          path.join(dir, `entities/${id}.mdx`),
          '---\nname: Device\nkind: organisation\nsummary: A device name.\nreviewed: 2026-11-01\n---\n\nNotes.\n',
        );
    },
    [
      [
        'content/entities/con.mdx:1:1',
        'file/id-reserved',
        '"con" is a device name that Windows reserves (con, prn, aux, nul, com1–com9, lpt1–lpt9): no file can have it there, so the repository would not check out. Rename the file to an id that says what it is',
      ],
      [
        'content/entities/lpt1.mdx:1:1',
        'file/id-reserved',
        '"lpt1" is a device name that Windows reserves (con, prn, aux, nul, com1–com9, lpt1–lpt9): no file can have it there, so the repository would not check out. Rename the file to an id that says what it is',
      ],
      [
        'content/entities/page.mdx:1:1',
        'file/id-reserved',
        '"page" is the address of the entities index\'s later pages (/entities/page/2/), so a document with this id would have no page of its own. Rename the file to an id that says what it is',
      ],
    ],
  ],
  [
    'file-symlinked-folder: content/entities links to a folder elsewhere (generated)',
    (dir) => {
      // A tree of one collection, so that nothing else refers to what the link hides.
      for (const folder of ['claims', 'reports', 'sources', 'entities'])
        fs.rmSync(path.join(dir, folder), { recursive: true });
      const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-elsewhere-'));
      fs.cpSync(path.join(VALID, 'entities'), elsewhere, { recursive: true });
      fs.symlinkSync(elsewhere, path.join(dir, 'entities'));
    },
    [
      [
        'content/entities:1:1',
        'file/symlink',
        'content/entities is a symbolic link: a collection folder must be a real folder, committed with its files',
      ],
    ],
  ],
  [
    'file-symlink (generated)',
    (dir) => fs.symlinkSync('/etc/passwd', path.join(dir, 'entities/passwd.mdx')),
    [
      [
        'content/entities/passwd.mdx:1:1',
        'file/symlink',
        'symbolic links are not allowed in content: commit the file itself',
      ],
    ],
  ],
  [
    'file-oversize (generated)',
    (dir) => {
      const body = 'A sentence that repeats until the file is too large. '.repeat(
        Math.ceil((MAX_FILE_BYTES + 40 * 1024) / 54),
      );
      fs.writeFileSync(
        path.join(dir, 'entities/hostile-oversize.mdx'),
        `---\nname: Oversize\nkind: organisation\nsummary: Too large.\nreviewed: 2026-11-01\n---\n\n${body}\n`,
      );
    },
    [
      [
        'content/entities/hostile-oversize.mdx:1:1',
        'file/too-large',
        'the file is 291 KB; the limit is 256 KB: split it',
      ],
    ],
  ],
];

/** Loads the valid fixture with `prepare` applied over it, as the content/ folder of a pull request. */
function loadTree(prepare: (dir: string) => void): { result: LoadResult; ms: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-hostile-'));
  try {
    fs.cpSync(VALID, dir, { recursive: true });
    prepare(dir);
    const started = performance.now();
    const result = loadContent(dir, { today: '2026-11-25' });
    return { result, ms: performance.now() - started };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const loadFixture = (name: string) =>
  loadTree((dir) => fs.cpSync(path.join(HOSTILE, name), dir, { recursive: true, verbatimSymlinks: true }));

const errorsOf = (result: LoadResult): Expected[] =>
  result.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => [`${d.file}:${d.line}:${d.col}`, d.rule, d.message]);

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
let keysBefore: string[];
beforeAll(() => {
  fs.rmSync(SENTINEL, { force: true });
  keysBefore = prototypeKeys();
});

describe('the hostile fixture corpus', () => {
  // "_valid-but-hostile" is a whole valid tree of hostile strings, built by tests/build-atomic.test.ts.
  const dirs = fs
    .readdirSync(HOSTILE, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
    .map((e) => e.name)
    .sort();

  it('has at least 60 fixtures, each in a table exactly once', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(60);
    expect(dirs.flatMap((d) => filesUnder(path.join(HOSTILE, d))).length).toBeGreaterThanOrEqual(60);
    expect([...CASES, ...WARNING_CASES].map(([name]) => name).sort()).toEqual(dirs);
  });
});

describe('each hostile fixture is rejected with the exact rule, message and path:line:col', () => {
  it.each(CASES)('%s', (name, expected) => {
    const { result, ms } = loadFixture(name);
    expect(errorsOf(result)).toEqual(expected);
    // Rejected as a whole: nothing is built from a corpus with an error, so nothing is silently dropped.
    expect(result.corpus).toBeNull();
    expect(ms, `budget for class "${classOf(name)}"`).toBeLessThan(BUDGET_MS[classOf(name)]);
  });

  it.each(GENERATED)(
    '%s',
    (name, write, expected) => {
      const { result, ms } = loadTree(write);
      expect(errorsOf(result)).toEqual(expected);
      expect(result.corpus).toBeNull();
      expect(ms, `budget for class "${classOf(name)}"`).toBeLessThan(BUDGET_MS[classOf(name)]);
    },
    BUDGET_MS.deadline + 20_000,
  );
});

describe('each suspicious but valid fixture is accepted with the exact warnings', () => {
  it.each(WARNING_CASES)('%s', (name, expected) => {
    const { result, ms } = loadFixture(name);
    expect(errorsOf(result)).toEqual([]);
    expect(
      result.diagnostics
        .filter((d) => d.severity === 'warning')
        .map((d): Expected => [`${d.file}:${d.line}:${d.col}`, d.rule, d.message]),
    ).toEqual(expected);
    expect(result.corpus).not.toBeNull();
    expect(ms, `budget for class "${classOf(name)}"`).toBeLessThan(BUDGET_MS[classOf(name)]);
  });
});

describe('content never runs and text is never lost', () => {
  it('keeps escaped braces and angle brackets as text', () => {
    const { result } = loadTree((dir) =>
      fs.writeFileSync(
        path.join(dir, 'entities/braces.mdx'),
        '---\nname: Braces\nkind: organisation\nsummary: Literal braces.\nreviewed: 2026-11-01\n---\n\nFighting peaked between \\{2019, 2021\\}; I &lt;3 this; a < b; `{code}` stays.\n',
      ),
    );
    expect(errorsOf(result)).toEqual([]);
    expect(result.corpus!.entities.find((e) => e.id === 'braces')!.plainText).toBe(
      'Fighting peaked between {2019, 2021}; I <3 this; a < b; {code} stays.',
    );
  });

  afterAll(() => {
    // Runs after every fixture above was loaded: none of their payloads may have run.
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(fs.existsSync(SENTINEL)).toBe(false);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(prototypeKeys()).toEqual(keysBefore);
  });

  it('ran none of the payloads (checked again after all fixtures)', () => {
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(fs.existsSync(SENTINEL)).toBe(false);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(prototypeKeys()).toEqual(keysBefore);
  });
});
