'use client';

/**
 * The preview card (see link-previews.tsx), loaded only when a first preview is wanted. Its data
 * comes from the build's preview shards, each fetched once per page; it is positioned by Floating
 * UI next to the link (below it, or above when there is no room; kept inside the viewport; for a
 * link that wraps across lines, next to the line the pointer is on).
 */
import { autoUpdate, flip, inline, offset, shift, useFloating } from '@floating-ui/react-dom';
import { use } from 'react';
import { formatDate, plural } from '@/lib/model/format';
import {
  type ClaimPreview,
  type EntityPreview,
  type PreviewMap,
  previewPath,
  type PreviewShard,
  type PreviewShards,
  type ReportPreview,
  shardOf,
  type SourcePreview,
} from '@/lib/model/previews';
import { ASSESSMENT, CLAIM_STATUS } from '@/lib/model/scales';
import { AssessmentBadge, ConfidenceBadge, LikelihoodBadge, ReliabilityBadge } from './badges';
import type { PreviewRequest } from './link-previews';

const shardRequests = new Map<string, Promise<PreviewShard>>();

/** One request per shard per page, whatever the number of links into it. */
function loadShard(path: string): Promise<PreviewShard> {
  let request = shardRequests.get(path);
  if (!request) {
    request = fetch(path)
      .then((r) => (r.ok ? (r.json() as Promise<PreviewShard>) : {}))
      .catch(() => ({}));
    shardRequests.set(path, request);
  }
  return request;
}

const eyebrow = 'text-[0.7rem] font-semibold uppercase tracking-wider muted';

function Claim({ p }: { p: ClaimPreview }) {
  return (
    <>
      <p className={eyebrow}>
        Claim · {p.kind} · about {p.asOf}
      </p>
      <p className="mt-1 font-semibold leading-snug">
        <bdi>{p.title}</bdi>
      </p>
      <div className="mt-2 flex flex-wrap gap-1.5">
        <AssessmentBadge value={p.assessment} />
        {p.likelihood ? <LikelihoodBadge value={p.likelihood} /> : null}
        <ConfidenceBadge value={p.confidence} />
      </div>
      {p.status ? (
        <p className="mt-2 text-sm font-semibold text-red-800 dark:text-red-300">
          {CLAIM_STATUS.get(p.status).label}: not counted in profiles.
        </p>
      ) : null}
      {p.due ? <p className="mt-2 text-sm text-amber-900 dark:text-amber-200">Due for review.</p> : null}
    </>
  );
}

function Source({ p }: { p: SourcePreview }) {
  return (
    <>
      <p className={eyebrow}>Source · {p.kind}</p>
      <p className="mt-1 font-semibold leading-snug">
        <bdi>{p.title}</bdi>
      </p>
      <p className="mt-1 text-sm subtle">
        {p.author ? (
          <>
            <bdi>{p.author}</bdi>,{' '}
          </>
        ) : null}
        <bdi>{p.publisher}</bdi>, {formatDate(p.published)}
      </p>
      <div className="mt-2">
        <ReliabilityBadge value={p.reliability} />
      </div>
    </>
  );
}

function Entity({ p }: { p: EntityPreview }) {
  return (
    <>
      <p className={eyebrow}>Entity · {p.kindLabel}</p>
      <p className="mt-1 font-semibold leading-snug">
        <bdi>{p.name}</bdi>
        {p.original.map((n) => (
          <span key={`${n.lang}-${n.text}`}>
            {' · '}
            <bdi lang={n.lang} dir="auto">
              {n.text}
            </bdi>
          </span>
        ))}
      </p>
      <p className="mt-1 text-sm">{p.summary}</p>
      {p.aliases.length ? (
        <p className="mt-1 text-sm subtle">
          Also known as{' '}
          {p.aliases.map((a, i) => (
            <span key={a}>
              {i ? ', ' : ''}
              <bdi>{a}</bdi>
            </span>
          ))}
        </p>
      ) : null}
    </>
  );
}

function Report({ p }: { p: ReportPreview }) {
  const total = ASSESSMENT.ids.reduce((n, a) => n + p.profile[a], 0);
  return (
    <>
      <p className={eyebrow}>Report</p>
      <p className="mt-1 font-semibold leading-snug">
        <bdi>{p.title}</bdi>
      </p>
      <p className="mt-1 text-sm subtle">
        <bdi>{p.publisher}</bdi>, {p.published ? formatDate(p.published) : 'date unknown'}
      </p>
      <p className="mt-2 text-sm font-medium">Sourcing profile: {plural(total, 'claim')}</p>
      <ul className="mt-1 flex flex-wrap gap-1.5">
        {ASSESSMENT.ids
          .filter((a) => p.profile[a] > 0)
          .map((a) => (
            <li key={a} className="flex items-center gap-1 text-sm">
              <AssessmentBadge value={a} /> {p.profile[a]}
            </li>
          ))}
      </ul>
      {p.notCounted ? (
        <p className="mt-1 text-xs muted">{plural(p.notCounted, 'superseded or withdrawn claim')} not counted.</p>
      ) : null}
    </>
  );
}

export default function PreviewCard({
  request,
  shards,
  id,
}: {
  request: PreviewRequest;
  shards: PreviewShards;
  id: string;
}) {
  const shard = use(loadShard(previewPath(request.type, shardOf(request.id, shards[request.type]))));
  const {
    refs: { setFloating },
    floatingStyles,
  } = useFloating({
    elements: { reference: request.link },
    placement: 'bottom-start',
    strategy: 'fixed',
    middleware: [inline(), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });
  const data = shard[request.id] as PreviewMap[typeof request.type] | undefined;
  if (!data) return null;
  return (
    <div
      id={id}
      role="tooltip"
      ref={setFloating}
      style={floatingStyles}
      data-no-preview=""
      data-testid="link-preview"
      className="z-50 w-max max-w-[min(22rem,calc(100vw-1rem))] rounded-lg border border-stone-300 bg-white p-3 text-left text-stone-900 shadow-lg print:hidden dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
    >
      {request.type === 'claim' ? (
        <Claim p={data as ClaimPreview} />
      ) : request.type === 'source' ? (
        <Source p={data as SourcePreview} />
      ) : request.type === 'entity' ? (
        <Entity p={data as EntityPreview} />
      ) : (
        <Report p={data as ReportPreview} />
      )}
    </div>
  );
}
