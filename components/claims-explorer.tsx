'use client';

import Link from './link';
import { usePathname, useSearchParams } from 'next/navigation';
import { replaceUrl } from '@/lib/search/url';
import { Suspense, useMemo } from 'react';
import { ASSESSMENT, type Assessment, CLAIM_KIND, type ClaimKind, type ClaimStatus, CONFIDENCE, type Confidence } from '@/lib/model/scales';
import { AssessmentBadge, ConfidenceBadge } from './badges';
import { StatusBadge } from './claim-status';

export interface ClaimSummary {
  id: string;
  href: string;
  title: string;
  statement: string;
  assessment: Assessment;
  kind: ClaimKind;
  confidence: Confidence;
  entities: string[];
  /** Superseded or withdrawn: listed last (the list arrives in that order) and not counted. */
  status?: ClaimStatus;
}

export interface EntityOption {
  id: string;
  name: string;
}

const FACETS = ['assessment', 'kind', 'confidence', 'entity'] as const;
type Facet = (typeof FACETS)[number];
type Filters = Partial<Record<Facet, string>>;

function Explorer({ claims, entities, filters }: { claims: ClaimSummary[]; entities: EntityOption[]; filters: Filters }) {
  const pathname = usePathname();
  const visible = useMemo(
    () =>
      claims.filter(
        (c) =>
          (!filters.assessment || c.assessment === filters.assessment) &&
          (!filters.kind || c.kind === filters.kind) &&
          (!filters.confidence || c.confidence === filters.confidence) &&
          (!filters.entity || c.entities.includes(filters.entity)),
      ),
    [claims, filters],
  );

  const update = (facet: Facet, value: string) => {
    const next = new URLSearchParams();
    for (const f of FACETS) {
      const v = f === facet ? value : filters[f];
      if (v) next.set(f, v);
    }
    const qs = next.toString();
    replaceUrl(qs ? `${pathname}?${qs}` : pathname);
  };

  const active = FACETS.filter((f) => filters[f]);
  const select = 'mt-1 block w-full min-w-0 rounded border border-stone-300 bg-white px-1.5 py-1 text-sm sm:px-2 sm:py-1.5 dark:border-stone-600 dark:bg-stone-900';
  const options: Record<Facet, { value: string; label: string }[]> = {
    assessment: ASSESSMENT.values.map((v) => ({ value: v.value, label: v.label })),
    kind: CLAIM_KIND.values.map((v) => ({ value: v.value, label: v.label })),
    confidence: CONFIDENCE.values.map((v) => ({ value: v.value, label: v.label })),
    entity: entities.map((e) => ({ value: e.id, label: e.name })),
  };
  const labels: Record<Facet, string> = { assessment: 'Assessment', kind: 'Kind', confidence: 'Confidence', entity: 'Entity or place' };

  return (
    <div>
      {/* Two filters a row on a phone, so they take a quarter of the first screen rather than all of it. */}
      <form role="search" aria-label="Filter claims" className="grid grid-cols-2 gap-x-2 gap-y-2 rounded-lg border border-stone-200 p-2.5 sm:gap-3 sm:p-4 lg:grid-cols-4 print:hidden dark:border-stone-800" onSubmit={(e) => e.preventDefault()}>
        {FACETS.map((f) => (
          <label key={f} className="min-w-0 text-xs font-medium sm:text-sm">
            {labels[f]}
            <select name={f} className={select} value={filters[f] ?? ''} onChange={(e) => update(f, e.target.value)}>
              <option value="">Any</option>
              {options[f].map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </form>
      <div className="mt-4 flex flex-wrap items-center gap-3 text-sm">
        <p role="status" aria-live="polite">
          Showing {visible.length} of {claims.length} claims
          {visible.some((c) => c.status) ? ` (${visible.filter((c) => c.status).length} superseded or withdrawn, listed last)` : ''}
        </p>
        {active.length ? (
          <button type="button" className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800" onClick={() => replaceUrl(pathname)}>
            Clear filters
          </button>
        ) : null}
      </div>
      <ul className="mt-2 rows" data-testid="claim-list">
        {visible.map((c) => (
          <li key={c.id} className="py-3">
            <div className="flex flex-wrap items-center gap-2">
              <AssessmentBadge value={c.assessment} />
              <ConfidenceBadge value={c.confidence} />
              {c.status ? <StatusBadge value={c.status} /> : null}
              <span className="text-xs muted">{CLAIM_KIND.get(c.kind).label}</span>
            </div>
            <Link href={c.href} className="mt-1 block font-medium">
              {c.title}
            </Link>
            <p className="text-sm subtle">{c.statement}</p>
          </li>
        ))}
      </ul>
      {visible.length === 0 ? <p className="mt-4 italic">No claim matches these filters.</p> : null}
    </div>
  );
}

function ExplorerFromUrl(props: { claims: ClaimSummary[]; entities: EntityOption[] }) {
  const params = useSearchParams();
  const filters: Filters = {};
  for (const f of FACETS) {
    const v = params.get(f);
    if (v) filters[f] = v;
  }
  return <Explorer {...props} filters={filters} />;
}

/** The claims index: filters live in the URL (?assessment=…&kind=…&confidence=…&entity=…), so a filtered view can be shared. */
export function ClaimsExplorer(props: { claims: ClaimSummary[]; entities: EntityOption[] }) {
  return (
    <Suspense fallback={<Explorer {...props} filters={{}} />}>
      <ExplorerFromUrl {...props} />
    </Suspense>
  );
}
