import { ASSESSMENT, type Assessment } from '@/lib/model/scales';
import { ASSESSMENT_STYLE } from './badges';

const BAR: Record<Assessment, string> = {
  corroborated: 'bg-emerald-600',
  'partly-corroborated': 'bg-teal-500',
  unverified: 'bg-amber-400',
  disputed: 'bg-orange-600',
  refuted: 'bg-red-600',
  opinion: 'bg-violet-500',
};

/** How a report's claims are sourced, at a glance: a bar for the eye and a labelled list for everyone. */
export function SourcingProfile({
  profile,
  title = 'Sourcing profile',
  id = 'profile',
  label,
}: {
  profile: Record<Assessment, number>;
  title?: string;
  id?: string;
  label?: string;
}) {
  const total = Object.values(profile).reduce((a, b) => a + b, 0);
  const checkable = total - profile.opinion;
  return (
    // Several profiles on one page (the reports index) each need their own id and name.
    <section
      {...(label ? { 'aria-label': label } : { 'aria-labelledby': `h-${id}` })}
      className="rounded-lg border border-stone-200 p-4 dark:border-stone-800"
      data-testid="sourcing-profile"
    >
      <h2 id={`h-${id}`} className="text-base font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm subtle">
        {total} claims: {checkable} checkable, {profile.opinion} opinion or recommendation. {profile.corroborated} of
        the {checkable} checkable claims are corroborated.
      </p>
      {total > 0 ? (
        <div
          className="mt-3 flex h-3 w-full overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
          aria-hidden="true"
        >
          {ASSESSMENT.ids.map((a) =>
            profile[a] ? (
              <div
                key={a}
                className={BAR[a]}
                style={{ width: `${(profile[a] / total) * 100}%` }}
                title={`${ASSESSMENT.get(a).label}: ${profile[a]}`}
              />
            ) : null,
          )}
        </div>
      ) : null}
      <ul className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 text-sm min-[420px]:grid-cols-2">
        {ASSESSMENT.ids.map((a) => (
          <li key={a} className="flex items-center gap-2" data-assessment={a}>
            <span aria-hidden="true" className={`inline-block h-3 w-3 shrink-0 rounded-sm ${BAR[a]}`} />
            <span aria-hidden="true" className="w-3 shrink-0 text-center">
              {ASSESSMENT_STYLE[a].symbol}
            </span>
            <span>
              {ASSESSMENT.get(a).label}: <strong>{profile[a]}</strong>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
