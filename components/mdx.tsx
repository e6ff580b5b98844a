/**
 * All content bodies render through here. A body arrives as the tree the content layer parsed and
 * checked (no expressions, imports, raw HTML or unknown components), with paragraph numbers and
 * each claim span's target already set: it is handed to the MDX compiler as it is, never parsed
 * again, and JS stays blocked in the compiler as a second line of defence. Swapping
 * next-mdx-remote for another MDX renderer is a change to this file only.
 */
import Link from './link';
import { MDXRemote } from 'next-mdx-remote/rsc';
import type { ReactNode } from 'react';
import type { BodyNode } from '@/lib/model/corpus';
import { ASSESSMENT, type Assessment, CLAIM_STATUS, type ClaimStatus } from '@/lib/model/scales';
import { ASSESSMENT_STYLE } from './badges';
import { SmartLink } from './links';

/** A remark plugin that replaces the (empty) parsed source with the content layer's tree. */
const useTree = (tree: BodyNode) => () => () => structuredClone(tree);

interface ClaimSpanProps {
  id: string;
  anchor?: string;
  href?: string;
  assessment?: Assessment;
  claimTitle?: string;
  status?: ClaimStatus;
  children?: ReactNode;
}

/**
 * A claim marked in report text: the link carries its verdict as a label. Its title and evidence
 * show in the link preview (hover or keyboard focus), so there is no title attribute to compete with it.
 */
function ClaimSpan({ id, anchor, href, assessment, status, children }: ClaimSpanProps) {
  if (!href || !assessment) return <>{children}</>;
  const style = ASSESSMENT_STYLE[assessment];
  const label = ASSESSMENT.get(assessment).label;
  return (
    <Link
      href={href}
      id={anchor === 'yes' ? `claim-${id}` : undefined}
      className={`claim-span text-inherit ${style.span}`}
      data-claim={id}
      data-assessment={assessment}
    >
      {children}
      <span className="ml-1 whitespace-nowrap align-[0.15em] font-sans text-[0.7em] font-semibold uppercase tracking-wide no-underline">
        [<span aria-hidden="true">{style.symbol} </span>
        {label}
        {status ? `, ${CLAIM_STATUS.get(status).label.toLowerCase()}` : ''}]
      </span>
    </Link>
  );
}

/**
 * A note or caution. Built from spans shown as blocks, because a contributor may write it inside a
 * paragraph (`text <Callout>…</Callout>`): an <aside> or <div> there would be moved out of the <p>
 * by the browser, and the page would no longer match what React rendered.
 */
function Callout({ type = 'note', children }: { type?: string; children?: ReactNode }) {
  const caution = type === 'caution';
  return (
    <span
      role="note"
      className={`not-prose my-4 block rounded-md border-l-4 p-4 text-sm ${caution ? 'border-amber-600 bg-amber-50 dark:bg-amber-950/50' : 'border-sky-600 bg-sky-50 dark:bg-sky-950/50'}`}
    >
      <span className="mb-1 block font-semibold">{caution ? 'Caution' : 'Note'}</span>
      <span className="block space-y-2">{children}</span>
    </span>
  );
}

const components = {
  a: SmartLink,
  Claim: ClaimSpan,
  Callout,
};

export function Mdx({ tree }: { tree: BodyNode }) {
  return (
    <MDXRemote
      source=""
      components={components}
      options={{
        parseFrontmatter: false,
        blockJS: true,
        blockDangerousJS: true,
        mdxOptions: { format: 'mdx', remarkPlugins: [useTree(tree)] },
      }}
    />
  );
}
