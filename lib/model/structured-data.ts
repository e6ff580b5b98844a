/**
 * What each page tells machines: schema.org JSON-LD (typed with schema-dts) and the metadata Next
 * renders into <head> (canonical link, OpenGraph, Twitter card, feed links). Pure functions over
 * the corpus types; pages call them and hand the JSON-LD to components/json-ld.tsx, which escapes it.
 *
 * Addresses come from `absoluteUrl` (lib/model/site.ts): absolute under SITE_URL, site-relative
 * without it. Verdicts use the rating scale CLAIM_RATING states: 1 (refuted) to 5 (corroborated);
 * an opinion has no truth value, so its rating has a name and an explanation but no number.
 */
import type { Metadata } from 'next';
import type {
  ClaimReview,
  CreativeWork,
  Graph,
  Organization,
  Person,
  Place,
  Rating,
  Report as ReportLd,
  Thing,
  WebSite,
  WithContext,
} from 'schema-dts';
import { COLLECTION_TYPES } from './collections';
import type { Claim, Corpus, Entity, Report, Source } from './corpus';
import { excerpt } from './format';
import { indexHref, pageCount } from './paging';
import { timelineYears } from './timeline';
import { FEED_FORMATS, FEEDS, feedPath } from './open-data';
import { ASSESSMENT, type Assessment, CONFIDENCE, LIKELIHOOD } from './scales';
import { absoluteUrl, type EditorialPage, SITE, SITE_PAGES } from './site';

/** The stated scale of a ClaimReview's ratingValue: worst 1, best 5. */
export const CLAIM_RATING = {
  worst: 1,
  best: 5,
  values: {
    refuted: 1,
    disputed: 2,
    unverified: 3,
    'partly-corroborated': 4,
    corroborated: 5,
    opinion: null,
  } satisfies Record<Assessment, number | null>,
} as const;

const CONTEXT = 'https://schema.org' as const;

/** Us, as the author of every review. */
export function organisation(): Organization {
  return { '@type': 'Organization', name: SITE.name, ...(SITE.url ? { url: `${SITE.url}/` } : {}) };
}

const wikidata = (id: string | undefined) => (id ? [`https://www.wikidata.org/wiki/${id}`] : []);
/** A partial date (YYYY, YYYY-MM) is a valid ISO 8601 date, as schema.org's Date accepts it. */
const firstDate = (c: Claim) => c.history.changes[0]?.date ?? c.reviewed;

/** Who made a claim: whoever holds the view (opinions), else the publishers of the reports that make it. */
function claimAuthors(claim: Claim): (Organization | Person)[] {
  const held = claim.attributed_to;
  if (held?.entity)
    return [
      {
        '@type': held.entity.kind === 'person' ? 'Person' : 'Organization',
        name: held.name,
        url: absoluteUrl(held.entity.href),
      },
    ];
  if (held?.report) return [{ '@type': 'Organization', name: held.report.publisher }];
  const publishers = [...new Set(claim.appearsIn.map((a) => a.report.publisher))];
  return publishers.map((name) => ({ '@type': 'Organization', name }));
}

/** A claim page: ClaimReview of the claim, which its reports made (its `appearance`s). */
export function claimReview(claim: Claim): WithContext<ClaimReview> {
  const value = CLAIM_RATING.values[claim.assessment];
  const rating: Rating = {
    '@type': 'Rating',
    alternateName: ASSESSMENT.get(claim.assessment).label,
    ...(value === null ? {} : { ratingValue: value, bestRating: CLAIM_RATING.best, worstRating: CLAIM_RATING.worst }),
    ratingExplanation: `${claim.rationale}${claim.likelihood ? ` Likelihood: ${LIKELIHOOD.get(claim.likelihood).label.toLowerCase()}.` : ''} ${CONFIDENCE.get(claim.confidence).label}.`,
  };
  // Each report that makes the claim, where it was published (our annotated page when we know no address).
  const appearances: CreativeWork[] = claim.appearsIn.map((a) => ({
    '@type': 'CreativeWork',
    name: a.report.title,
    url: a.report.url ?? absoluteUrl(a.report.href),
    publisher: { '@type': 'Organization', name: a.report.publisher },
    ...(a.report.published ? { datePublished: a.report.published } : {}),
  }));
  const authors = claimAuthors(claim);
  return {
    '@context': CONTEXT,
    '@type': 'ClaimReview',
    url: absoluteUrl(claim.href),
    name: claim.displayTitle,
    claimReviewed: claim.statement,
    reviewRating: rating,
    itemReviewed: {
      '@type': 'Claim',
      name: claim.title,
      ...(authors.length ? { author: authors.length === 1 ? authors[0]! : authors } : {}),
      ...(appearances.length ? { appearance: appearances, firstAppearance: appearances[0]! } : {}),
    },
    author: organisation(),
    publisher: organisation(),
    datePublished: firstDate(claim),
    dateModified: claim.lastChanged?.date ?? claim.reviewed,
    inLanguage: 'en',
    license: SITE.licence.url,
  };
}

/** A report page: the report (schema.org Report, an Article), published by its publisher; our page is its `url`, the original its `sameAs`. */
export function reportJsonLd(report: Report): WithContext<ReportLd> {
  const article: ReportLd = {
    '@type': 'Report',
    headline: report.title,
    name: report.title,
    url: absoluteUrl(report.href),
    abstract: report.summary,
    publisher: { '@type': 'Organization', name: report.publisher },
    ...(report.author ? { author: { '@type': 'Person', name: report.author } } : {}),
    ...(report.published ? { datePublished: report.published } : {}),
    inLanguage: report.language,
    ...(report.url ? { sameAs: report.url } : {}),
    about: report.entities.map(
      (e) =>
        ({
          '@type': e.kind === 'person' ? 'Person' : e.kind === 'place' ? 'Place' : 'Organization',
          name: e.name,
          url: absoluteUrl(e.href),
        }) as Thing,
    ),
  };
  return { '@context': CONTEXT, ...article } as WithContext<ReportLd>;
}

/** An entity page: Organization, Person or Place, with its Wikidata item as `sameAs`. */
export function entityJsonLd(entity: Entity): WithContext<Organization | Person | Place> {
  const common = {
    name: entity.name,
    url: absoluteUrl(entity.href),
    description: entity.summary,
    ...(entity.aliases.length ? { alternateName: entity.aliases } : {}),
    ...(entity.wikidata ? { sameAs: wikidata(entity.wikidata) } : {}),
  };
  if (entity.kind === 'place')
    return {
      '@context': CONTEXT,
      '@type': 'Place',
      ...common,
      ...(entity.part_of
        ? { containedInPlace: { '@type': 'Place', name: entity.part_of.name, url: absoluteUrl(entity.part_of.href) } }
        : {}),
    } as WithContext<Place>;
  return {
    '@context': CONTEXT,
    '@type': entity.kind === 'person' ? 'Person' : 'Organization',
    ...common,
  } as WithContext<Organization | Person>;
}

/** A source page: the source as a CreativeWork. */
export function sourceJsonLd(source: Source): WithContext<CreativeWork> {
  return {
    '@context': CONTEXT,
    '@type': 'CreativeWork',
    name: source.title,
    url: absoluteUrl(source.href),
    sameAs: [source.url, ...(source.original_url && source.original_url !== source.url ? [source.original_url] : [])],
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(source.author ? { author: { '@type': 'Person', name: source.author } } : {}),
    ...(source.published ? { datePublished: source.published } : {}),
    inLanguage: source.language,
  };
}

/** The home page: the site and who publishes it. */
export function siteJsonLd(): Graph {
  const org = organisation() as Exclude<Organization, string>;
  const site: WebSite = {
    '@type': 'WebSite',
    name: SITE.name,
    description: SITE.tagline,
    url: absoluteUrl('/'),
    publisher: { '@id': '#organization' },
    inLanguage: 'en',
    license: SITE.licence.url,
  };
  return { '@context': CONTEXT, '@graph': [{ ...org, '@id': '#organization' }, site] } as Graph;
}

/** Feed links for every page's <head>: each feed in each format. */
export function feedAlternates(): Record<string, { url: string; title: string }[]> {
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const f of FEED_FORMATS)
    types[f.mediaType] = FEEDS.map((feed) => ({
      url: absoluteUrl(`/${feedPath(feed.key, f.ext)}`),
      title: `${SITE.name}: ${feed.title.toLowerCase()} (${f.format})`,
    }));
  return types;
}

export interface PageMetadataInput {
  title: string;
  /** The title as is, without the site's " · Corroborate" suffix (the home page). */
  absoluteTitle?: boolean;
  description: string;
  /** Site path of the page, e.g. `/claims/x/`. */
  path: string;
  /** OpenGraph type: `article` for a document, `website` for the rest. */
  type?: 'website' | 'article';
  /** Extra <link rel="alternate"> (media type → links), e.g. a report's annotations. */
  alternates?: Record<string, { url: string; title: string }[]>;
  /** When the document last changed (OpenGraph article:modified_time). */
  modified?: string;
}

/**
 * A page's metadata. Next merges metadata one key deep, so every page sets all of them: the
 * canonical link, the feed links, OpenGraph and the Twitter card.
 */
export function pageMetadata({
  title,
  absoluteTitle = false,
  description,
  path,
  type = 'website',
  alternates = {},
  modified,
}: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const summary = excerpt(description, 300);
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description: summary,
    alternates: { canonical: url, types: { ...feedAlternates(), ...alternates } },
    openGraph: {
      title,
      description: summary,
      url,
      siteName: SITE.name,
      locale: 'en',
      ...(type === 'article'
        ? { type: 'article', ...(modified ? { modifiedTime: modified } : {}) }
        : { type: 'website' }),
    },
    twitter: { card: 'summary', title, description: summary },
  };
}

/** A claim page's description: the verdict first, then the statement. */
export function claimDescription(claim: Claim): string {
  return `${ASSESSMENT.get(claim.assessment).label}${claim.likelihood ? `, ${LIKELIHOOD.get(claim.likelihood).label.toLowerCase()}` : ''}: ${claim.statement}`;
}

/** One page of the site for the sitemap: its path and when what it shows last changed. */
export interface SitemapPage {
  path: string;
  lastModified?: string;
}

/**
 * Every page the build makes (404 aside): the home page, each collection's list and documents,
 * the pages of SITE_PAGES, and each report comparison. `lastModified` comes from git.
 */
export function sitemapPages(corpus: Corpus): SitemapPage[] {
  const latest = (dates: (string | undefined)[]) =>
    dates.reduce<string | undefined>((a, b) => (b && (!a || b > a) ? b : a), undefined);
  const when = (doc: { lastChanged: { date: string } | null }) => doc.lastChanged?.date;
  const docs = {
    claim: corpus.claims,
    source: corpus.sources,
    entity: corpus.entities,
    report: corpus.reports,
  } as const;
  const all = latest(Object.values(docs).flatMap((list) => list.map(when)));
  const pages: SitemapPage[] = [{ path: '/', lastModified: all }];
  for (const type of COLLECTION_TYPES) {
    const list = docs[type] as readonly { href: string; lastChanged: { date: string } | null }[];
    const updated = latest(list.map(when));
    pages.push({ path: indexHref(type), lastModified: updated });
    for (let n = 2; n <= pageCount(type, list.length); n++)
      pages.push({ path: indexHref(type, n), lastModified: updated });
    for (const doc of list) pages.push({ path: doc.href, lastModified: when(doc) });
  }
  // An editorial page changes with its source file; the others (data, search, timeline, review) with the content.
  for (const page of SITE_PAGES)
    pages.push({
      path: `/${page}/`,
      lastModified: page in corpus.pages ? (corpus.pages[page as EditorialPage]?.date ?? undefined) : all,
    });
  for (const c of corpus.comparisons)
    pages.push({
      path: c.href,
      lastModified: latest(corpus.reports.filter((r) => r.id === c.a.id || r.id === c.b.id).map(when)),
    });
  for (const year of timelineYears(corpus.claims)) pages.push({ path: `/timeline/${year}/`, lastModified: all });
  return pages;
}

/**
 * The JSON-LD block of every page that has one, by site path: the home page's site description and
 * each claim, source, entity and report. lib/emit/json-ld.ts writes them into the built pages.
 */
export function jsonLdPages(corpus: Corpus): [path: string, data: WithContext<Thing> | Graph][] {
  return [
    ['/', siteJsonLd()],
    ...corpus.claims.map((c): [string, WithContext<Thing>] => [c.href, claimReview(c)]),
    ...corpus.sources.map((s): [string, WithContext<Thing>] => [s.href, sourceJsonLd(s)]),
    ...corpus.entities.map((e): [string, WithContext<Thing>] => [e.href, entityJsonLd(e)]),
    ...corpus.reports.map((r): [string, WithContext<Thing>] => [r.href, reportJsonLd(r)]),
  ];
}

/**
 * A JSON-LD script element. `<` and the line separators U+2028/U+2029 are escaped so that no value
 * (a title containing "</script>", say) can close the element early or break a JavaScript reader.
 */
export function jsonLdScript(data: WithContext<Thing> | Graph): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}
