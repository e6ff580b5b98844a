/**
 * Issue 16, item 1: compatibility decomposition turns some characters into several words or into
 * a space and a mark (ﷺ, ﷻ, the isolated harakat, the shadda ligatures, the Greek iota
 * subscript …). A term containing the dictionary's separator corrupted the whole index, and
 * search was dead for every reader. These tests hold the invariant for every BMP code point.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build';
import type { SearchDocument } from './documents';
import { SearchEngine } from './engine';
import { assertDictionaryTerm, decodeDictionary, DICT_SEPARATOR, encodeDictionary } from './codec';
import { isSafeTerm, tokenize } from './normalize';
import { TextStore } from './text-store';
import { verifySearchIndex } from './verify';

const doc = (id: string, title: string, body = '', meta = ''): SearchDocument => ({
  type: 'claim',
  id,
  href: `/claims/${id}/`,
  title,
  aliases: [],
  meta,
  body,
  refs: [],
});

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
/** The characters the red team reported, and their neighbours. */
const REPORTED = ['\uFDFA', '\uFDFB', ...range(0xfe70, 0xfe7e), ...range(0xfc5e, 0xfc63), '\u037A'];

function roundTrip(docs: SearchDocument[]) {
  const built = buildSearchIndex(docs);
  const engine = new SearchEngine(JSON.parse(JSON.stringify(built.index)));
  const store = new TextStore(engine.shardStarts);
  built.shards.forEach((s, i) => store.add(i, JSON.parse(JSON.stringify(s))));
  return { built, engine, store, ids: (q: string) => engine.search(q, { limit: 10 }, store).hits.map((h) => h.id) };
}

describe('characters that decompose into several words or a space', () => {
  it.each(REPORTED.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    '%s in a title and a body: the index loads and answers',
    (_, c) => {
      const terms = tokenize(`Muhammad ${c} said${c}so x${c}y`).map((t) => t.term);
      for (const t of terms) expect(isSafeTerm(t), JSON.stringify(t)).toBe(true);
      const { built, ids } = roundTrip([
        doc('a', `The Prophet ${c} said`, `He ${c} spoke ${c}${c} of peace`),
        doc('b', 'Another claim about Kabul'),
      ]);
      expect(() => verifySearchIndex(built)).not.toThrow();
      expect(ids('prophet')).toEqual(['a']);
      expect(ids('peace')).toEqual(['a']);
      expect(ids('kabul')).toEqual(['b']);
      // Typing the character itself never breaks anything.
      expect(() => ids(c)).not.toThrow();
    },
  );

  it('ﷺ matches the words it stands for, and the words match ﷺ', () => {
    const { ids } = roundTrip([
      doc('glyph', 'The Prophet ﷺ in a sermon'),
      doc('words', 'The Prophet صلى الله عليه وسلم in a letter'),
      doc('other', 'Nothing here'),
    ]);
    expect(ids('ﷺ').sort()).toEqual(['glyph', 'words']);
    expect(ids('صلى الله عليه وسلم').sort()).toEqual(['glyph', 'words']);
    expect(ids('ﷻ')).toEqual([]);
  });

  it('highlights the whole character when its words match', () => {
    const { engine, store } = roundTrip([doc('glyph', 'The Prophet ﷺ spoke')]);
    const hit = engine.search('عليه', {}, store).hits[0]!;
    const [a, b] = hit.title.ranges[0]!;
    expect(hit.title.text.slice(a, b)).toBe('ﷺ');
  });
});

describe('every BMP code point', () => {
  const all = Array.from({ length: 0x10000 }, (_, cp) => String.fromCharCode(cp));

  it('tokenises into letters and digits only: never the separator, never empty', () => {
    const bad: string[] = [];
    for (const c of all) {
      for (const text of [c, `a${c}b`, `${c}${c}`, `x-${c}`, `${c}.1`, `Kabul ${c}s`]) {
        for (const t of tokenize(text, { keepAll: true })) {
          if (
            !isSafeTerm(t.term) ||
            t.term.includes(DICT_SEPARATOR) ||
            t.start < 0 ||
            t.end > text.length ||
            t.start >= t.end
          )
            bad.push(`U+${c.charCodeAt(0).toString(16)} in ${JSON.stringify(text)} → ${JSON.stringify(t)}`);
        }
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('an index over all of them round-trips, verifies and answers', () => {
    // 256 documents of 256 code points each, every code point as a word of its own and inside a word.
    const docs: SearchDocument[] = [];
    for (let k = 0; k < 256; k++) {
      const chunk = all.slice(k * 256, k * 256 + 256);
      docs.push(
        doc(
          `d${k}`,
          `Marker${k} ${chunk.slice(0, 32).join(' ')}`,
          chunk.map((c) => `w${c}z ${c}`).join(' '),
          chunk.join(''),
        ),
      );
    }
    const { built, ids } = roundTrip(docs);
    expect(() => verifySearchIndex(built)).not.toThrow();
    for (const k of [0, 1, 100, 0xfd, 0xfe, 255]) expect(ids(`marker${k} `)).toEqual([`d${k}`]);
    for (const c of REPORTED) expect(() => ids(`${c} marker0`)).not.toThrow();
  });
});

describe('the dictionary codec', () => {
  it('refuses a term it could not decode', () => {
    for (const t of ['a b', ' ', '', 'tab\tbed', 'new\nline'])
      expect(() => assertDictionaryTerm(t), JSON.stringify(t)).toThrow(/refusing the term/);
    expect(() => encodeDictionary(['alpha', 'be ta'])).toThrow(/refusing the term "be ta"/);
    expect(decodeDictionary(encodeDictionary(['=isisk', 'alpha', 'alphabet', 'صلی']))).toEqual([
      '=isisk',
      'alpha',
      'alphabet',
      'صلی',
    ]);
  });

  it('a corrupt dictionary fails to load with a clear error', () => {
    const built = buildSearchIndex([doc('a', 'Kabul airport'), doc('b', 'Kandahar mosque')]);
    const broken = { ...built.index, dict: built.index.dict.replace('airport', 'air port') };
    expect(() => new SearchEngine(broken)).toThrow(/corrupt search index/);
    expect(() =>
      verifySearchIndex({ index: JSON.stringify(broken), shards: built.shards.map((s) => JSON.stringify(s)) }),
    ).toThrow(/search index check failed: the index does not load/);
  });
});

describe('verifySearchIndex', () => {
  const built = buildSearchIndex([
    doc('a', 'Kabul airport attack', 'body text'),
    doc('b', 'Kandahar mosque', 'more text'),
    doc('c', 'Kunduz mosque', 'text'),
  ]);

  it('passes a good index and says what it checked', () => {
    const report = verifySearchIndex(built);
    expect(report.documents).toBe(3);
    expect(report.checked.length).toBeGreaterThan(0);
    expect(
      verifySearchIndex({ index: JSON.stringify(built.index), shards: built.shards.map((s) => JSON.stringify(s)) })
        .checked,
    ).toEqual(report.checked);
  });

  it('fails on a missing or wrong text shard, and on postings that do not answer', () => {
    const json = { index: JSON.stringify(built.index), shards: built.shards.map((s) => JSON.stringify(s)) };
    expect(() => verifySearchIndex({ ...json, shards: [] })).toThrow(/text shards/);
    expect(() => verifySearchIndex({ ...json, shards: ['{"v":1,"start":0,"docs":[]}'] })).toThrow(
      /does not hold documents/,
    );
    expect(() => verifySearchIndex({ ...json, shards: ['not json'] })).toThrow(/not JSON/);
    // Postings of every term point at document 0: the other titles are not found by their words.
    const wrong = { ...built.index, post: '' };
    expect(() => verifySearchIndex({ index: JSON.stringify(wrong), shards: json.shards })).toThrow(
      /search index check failed/,
    );
  });
});
