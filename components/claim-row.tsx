import Link from './link';
import { CLAIM_KIND, type Assessment, type ClaimKind, type ClaimStatus, type Confidence } from '@/lib/model/scales';
import { AssessmentBadge, ConfidenceBadge } from './badges';
import { StatusBadge } from './claim-status';

export interface ClaimRowData {
  href: string;
  title: string;
  /** Shown on the index's static pages; the filtered list (read from the facet file) has titles only. */
  statement?: string;
  assessment: Assessment;
  kind: ClaimKind;
  confidence: Confidence;
  status?: ClaimStatus;
}

/** One claim in a list of claims: its verdict, confidence, status and kind, then its title and statement. */
export function ClaimRow({ claim }: { claim: ClaimRowData }) {
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-center gap-2">
        <AssessmentBadge value={claim.assessment} />
        <ConfidenceBadge value={claim.confidence} />
        {claim.status ? <StatusBadge value={claim.status} /> : null}
        <span className="text-xs muted">{CLAIM_KIND.get(claim.kind).label}</span>
      </div>
      <Link href={claim.href} className="mt-1 block font-medium">
        {claim.title}
      </Link>
      {claim.statement ? <p className="text-sm subtle">{claim.statement}</p> : null}
    </li>
  );
}
