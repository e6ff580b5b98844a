/**
 * STIX 2.1 bundles: the whole knowledge base, and one per report.
 *
 * - our organisation: an `identity` that is the `created_by_ref` of every other object;
 * - a report: a `report` whose `object_refs` are the notes of its claims and the entities it names;
 * - a claim: a `note` (our assessment is analysis about the objects, not a fact of the world),
 *   whose `object_refs` are the reports that make it and the entities and places it names;
 * - organisations and people: `identity` (class organization / individual); places: `location`;
 * - sources: `external_references` of the notes (with stance, locator and Admiralty code) and reports.
 *
 * Ids are UUIDv5 of our ids (`note--uuidv5("claim:<id>")`), so importing a later export updates
 * the same objects. `confidence` follows the STIX 2.1 confidence appendix (see CONFIDENCE_MAPPING
 * and the methodology page); our original values are kept as `x_corroborate_*` properties.
 */
import type { Claim, Corpus, Entity, Report } from '../model/corpus';
import { CONFIDENCE_MAPPING, DOWNLOADS, reportDownloads } from '../model/open-data';
import { ASSESSMENT, LIKELIHOOD } from '../model/scales';
import { absoluteUrl, SITE, type SiteIdentity } from '../model/site';
import type { EmittedFile } from './emitter';
import { uuidv5 } from './uuid';

export type StixObject = Record<string, unknown> & { type: string; id: string };
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

const stixId = (type: string, name: string) => `${type}--${uuidv5(name)}`;
export const ORGANISATION_ID = stixId('identity', 'organisation:corroborate');
/** When this identity object was defined (fixed, so every export carries the same object). */
const ORGANISATION_DEFINED = '2026-01-01T00:00:00.000Z';
const claimId = (id: string) => stixId('note', `claim:${id}`);
const reportId = (id: string) => stixId('report', `report:${id}`);
const entityId = (e: { id: string; kind: Entity['kind'] }) =>
  e.kind === 'place' ? stixId('location', `entity:${e.id}`) : stixId('identity', `entity:${e.id}`);

/** A URL as RFC 3986 allows it (the WHATWG serialisation percent-encodes what a URI may not hold, such as < and >). */
export const uri = (url: string) => new URL(url).href;

/** A day as a STIX timestamp (RFC 3339, UTC, milliseconds). */
const timestamp = (day: string) => `${day}T00:00:00.000Z`;
const later = (a: string, b: string) => (a > b ? a : b);

/** The region-ov values of STIX 2.1 §10.25, for places that are regions rather than countries. */
const REGIONS = new Set([
  'africa',
  'eastern-africa',
  'middle-africa',
  'northern-africa',
  'southern-africa',
  'western-africa',
  'americas',
  'latin-america-caribbean',
  'south-america',
  'caribbean',
  'central-america',
  'northern-america',
  'asia',
  'central-asia',
  'eastern-asia',
  'southern-asia',
  'western-asia',
  'europe',
  'eastern-europe',
  'northern-europe',
  'southern-europe',
  'western-europe',
  'oceania',
  'antarctica',
  'australia-new-zealand',
  'melanesia',
  'micronesia',
  'polynesia',
]);

let countryCodes: Map<string, string> | undefined;
/** ISO 3166-1 alpha-2 code of a country by its English name, from the runtime's own ICU data (no table of ours to go stale). */
function countryCode(names: readonly string[]): string | undefined {
  if (!countryCodes) {
    countryCodes = new Map();
    const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        // Deprecated codes (SU, YU, DD…) are named like their successors: keep only canonical ones.
        if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
        const name = display.of(code);
        if (name && name !== code && !countryCodes.has(name.toLowerCase())) countryCodes.set(name.toLowerCase(), code);
      }
  }
  for (const n of names) {
    const code = countryCodes.get(n.toLowerCase());
    if (code) return code;
  }
  return undefined;
}

interface Context {
  corpus: Corpus;
  identity: Pick<SiteIdentity, 'url'>;
  entities: Map<string, Entity>;
  sources: Map<string, Corpus['sources'][number]>;
}

/** A reference to one of our pages: by URL under SITE_URL, by `external_id` (its path) without one. */
function pageReference(ctx: Context, href: string, description?: string) {
  return ctx.identity.url
    ? { source_name: SITE.name, url: absoluteUrl(href, ctx.identity), ...(description ? { description } : {}) }
    : { source_name: SITE.name, external_id: href, ...(description ? { description } : {}) };
}

/** The times of a document: created at its first recorded assessment (or review), modified when its file last changed. */
function times(doc: { reviewed: string; lastChanged: { date: string } | null }, first?: string) {
  const modified = later(doc.lastChanged?.date ?? doc.reviewed, first ?? doc.reviewed);
  const created =
    first ??
    (doc.lastChanged ? (doc.reviewed < doc.lastChanged.date ? doc.reviewed : doc.lastChanged.date) : doc.reviewed);
  return { created: timestamp(created > modified ? modified : created), modified: timestamp(modified) };
}

function organisation(ctx: Context): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: ORGANISATION_ID,
    created: ORGANISATION_DEFINED,
    modified: ORGANISATION_DEFINED,
    name: SITE.name,
    description: SITE.tagline,
    identity_class: 'organization',
    ...(ctx.identity.url ? { external_references: [{ source_name: SITE.name, url: `${ctx.identity.url}/` }] } : {}),
  };
}

function entityObject(ctx: Context, e: Entity): StixObject {
  const common = {
    spec_version: '2.1',
    id: entityId(e),
    created_by_ref: ORGANISATION_ID,
    ...times(e),
    name: e.name,
    description: e.summary,
    external_references: [
      pageReference(ctx, e.href),
      ...(e.wikidata
        ? [
            {
              source_name: 'wikidata',
              external_id: e.wikidata,
              url: uri(`https://www.wikidata.org/wiki/${e.wikidata}`),
            },
          ]
        : []),
    ],
    x_corroborate_id: e.id,
    x_corroborate_kind: e.kind,
    ...(e.aliases.length ? { x_corroborate_aliases: e.aliases } : {}),
  };
  if (e.kind !== 'place')
    return { type: 'identity', ...common, identity_class: e.kind === 'person' ? 'individual' : 'organization' };
  // A location needs a region, a country or coordinates (STIX 2.1 §4.11): the place's own, or its country's.
  const chain = [e, ...e.ancestors.map((a) => ctx.entities.get(a.id)).filter((x): x is Entity => !!x)];
  const country = chain.find((p) => p.place_type === 'country');
  const code = country ? countryCode([country.name, ...country.aliases]) : undefined;
  const region = chain.map((p) => p.name.toLowerCase().replace(/\s+/g, '-')).find((slug) => REGIONS.has(slug));
  const where = code
    ? { country: code }
    : region
      ? { region }
      : country
        ? { country: country.name }
        : { region: e.name };
  const area =
    e.place_type === 'province' || e.place_type === 'district'
      ? { administrative_area: e.name }
      : e.place_type === 'city'
        ? { city: e.name }
        : {};
  return {
    type: 'location',
    ...common,
    ...where,
    ...area,
    ...(e.place_type ? { x_corroborate_place_type: e.place_type } : {}),
  };
}

function claimNote(ctx: Context, c: Claim): StixObject {
  const assessment = ASSESSMENT.get(c.assessment).label;
  const refs = [
    ...c.appearsIn.map((a) => reportId(a.report.id)),
    ...[...c.entities, ...c.places].map((e) => entityId(e)),
  ];
  const evidence = c.evidence.map((ev, i) => ({
    source: ev.source.id,
    stance: ev.stance,
    locator: ev.locator,
    reliability: ev.source.reliability,
    credibility: ev.credibility,
    confidence: CONFIDENCE_MAPPING.credibility[ev.credibility] ?? undefined,
    ...(c.ownSources[i] ? { cannot_support: c.ownSources[i] } : {}),
  }));
  const sources = new Map<string, Claim['evidence'][number][]>();
  for (const ev of c.evidence) sources.set(ev.source.id, [...(sources.get(ev.source.id) ?? []), ev]);
  const source = (id: string) => ctx.sources.get(id);
  return {
    type: 'note',
    spec_version: '2.1',
    id: claimId(c.id),
    created_by_ref: ORGANISATION_ID,
    ...times(c, c.history.changes[0]?.date),
    abstract: c.displayTitle,
    content: `${c.statement}\n\nOur assessment: ${assessment}${c.likelihood ? `, ${LIKELIHOOD.get(c.likelihood).label.toLowerCase()}` : ''}, ${c.confidence} confidence. ${c.rationale}`,
    authors: [SITE.name],
    // A claim that no report makes and that names nothing is still a note: about our own assessment.
    object_refs: refs.length ? [...new Set(refs)] : [ORGANISATION_ID],
    ...(c.likelihood ? { confidence: CONFIDENCE_MAPPING.likelihood[c.likelihood] } : {}),
    lang: 'en',
    external_references: [
      pageReference(ctx, c.href, `${assessment}: our assessment, its evidence and its history`),
      ...[...sources].map(([id, items]) => {
        const s = source(id);
        const description = items
          .map((ev) => `${ev.stance}, ${ev.locator} (Admiralty ${ev.source.reliability}${ev.credibility})`)
          .join('; ');
        return {
          source_name: s ? `${s.publisher}: ${s.title}` : id,
          url: s ? uri(s.url) : '',
          description,
          external_id: id,
        };
      }),
    ].map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ''))),
    x_corroborate_id: c.id,
    x_corroborate_kind: c.kind,
    x_corroborate_assessment: c.assessment,
    ...(c.likelihood ? { x_corroborate_likelihood: c.likelihood } : {}),
    x_corroborate_confidence: c.confidence,
    x_corroborate_as_of: c.as_of,
    ...(c.attributed_to ? { x_corroborate_attributed_to: c.attributed_to.name } : {}),
    x_corroborate_evidence: evidence.map((ev) =>
      Object.fromEntries(Object.entries(ev).filter(([, v]) => v !== undefined)),
    ),
    x_corroborate_reviewed: c.reviewed,
  };
}

function reportObject(ctx: Context, r: Report): StixObject {
  const refs = [...r.claims.map((c) => claimId(c.id)), ...r.entities.map((e) => entityId(e))];
  const first = r.lastChanged ? (r.reviewed < r.lastChanged.date ? r.reviewed : r.lastChanged.date) : r.reviewed;
  return {
    type: 'report',
    spec_version: '2.1',
    id: reportId(r.id),
    created_by_ref: ORGANISATION_ID,
    ...times(r),
    name: r.title,
    description: `${r.summary}\n\nPerspective: ${r.perspective}`,
    // `published` is when this report object was published: ours, not the document's (x_corroborate_published).
    published: timestamp(first),
    object_refs: refs.length ? [...new Set(refs)] : [ORGANISATION_ID],
    lang: r.language,
    external_references: [
      pageReference(ctx, r.href, 'The report annotated: its claims with our assessments'),
      ...(r.url ? [{ source_name: r.publisher, url: uri(r.url), description: 'Where it was published' }] : []),
      ...(r.read_at ? [{ source_name: r.publisher, url: uri(r.read_at), description: 'Where we read it' }] : []),
      ...r.provenance.map((p) => {
        const s = ctx.sources.get(p.source.id);
        return {
          source_name: `${p.source.publisher}: ${p.source.title}`,
          external_id: p.source.id,
          description: `${p.relation}: ${p.note}`,
          ...(s ? { url: uri(s.url) } : {}),
        };
      }),
    ],
    x_corroborate_id: r.id,
    x_corroborate_kind: r.kind,
    x_corroborate_publisher: r.publisher,
    ...(r.author ? { x_corroborate_author: r.author } : {}),
    ...(r.published ? { x_corroborate_published: r.published } : {}),
    x_corroborate_text: r.text,
  };
}

/** STIX forbids empty lists (and has no undefined): such properties are left out, at any depth. */
function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = compact(v);
  return out as T;
}

function context(corpus: Corpus, identity: Pick<SiteIdentity, 'url'>): Context {
  return {
    corpus,
    identity,
    entities: new Map(corpus.entities.map((e) => [e.id, e])),
    sources: new Map(corpus.sources.map((s) => [s.id, s])),
  };
}

/** A bundle of the given claims and reports, with every entity they reference and our identity. */
function bundle(ctx: Context, name: string, reports: Report[], claims: Claim[]): StixBundle {
  const entityIds = new Set<string>();
  for (const r of reports) for (const e of r.entities) entityIds.add(e.id);
  for (const c of claims) for (const e of [...c.entities, ...c.places]) entityIds.add(e.id);
  // A location's country and region come from its ancestors; the ancestors themselves are not referenced.
  const reportIds = new Set(reports.map((r) => r.id));
  // A note refers to every report that makes its claim: a bundle of one report keeps only the references it holds.
  const notes = claims.map((c) => {
    const note = claimNote(ctx, c);
    const refs = (note.object_refs as string[]).filter(
      (ref) =>
        !ref.startsWith('report--') ||
        c.appearsIn.some((a) => reportIds.has(a.report.id) && ref === reportId(a.report.id)),
    );
    return { ...note, object_refs: refs.length ? refs : [ORGANISATION_ID] };
  });
  const entities = [...entityIds]
    .sort()
    .map((id) => ctx.entities.get(id))
    .filter((e): e is Entity => !!e);
  return {
    type: 'bundle',
    id: `bundle--${uuidv5(`bundle:${name}`)}`,
    objects: [
      organisation(ctx),
      ...entities.map((e) => entityObject(ctx, e)),
      ...reports.map((r) => reportObject(ctx, r)),
      ...notes,
    ].map(compact),
  };
}

export function stixBundle(corpus: Corpus, identity: Pick<SiteIdentity, 'url'> = SITE): StixBundle {
  return bundle(context(corpus, identity), 'all', corpus.reports, corpus.claims);
}

export function reportStixBundle(
  corpus: Corpus,
  report: Report,
  identity: Pick<SiteIdentity, 'url'> = SITE,
): StixBundle {
  const ids = new Set(report.claims.map((c) => c.id));
  return bundle(
    context(corpus, identity),
    `report:${report.id}`,
    [report],
    corpus.claims.filter((c) => ids.has(c.id)),
  );
}

export function stixFiles(corpus: Corpus, identity: Pick<SiteIdentity, 'url'> = SITE): EmittedFile[] {
  return [
    { path: DOWNLOADS.stix.path, content: `${JSON.stringify(stixBundle(corpus, identity))}\n` },
    ...corpus.reports.map((r) => ({
      path: reportDownloads(r).find((d) => d.key === 'stix')!.path,
      content: `${JSON.stringify(reportStixBundle(corpus, r, identity))}\n`,
    })),
  ];
}
