import Link from './link';
import type { Claim } from '@/lib/model/corpus';
import { formatDate } from '@/lib/model/format';
import { CLAIM_STATUS, type ClaimStatus } from '@/lib/model/scales';

const pill = 'pill';

/** "Superseded" or "Withdrawn", beside a claim in a list. */
export function StatusBadge({ value }: { value: ClaimStatus }) {
  return (
    <span
      className={`${pill} border-red-700/50 bg-white text-red-900 dark:border-red-400/50 dark:bg-stone-950 dark:text-red-200`}
      title={CLAIM_STATUS.get(value).definition}
    >
      <span aria-hidden="true">⊘</span>
      {CLAIM_STATUS.get(value).label}
    </span>
  );
}

/** The claim is past its review date on the day the site was built. */
export function DueBadge({ since }: { since: string }) {
  return (
    <span
      className={`${pill} border-amber-700/60 bg-amber-50 text-amber-950 dark:border-amber-400/60 dark:bg-amber-950 dark:text-amber-100`}
      title={`Due for review since ${formatDate(since)}`}
      data-testid="due-badge"
    >
      <span aria-hidden="true">⏲</span>
      Due for review
    </span>
  );
}

/** At the top of a superseded or withdrawn claim: what happened, when, why, and what replaced it. */
export function StatusBanner({ claim }: { claim: Claim }) {
  if (!claim.status) return null;
  const scale = CLAIM_STATUS.get(claim.status);
  return (
    <aside
      role="note"
      aria-labelledby="status-title"
      data-testid="status-banner"
      className="mb-6 rounded-lg border-2 border-red-700/60 bg-red-50 p-4 dark:border-red-400/60 dark:bg-red-950/60"
    >
      <p id="status-title" className="font-semibold text-red-900 dark:text-red-100">
        <span aria-hidden="true">⊘ </span>
        {scale.label}
        {claim.status_date ? ` on ${formatDate(claim.status_date)}` : ''}: this claim no longer stands, and is not
        counted.
      </p>
      {claim.status_reason ? <p className="mt-1 text-sm">{claim.status_reason}</p> : null}
      {claim.superseded_by ? (
        <p className="mt-2 text-sm">
          Replaced by{' '}
          <Link href={claim.superseded_by.href} className="font-semibold">
            {claim.superseded_by.title}
          </Link>
          {claim.currentVersion ? (
            <>
              , itself replaced since; the current claim is{' '}
              <Link href={claim.currentVersion.href}>{claim.currentVersion.title}</Link>
            </>
          ) : null}
          .
        </p>
      ) : null}
      <p className="mt-2 text-xs subtle">
        Kept at its address for the record: the assessment below is as it stood then.
      </p>
    </aside>
  );
}
