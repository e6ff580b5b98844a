/**
 * The registry of collections: what a claim, source, entity and report are called, where their
 * files and pages live, and how search codes them. The loader, the link checker, the search index
 * and the pages all read it, and a route is built only by `hrefOf`.
 *
 * This half is plain constants, safe to ship to the browser (search uses it). What a collection's
 * files hold (schema, JSON Schema file, skeleton) is the other half, `collection-files.ts`: it
 * pulls in zod, which must stay out of client bundles. Both are `Record<CollectionType, …>`, so the
 * compiler refuses a collection that is missing from either.
 */
import { CLAIM_KIND, ENTITY_KIND, REPORT_KIND, type ScaleValue, SOURCE_KIND } from './scales';

export type CollectionType = 'claim' | 'source' | 'entity' | 'report';

export interface CollectionSpec {
  /** The one name of the concept: `claim`. */
  type: CollectionType;
  /** The folder under content/ and the first segment of every page's URL: `claims`. */
  folder: string;
  /** What a reader calls one, and many: `Claim`, `Claims`. */
  label: string;
  plural: string;
  /** The scale of its `kind` field. */
  kinds: { values: readonly ScaleValue[] };
  /** One character per document in the search index. */
  searchCode: string;
  /** Where its documents sit in the search index (ties in ranking go to the lower rank). */
  searchRank: number;
  /** How many documents one static page of its index lists (lib/model/paging.ts). */
  pageSize: number;
}

export const COLLECTIONS: Record<CollectionType, CollectionSpec> = {
  claim: {
    type: 'claim',
    folder: 'claims',
    label: 'Claim',
    plural: 'Claims',
    kinds: CLAIM_KIND,
    searchCode: 'c',
    searchRank: 1,
    pageSize: 100,
  },
  source: {
    type: 'source',
    folder: 'sources',
    label: 'Source',
    plural: 'Sources',
    kinds: SOURCE_KIND,
    searchCode: 's',
    searchRank: 2,
    pageSize: 100,
  },
  entity: {
    type: 'entity',
    folder: 'entities',
    label: 'Entity',
    plural: 'Entities',
    kinds: ENTITY_KIND,
    searchCode: 'e',
    searchRank: 0,
    pageSize: 150,
  },
  report: {
    type: 'report',
    folder: 'reports',
    label: 'Report',
    plural: 'Reports',
    kinds: REPORT_KIND,
    searchCode: 'r',
    searchRank: 3,
    pageSize: 20,
  },
};

/** Every collection, in the order they are read and listed. */
export const COLLECTION_TYPES = Object.keys(COLLECTIONS) as readonly CollectionType[];

/** The reader-facing label of a document's kind, e.g. "Place" or "UN document". */
export function kindLabel(type: CollectionType, kind: string | undefined): string | undefined {
  return kind ? COLLECTIONS[type].kinds.values.find((v) => v.value === kind)?.label : undefined;
}

/** The site path of a document's page: the one place a route is built. */
export function hrefOf(type: CollectionType, id: string): string {
  return `/${COLLECTIONS[type].folder}/${id}/`;
}

const BY_FOLDER = new Map(COLLECTION_TYPES.map((t) => [COLLECTIONS[t].folder, t]));
/** The collection whose pages live under `/<folder>/`, if any. */
export const collectionOfFolder = (folder: string): CollectionType | undefined => BY_FOLDER.get(folder);

const BY_CODE = new Map(COLLECTION_TYPES.map((t) => [COLLECTIONS[t].searchCode, t]));
export const collectionOfSearchCode = (code: string): CollectionType | undefined => BY_CODE.get(code);
