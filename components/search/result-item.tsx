import { AssessmentBadge } from '@/components/badges';
import type { SearchHit } from '@/lib/search/engine';
import { Highlighted } from './highlighted';
import { COLLECTIONS, kindLabel } from '@/lib/model/collections';

const TYPE_STYLE =
  'rounded border border-stone-300 px-1.5 py-0.5 text-[0.7rem] font-semibold uppercase tracking-wide text-stone-700 dark:border-stone-600 dark:text-stone-300';

/** The body of one result (type, title, assessment, alias, snippet); the caller wraps it in a link or an option. */
export function ResultSummary({ hit, compact = false }: { hit: SearchHit; compact?: boolean }) {
  const kind = kindLabel(hit.type, hit.kind);
  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className={TYPE_STYLE}>{COLLECTIONS[hit.type].label}</span>
        {hit.assessment ? <AssessmentBadge value={hit.assessment} /> : null}
        {hit.retired ? (
          <span className="text-xs font-semibold text-red-800 dark:text-red-300">Superseded or withdrawn</span>
        ) : null}
        {!compact && kind && hit.type !== 'claim' ? <span className="text-xs muted">{kind}</span> : null}
      </div>
      <p className={`mt-1 break-words font-medium ${compact ? 'text-sm' : 'text-base'}`}>
        <bdi>
          <Highlighted value={hit.title} />
        </bdi>
      </p>
      {hit.alias ? (
        <p className="text-xs muted">
          Also known as{' '}
          <bdi dir="auto">
            <Highlighted value={hit.alias} />
          </bdi>
        </p>
      ) : null}
      {hit.missing && hit.missing.length > 0 ? (
        <p className="text-xs muted">
          Missing:{' '}
          {hit.missing.map((word, i) => (
            <span key={word}>
              {i > 0 ? ', ' : null}
              <s>{word}</s>
            </span>
          ))}
        </p>
      ) : null}
      {hit.snippet ? (
        <p className={`mt-0.5 break-words subtle ${compact ? 'line-clamp-2 text-xs' : 'text-sm'}`}>
          {hit.snippet.before ? '… ' : null}
          <Highlighted value={hit.snippet} />
          {hit.snippet.after ? ' …' : null}
        </p>
      ) : null}
    </div>
  );
}
