'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { type ReactNode, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { replaceUrl } from '@/lib/search/url';
import { CLAIM_FACETS_URL, type ClaimFacetsData } from '@/lib/model/claim-facets';
import { formatCount, plural } from '@/lib/model/format';
import { hrefOf } from '@/lib/model/collections';
import { ASSESSMENT, CLAIM_KIND, CONFIDENCE } from '@/lib/model/scales';
import { ClaimRow } from './claim-row';

const FACETS = ['assessment', 'kind', 'confidence', 'entity'] as const;
type Facet = (typeof FACETS)[number];
type Filters = Partial<Record<Facet, string>>;

/** How many matches the filtered list shows at first, and adds each time the reader asks for more. */
const STEP = 100;

let facetsRequest: Promise<ClaimFacetsData> | null = null;
/** The facet file, fetched once per page (a failed fetch may be retried). */
function fetchFacets(): Promise<ClaimFacetsData> {
  if (!facetsRequest) {
    facetsRequest = fetch(CLAIM_FACETS_URL).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as ClaimFacetsData;
    });
    facetsRequest.catch(() => (facetsRequest = null));
  }
  return facetsRequest;
}

type FacetsState = { data?: ClaimFacetsData; failed?: boolean };

function useFacets(): [FacetsState, () => void] {
  const [state, setState] = useState<FacetsState>({});
  const load = useCallback(() => {
    fetchFacets().then(
      (data) => setState((s) => (s.data ? s : { data })),
      () => setState({ failed: true }),
    );
  }, []);
  return [state, load];
}

const retiredNote = (n: number) => (n ? ` (${n} superseded or withdrawn, listed last)` : '');

function Matches({
  facets,
  filters,
  total,
  action,
}: {
  facets: ClaimFacetsData;
  filters: Filters;
  total: number;
  action: ReactNode;
}) {
  const [limit, setLimit] = useState(STEP);
  const matches = useMemo(() => {
    const entity = filters.entity ? facets.entities.findIndex(([id]) => id === filters.entity) : -1;
    return facets.claims.filter(
      ([, , assessment, kind, confidence, entities]) =>
        (!filters.assessment || assessment === filters.assessment) &&
        (!filters.kind || kind === filters.kind) &&
        (!filters.confidence || confidence === filters.confidence) &&
        (!filters.entity || entities.includes(entity)),
    );
  }, [facets, filters]);
  const shown = matches.slice(0, limit);
  const retired = matches.filter((row) => row[6]).length;
  return (
    <>
      <StatusLine action={action}>
        {matches.length <= limit
          ? `Showing ${formatCount(matches.length)} of ${plural(total, 'claim')}${retiredNote(retired)}`
          : `Showing the first ${formatCount(limit)} of ${formatCount(matches.length)} matching claims (${formatCount(total)} in all)${retiredNote(retired)}`}
      </StatusLine>
      <ul className="mt-2 rows" data-testid="claim-list">
        {shown.map(([id, title, assessment, kind, confidence, , status]) => (
          <ClaimRow
            key={id}
            claim={{ href: hrefOf('claim', id), title, assessment, kind, confidence, ...(status ? { status } : {}) }}
          />
        ))}
      </ul>
      {matches.length === 0 ? <p className="mt-4 italic">No claim matches these filters.</p> : null}
      {matches.length > limit ? (
        <button type="button" className="chip mt-4" onClick={() => setLimit((n) => n + STEP)}>
          Show {formatCount(Math.min(STEP, matches.length - limit))} more
        </button>
      ) : null}
    </>
  );
}

/** The count of what is shown, announced as it changes, with the action that undoes the filters beside it. */
function StatusLine({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      <p role="status" aria-live="polite">
        {children}
      </p>
      {action}
    </div>
  );
}

interface ExplorerProps {
  /** Claims in the whole knowledge base. */
  total: number;
  /** What the static page shows when no filter is set ("Showing claims 101–200 of 1,234"). */
  pageStatus: string;
  /** The static page's own list and pager, shown when no filter is set. */
  children: ReactNode;
}

function Explorer({ total, pageStatus, children, filters }: ExplorerProps & { filters: Filters }) {
  const pathname = usePathname();
  const [facets, load] = useFacets();
  const active = FACETS.filter((f) => filters[f]);
  const filtering = active.length > 0;
  useEffect(() => {
    if (filtering) load();
  }, [filtering, load]);

  // Filters always apply to the whole knowledge base, so a filtered view lives at the index's first page.
  const base = pathname.replace(/page\/\d+\/$/, '');
  const update = (facet: Facet, value: string) => {
    const next = new URLSearchParams();
    for (const f of FACETS) {
      const v = f === facet ? value : filters[f];
      if (v) next.set(f, v);
    }
    const qs = next.toString();
    if (base !== pathname) window.location.assign(qs ? `${base}?${qs}` : base);
    else replaceUrl(qs ? `${base}?${qs}` : base);
  };

  const select =
    'mt-1 block w-full min-w-0 rounded border border-stone-300 bg-white px-1.5 py-1 text-sm sm:px-2 sm:py-1.5 dark:border-stone-600 dark:bg-stone-900';
  const entities =
    facets.data?.entities ?? (filters.entity ? [[filters.entity, filters.entity] as [string, string]] : []);
  const options: Record<Facet, { value: string; label: string }[]> = {
    assessment: ASSESSMENT.values.map((v) => ({ value: v.value, label: v.label })),
    kind: CLAIM_KIND.values.map((v) => ({ value: v.value, label: v.label })),
    confidence: CONFIDENCE.values.map((v) => ({ value: v.value, label: v.label })),
    entity: entities.map(([id, name]) => ({ value: id, label: name })),
  };
  const labels: Record<Facet, string> = {
    assessment: 'Assessment',
    kind: 'Kind',
    confidence: 'Confidence',
    entity: 'Entity or place',
  };
  const clear = (
    <button
      type="button"
      className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      onClick={() => replaceUrl(base)}
    >
      Clear filters
    </button>
  );

  return (
    <div>
      {/* Two filters a row on a phone, so they take a quarter of the first screen rather than all of it.
          The facet file is fetched as soon as a reader reaches for a filter, before the choice is made. */}
      <form
        role="search"
        aria-label="Filter claims"
        className="grid grid-cols-2 gap-x-2 gap-y-2 rounded-lg border border-stone-200 p-2.5 sm:gap-3 sm:p-4 lg:grid-cols-4 print:hidden dark:border-stone-800"
        onSubmit={(e) => e.preventDefault()}
        onPointerEnter={load}
        onFocus={load}
        onTouchStart={load}
      >
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
      {!filtering ? (
        <>
          <StatusLine>{pageStatus}</StatusLine>
          {children}
        </>
      ) : facets.data ? (
        <Matches
          key={active.map((f) => `${f}=${filters[f]}`).join('&')}
          facets={facets.data}
          filters={filters}
          total={total}
          action={clear}
        />
      ) : facets.failed ? (
        <StatusLine action={clear}>
          The filters could not be loaded.{' '}
          <button type="button" className="underline" onClick={load}>
            Try again
          </button>
        </StatusLine>
      ) : (
        <StatusLine action={clear}>Filtering {plural(total, 'claim')}…</StatusLine>
      )}
    </div>
  );
}

function ExplorerFromUrl(props: ExplorerProps) {
  const params = useSearchParams();
  const filters: Filters = {};
  for (const f of FACETS) {
    const v = params.get(f);
    if (v) filters[f] = v;
  }
  return <Explorer {...props} filters={filters} />;
}

/**
 * The claims index: a static page of claims with a pager, and filters over the whole knowledge
 * base. Filters live in the URL (?assessment=…&kind=…&confidence=…&entity=…), so a filtered view
 * can be shared; they read the compact facet file (lib/model/claim-facets.ts), never a page that
 * embeds every claim.
 */
export function ClaimsExplorer(props: ExplorerProps) {
  return (
    <Suspense fallback={<Explorer {...props} filters={{}} />}>
      <ExplorerFromUrl {...props} />
    </Suspense>
  );
}
