import { getSiteSearchIndex } from '@/lib/search/site-index';

// Written once at build time as out/search-index.json; the browser fetches it on first search.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getSiteSearchIndex().index);
}
