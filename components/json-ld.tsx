import type { Graph, Thing, WithContext } from 'schema-dts';

/**
 * Structured data for machines (built by lib/model/structured-data.ts). `<` and the line
 * separators U+2028/U+2029 are escaped so that no value (a title containing "</script>", say)
 * can close the script element early or break a JavaScript reader of the block.
 */
export function JsonLd({ data }: { data: WithContext<Thing> | Graph }) {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
