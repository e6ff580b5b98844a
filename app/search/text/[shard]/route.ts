import { getSiteSearchIndex } from '@/lib/search/site-index';

// The long text of the documents, in shards (out/search/text/<n>.json) that the browser fetches
// only for the results it shows.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getSiteSearchIndex().shards.map((_, i) => ({ shard: `${i}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ shard: string }> }) {
  const { shard } = await params;
  const data = getSiteSearchIndex().shards[Number.parseInt(shard, 10)];
  if (!data) return new Response('Not found', { status: 404 });
  return Response.json(data);
}
