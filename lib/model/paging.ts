/**
 * Index pages are split into static pages of a fixed size, so that no page grows with the knowledge
 * base: /claims/ lists the first hundred claims, /claims/page/2/ the next hundred, and so on. The
 * size of a page is the collection's `pageSize` (collections.ts).
 */
import { type CollectionType, COLLECTIONS } from './collections';
import { orPlaceholder } from './site';

/** The URL segment of an index's later pages: `/claims/page/2/`. No document may take it as its id. */
export const PAGE_SEGMENT = 'page';

export interface IndexPage<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last item on this page, in the whole list. */
  first: number;
  last: number;
  total: number;
}

export const pageCount = (type: CollectionType, items: number) =>
  Math.max(1, Math.ceil(items / COLLECTIONS[type].pageSize));

/** Page `n` (1-based) of a collection's index; null when there is no such page. */
export function indexPage<T>(type: CollectionType, items: readonly T[], n: number): IndexPage<T> | null {
  const size = COLLECTIONS[type].pageSize;
  const pages = pageCount(type, items.length);
  if (!Number.isInteger(n) || n < 1 || n > pages) return null;
  const slice = items.slice((n - 1) * size, n * size);
  return {
    items: slice,
    page: n,
    pages,
    first: slice.length ? (n - 1) * size + 1 : 0,
    last: (n - 1) * size + slice.length,
    total: items.length,
  };
}

/** The address of page `n` of a collection's index: the index itself for the first page. */
export const indexHref = (type: CollectionType, n = 1) =>
  `/${COLLECTIONS[type].folder}/${n > 1 ? `${PAGE_SEGMENT}/${n}/` : ''}`;

/** The pages after the first, as route parameters (the first is the index's own route; a placeholder when there are none). */
export const laterPages = (type: CollectionType, items: number) =>
  orPlaceholder(
    Array.from({ length: pageCount(type, items) - 1 }, (_, i) => ({ n: String(i + 2) })),
    ['n'],
  );

/** A page number from a URL segment: digits only, no leading zero (so each page has one address). */
export const pageNumber = (segment: string): number => (/^[1-9]\d{0,6}$/.test(segment) ? Number(segment) : NaN);
