import {
  ASSESSMENT,
  type Assessment,
  CONFIDENCE,
  type Confidence,
  CREDIBILITY,
  LIKELIHOOD,
  type Likelihood,
  RELIABILITY,
  type Reliability,
  STANCE,
} from '@/lib/model/scales';

/** Symbol + colour + label for each assessment: the label and symbol carry the meaning, colour only adds to it. */
export const ASSESSMENT_STYLE: Record<Assessment, { symbol: string; badge: string; span: string }> = {
  corroborated: {
    symbol: '✓',
    badge: 'tint-corroborated',
    span: 'bg-emerald-100/70 underline decoration-solid decoration-emerald-700 dark:bg-emerald-900/40 dark:decoration-emerald-400',
  },
  'partly-corroborated': {
    symbol: '◐',
    badge: 'tint-partly',
    span: 'bg-teal-100/60 underline decoration-dashed decoration-teal-700 dark:bg-teal-900/40 dark:decoration-teal-300',
  },
  unverified: {
    symbol: '?',
    badge: 'tint-unverified',
    span: 'bg-amber-100/70 underline decoration-dotted decoration-amber-700 dark:bg-amber-900/40 dark:decoration-amber-300',
  },
  disputed: {
    symbol: '⇄',
    badge: 'tint-disputed',
    span: 'bg-orange-100/70 underline decoration-wavy decoration-orange-700 dark:bg-orange-900/40 dark:decoration-orange-300',
  },
  refuted: {
    symbol: '✗',
    badge: 'tint-refuted',
    span: 'bg-red-100/70 line-through decoration-red-700 dark:bg-red-900/40 dark:decoration-red-300',
  },
  opinion: {
    symbol: '❝',
    badge: 'tint-opinion',
    span: 'bg-violet-100/60 underline decoration-double decoration-violet-700 dark:bg-violet-900/40 dark:decoration-violet-300',
  },
};

const pill = 'pill';

export function AssessmentBadge({ value, className = '' }: { value: Assessment; className?: string }) {
  const style = ASSESSMENT_STYLE[value];
  const scale = ASSESSMENT.get(value);
  return (
    <span className={`${pill} ${style.badge} ${className}`} title={scale.definition}>
      <span aria-hidden="true">{style.symbol}</span>
      {scale.label}
    </span>
  );
}

const neutral = 'pill-neutral';

export function ConfidenceBadge({ value }: { value: Confidence }) {
  const s = CONFIDENCE.get(value);
  const bars = value === 'high' ? '▮▮▮' : value === 'moderate' ? '▮▮▯' : '▮▯▯';
  return (
    <span className={`${pill} ${neutral}`} title={s.definition}>
      <span aria-hidden="true" className="tracking-tighter">
        {bars}
      </span>
      {s.label}
    </span>
  );
}

export function LikelihoodBadge({ value }: { value: Likelihood }) {
  const s = LIKELIHOOD.get(value);
  return (
    <span className={`${pill} ${neutral}`} title={`ICD 203: ${s.definition}`}>
      {s.label} <span className="muted">({s.definition.split(' ')[0]})</span>
    </span>
  );
}

export function ReliabilityBadge({ value, withLabel = true }: { value: Reliability; withLabel?: boolean }) {
  const s = RELIABILITY.get(value);
  return (
    <span className={`${pill} ${neutral} font-mono`} title={`Source reliability ${s.label}. ${s.definition}`}>
      {withLabel ? s.label : value}
    </span>
  );
}

export function CredibilityBadge({ value }: { value: number }) {
  const s = CREDIBILITY.get(String(value) as '1');
  return (
    <span className={`${pill} ${neutral}`} title={`Information credibility ${s.label}. ${s.definition}`}>
      {s.label}
    </span>
  );
}

export function StanceBadge({ value }: { value: 'supports' | 'contradicts' | 'context' }) {
  const s = STANCE.get(value);
  const symbol = value === 'supports' ? '+' : value === 'contradicts' ? '−' : '○';
  const color =
    value === 'supports'
      ? 'border-emerald-700/40 text-emerald-900 dark:text-emerald-200'
      : value === 'contradicts'
        ? 'border-red-700/40 text-red-900 dark:text-red-200'
        : 'border-stone-400 subtle';
  return (
    <span className={`${pill} ${color}`} title={s.definition}>
      <span aria-hidden="true">{symbol}</span>
      {s.label}
    </span>
  );
}
