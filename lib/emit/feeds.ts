/**
 * Feeds, each as Atom 1.0, RSS 2.0 and JSON Feed (the `feed` package):
 * - claims: every new and re-assessed claim, from its assessment history in git (a claim with no
 *   recorded history appears once, dated when its file last changed);
 * - reports: every report, dated by its last review;
 * - review: the claims past their review date on the day of the build, dated when they fell due.
 * Entries are newest first, at most MAX_ITEMS. Entry ids are URNs (UUIDv5 of the claim and commit),
 * so they stay the same when the site moves. Without SITE_URL, links are site-relative and each
 * feed's description says so.
 */
import { type Author, Feed, type Item } from 'feed';
import type { Claim, Corpus } from '../model/corpus';
import { excerpt } from '../model/format';
import { FEED_FORMATS, FEEDS, feedPath } from '../model/open-data';
import { ASSESSMENT, CONFIDENCE, LIKELIHOOD } from '../model/scales';
import { absoluteUrl, RELATIVE_URL_NOTE, SITE, type SiteIdentity } from '../model/site';
import type { EmittedFile, Emitter } from './emitter';
import { uuidv5 } from './uuid';

export const MAX_ITEMS = 200;

type FeedKey = (typeof FEEDS)[number]['key'];

interface Entry {
  id: string;
  title: string;
  link: string;
  date: string;
  description: string;
  category: string;
}

const urn = (name: string) => `urn:uuid:${uuidv5(`feed:${name}`)}`;

function stateLabel(s: {
  assessment: Claim['assessment'];
  likelihood?: Claim['likelihood'];
  confidence: Claim['confidence'];
}) {
  return [
    ASSESSMENT.get(s.assessment).label,
    s.likelihood ? LIKELIHOOD.get(s.likelihood).label.toLowerCase() : null,
    CONFIDENCE.get(s.confidence).label.toLowerCase(),
  ]
    .filter(Boolean)
    .join(', ');
}

function claimEntries(corpus: Corpus, identity: Pick<SiteIdentity, 'url'>): Entry[] {
  return corpus.claims.flatMap((c): Entry[] => {
    const link = absoluteUrl(c.href, identity);
    const description = `${c.statement} Why: ${c.rationale}`;
    if (!c.history.changes.length) {
      const date = c.lastChanged?.date ?? c.reviewed;
      return [
        {
          id: urn(`claim:${c.id}`),
          title: `${ASSESSMENT.get(c.assessment).label}: ${c.displayTitle}`,
          link,
          date,
          description,
          category: c.assessment,
        },
      ];
    }
    return c.history.changes.map((h, i) => {
      const first = i === 0 && !h.from;
      const title = first
        ? `${c.history.complete ? 'New claim' : 'Assessed'}: ${c.displayTitle} (${stateLabel(h.to)})`
        : `Re-assessed: ${c.displayTitle} (${h.from ? `${stateLabel(h.from)} → ` : ''}${stateLabel(h.to)})`;
      return {
        id: urn(`claim:${c.id}:${h.commit}`),
        title,
        link,
        date: h.date,
        description,
        category: h.to.assessment,
      };
    });
  });
}

function reportEntries(corpus: Corpus, identity: Pick<SiteIdentity, 'url'>): Entry[] {
  return corpus.reports.map((r) => ({
    id: urn(`report:${r.id}`),
    title: r.title,
    link: absoluteUrl(r.href, identity),
    date: r.reviewed,
    description: `${r.publisher}. ${excerpt(r.summary, 400)} ${r.claims.length} claims annotated.`,
    category: r.kind,
  }));
}

function reviewEntries(corpus: Corpus, identity: Pick<SiteIdentity, 'url'>): Entry[] {
  return corpus.dueForReview.map((d) => ({
    id: urn(`review:${d.claim.id}:${d.reviewBy}`),
    title: `Due for review: ${d.claim.title}`,
    link: absoluteUrl(d.claim.href, identity),
    date: d.reviewBy,
    description: `${ASSESSMENT.get(d.claim.assessment).label}. Last reviewed ${d.reviewed}; due for review since ${d.reviewBy}.`,
    category: d.claim.assessment,
  }));
}

const ENTRIES: Record<FeedKey, (corpus: Corpus, identity: Pick<SiteIdentity, 'url'>) => Entry[]> = {
  claims: claimEntries,
  reports: reportEntries,
  review: reviewEntries,
};

/**
 * xml-js (under `feed`) writes text as CDATA and splits only the first "]]>" in it; a second one
 * would end the CDATA section early. Every later "]]>" is split here the same way, so the leftmost
 * one is still the original for xml-js to split. tests/open-data.test.ts checks the text survives.
 */
export function cdataSafe(text: string): string {
  const first = text.indexOf(']]>');
  if (first < 0) return text;
  const cut = first + 3;
  return text.slice(0, cut) + text.slice(cut).replaceAll(']]>', ']]]]><![CDATA[>');
}

/** Text as HTML that shows exactly that text. */
const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const plain = (text: string) => text;

/**
 * How each format reads each field: Atom's titles and summaries are written as type="html" and a
 * JSON Feed item's text as content_html, so our plain text is escaped as HTML there; an RSS title
 * is plain text in CDATA, its description HTML.
 */
const FIELDS = {
  atom: { title: html, description: html },
  rss: { title: cdataSafe, description: html },
  json: { title: plain, description: html },
} as const;

function build(
  corpus: Corpus,
  key: FeedKey,
  entries: Entry[],
  identity: Pick<SiteIdentity, 'url'>,
  format: keyof typeof FIELDS,
  relative: boolean,
): Feed {
  const field = FIELDS[format];
  const spec = FEEDS.find((f) => f.key === key)!;
  const sorted = [...entries]
    .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1))
    .slice(0, MAX_ITEMS);
  const author: Author = { name: SITE.name, ...(relative ? {} : { link: `${identity.url}/` }) };
  const links = Object.fromEntries(
    FEED_FORMATS.map((f) => [
      f.ext === 'atom.xml' ? 'atom' : f.ext === 'rss.xml' ? 'rss' : 'json',
      absoluteUrl(`/${feedPath(key, f.ext)}`, identity),
    ]),
  );
  const feed = new Feed({
    id: urn(key),
    title: `${SITE.name}: ${spec.title.toLowerCase()}`,
    description: `${SITE.tagline}${relative ? ` ${RELATIVE_URL_NOTE}` : ''}`,
    link: absoluteUrl(spec.page, identity),
    language: 'en',
    // The newest entry's date: the feed changes only when its content does (an empty feed: the day of the build).
    updated: new Date(`${sorted[0]?.date ?? corpus.build.date}T00:00:00Z`),
    generator: SITE.name,
    feedLinks: links,
    author,
    copyright: `Our text: ${SITE.licence.name} (${SITE.licence.url}). Quotations keep their publishers\u2019 terms.`,
  });
  for (const e of sorted) {
    const item: Item = {
      id: e.id,
      guid: e.id,
      title: field.title(e.title),
      link: e.link,
      date: new Date(`${e.date}T00:00:00Z`),
      description: field.description(e.description),
      category: [{ name: e.category, term: e.category }],
      author: [author],
    };
    feed.addItem(item);
  }
  return feed;
}

/**
 * `feed` accepts only absolute URLs. Without SITE_URL the feeds are built under this reserved
 * name (RFC 2606: .invalid never resolves) and it is then removed, leaving site paths, which feed
 * readers resolve against the feed's own address.
 */
const NO_BASE = 'https://site-url-not-configured.invalid';

export function feedFiles(corpus: Corpus, identity: Pick<SiteIdentity, 'url'> = SITE): EmittedFile[] {
  const base = identity.url ? identity : { url: NO_BASE };
  const finish = (text: string) => (identity.url ? text : text.replaceAll(NO_BASE, ''));
  return FEEDS.flatMap(({ key }) => {
    const entries = ENTRIES[key](corpus, base);
    return [
      {
        path: feedPath(key, 'atom.xml'),
        content: finish(build(corpus, key, entries, base, 'atom', !identity.url).atom1()),
      },
      {
        path: feedPath(key, 'rss.xml'),
        content: finish(build(corpus, key, entries, base, 'rss', !identity.url).rss2()),
      },
      {
        path: feedPath(key, 'json'),
        content: finish(build(corpus, key, entries, base, 'json', !identity.url).json1()),
      },
    ];
  });
}

export const feeds: Emitter = { name: 'Feeds (Atom, RSS, JSON Feed)', files: (corpus) => feedFiles(corpus) };
