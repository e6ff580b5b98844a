/**
 * All MDX goes through here. Bodies reaching this component have passed the fail-closed check in
 * lib/mdx.ts (no expressions, imports, raw HTML or unknown components), and JS stays blocked in
 * the compiler as a second line of defence. Swapping next-mdx-remote for another MDX renderer is a
 * change to this file only.
 */
import Link from 'next/link';
import { MDXRemote } from 'next-mdx-remote/rsc';
import type { ReactNode } from 'react';
import remarkGfm from 'remark-gfm';
import { ASSESSMENT } from '@/lib/scales';
import { getClaim } from '@/lib/content';
import { ASSESSMENT_STYLE } from './badges';
import { SmartLink } from './links';

interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
  attributes?: { type: string; name: string; value: string }[];
  data?: { hProperties?: Record<string, unknown> };
}

/**
 * The MDX compiler "unravels" a paragraph made only of components before our plugins run: a
 * paragraph that is nothing but <Claim> spans loses its <p> (so its number, its anchor and the
 * spaces between the spans). lib/mdx.ts sees such a paragraph as a paragraph, and a <Claim> on its
 * own is rejected there, so every block-level <Claim> here came from one: put the paragraphs back,
 * splitting at blank lines and keeping the space or line break between spans.
 */
function rewrapClaimParagraphs(parent: MdNode, source: string) {
  if (!parent.children) return;
  const out: MdNode[] = [];
  let run: MdNode | undefined;
  for (const child of parent.children) {
    if (child.type === 'mdxJsxFlowElement' && child.name === 'Claim') {
      const last = run?.children?.at(-1);
      const gap = last ? source.slice(last.position?.end.offset ?? 0, child.position?.start.offset ?? 0) : '';
      if (!run || !last || /\n[ \t]*\n/.test(gap)) out.push((run = { type: 'paragraph', children: [] }));
      else if (gap) run.children!.push({ type: 'text', value: gap.includes('\n') ? '\n' : ' ' });
      run.children!.push({ ...child, type: 'mdxJsxTextElement' });
    } else {
      run = undefined;
      rewrapClaimParagraphs(child, source);
      out.push(child);
    }
  }
  parent.children = out;
}

/**
 * Numbers the report's paragraphs (ids p1, p2 … so locators can link to them) and tells each
 * <Claim> its paragraph and whether it is the claim's first span (which gets the claim's anchor).
 * Counting matches lib/mdx.ts, which derives the same numbers for the content layer.
 */
function remarkReportAnchors() {
  return (tree: MdNode, file: { value?: unknown }) => {
    rewrapClaimParagraphs(tree, String(file.value ?? ''));
    let paragraph = 0;
    const seen = new Set<string>();
    const walk = (node: MdNode) => {
      if (node.type === 'paragraph') {
        paragraph++;
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: `p${paragraph}`, 'data-paragraph': paragraph } };
      }
      if (node.type === 'mdxJsxTextElement' && node.name === 'Claim') {
        const id = node.attributes?.find((a) => a.name === 'id')?.value ?? '';
        const first = !seen.has(id);
        seen.add(id);
        node.attributes = [...(node.attributes ?? []), { type: 'mdxJsxAttribute', name: 'paragraph', value: String(paragraph) }, { type: 'mdxJsxAttribute', name: 'anchor', value: first ? 'yes' : 'no' }];
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}

function ClaimSpan({ id, anchor, children }: { id: string; anchor?: string; paragraph?: string; children?: ReactNode }) {
  const claim = getClaim(id);
  if (!claim) return <>{children}</>;
  const style = ASSESSMENT_STYLE[claim.assessment];
  const label = ASSESSMENT.get(claim.assessment).label;
  return (
    <Link href={claim.href} id={anchor === 'yes' ? `claim-${id}` : undefined} className={`claim-span text-inherit ${style.span}`} data-claim={id} data-assessment={claim.assessment} title={`${label}: ${claim.title}`}>
      {children}
      <span className="ml-1 whitespace-nowrap align-[0.15em] font-sans text-[0.7em] font-semibold uppercase tracking-wide no-underline">
        [<span aria-hidden="true">{style.symbol} </span>
        {label}]
      </span>
    </Link>
  );
}

function Callout({ type = 'note', children }: { type?: string; children?: ReactNode }) {
  const caution = type === 'caution';
  return (
    <aside className={`not-prose my-4 rounded-md border-l-4 p-4 text-sm ${caution ? 'border-amber-600 bg-amber-50 dark:bg-amber-950/50' : 'border-sky-600 bg-sky-50 dark:bg-sky-950/50'}`}>
      <p className="mb-1 font-semibold">{caution ? 'Caution' : 'Note'}</p>
      <div className="space-y-2">{children}</div>
    </aside>
  );
}

const components = {
  a: SmartLink,
  Claim: ClaimSpan,
  Callout,
};

export function Mdx({ source, variant = 'notes' }: { source: string; variant?: 'notes' | 'report' }) {
  return (
    <MDXRemote
      source={source}
      components={components}
      options={{
        parseFrontmatter: false,
        blockJS: true,
        blockDangerousJS: true,
        mdxOptions: { format: 'mdx', remarkPlugins: variant === 'report' ? [remarkGfm, remarkReportAnchors] : [remarkGfm] },
      }}
    />
  );
}
