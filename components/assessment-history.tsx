import type { ReactNode } from 'react';
import type { AssessmentHistory as History } from '@/lib/model/corpus';
import { formatDate } from '@/lib/model/format';
import { commitUrl, SITE, type SiteIdentity } from '@/lib/model/site';
import { AssessmentBadge, ConfidenceBadge, LikelihoodBadge } from './badges';
import { ExternalLink } from './links';
import { EmptyNote, Section } from './ui';

const none = <span className="italic">none</span>;

function Change({ label, from, to }: { label: string; from: ReactNode; to: ReactNode }) {
  return (
    <li className="flex flex-wrap items-center gap-2">
      <span className="w-24 font-medium">{label}</span>
      {from}
      <span aria-hidden="true">→</span>
      <span className="sr-only">changed to</span>
      {to}
    </li>
  );
}

/** The commit's subject, linked to the commit only when the build was given a repository (REPOSITORY_URL). */
function CommitLink({
  commit,
  subject,
  repository,
}: {
  commit: string;
  subject: string;
  repository: SiteIdentity['repository'];
}) {
  const href = commitUrl(commit, repository);
  return href ? <ExternalLink href={href}>{subject}</ExternalLink> : <span>{subject}</span>;
}

/**
 * How a claim's assessment, likelihood and confidence changed, commit by commit, oldest first
 * (read from git by the content layer). Commit subjects are shown as text, never as markup.
 */
export function AssessmentHistory({
  history,
  repository = SITE.repository,
}: {
  history: History;
  repository?: SiteIdentity['repository'];
}) {
  const { changes, complete } = history;
  return (
    <Section title="Assessment history" id="history" count={changes.length}>
      {changes.length === 0 ? (
        <EmptyNote>No committed history of this claim is available in this build.</EmptyNote>
      ) : (
        <ol
          className="space-y-4 border-l-2 border-stone-200 pl-4 dark:border-stone-800"
          data-testid="assessment-history"
        >
          {changes.map(({ commit, date, subject, from, to }) => (
            <li key={commit}>
              <p className="text-sm muted">
                <time dateTime={date}>{formatDate(date)}</time> ·{' '}
                <CommitLink commit={commit} subject={subject} repository={repository} />
              </p>
              {from ? (
                <ul className="mt-1 space-y-1 text-sm">
                  {from.assessment !== to.assessment ? (
                    <Change
                      label="Assessment"
                      from={<AssessmentBadge value={from.assessment} />}
                      to={<AssessmentBadge value={to.assessment} />}
                    />
                  ) : null}
                  {from.likelihood !== to.likelihood ? (
                    <Change
                      label="Likelihood"
                      from={from.likelihood ? <LikelihoodBadge value={from.likelihood} /> : none}
                      to={to.likelihood ? <LikelihoodBadge value={to.likelihood} /> : none}
                    />
                  ) : null}
                  {from.confidence !== to.confidence ? (
                    <Change
                      label="Confidence"
                      from={<ConfidenceBadge value={from.confidence} />}
                      to={<ConfidenceBadge value={to.confidence} />}
                    />
                  ) : null}
                </ul>
              ) : (
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-medium">{complete ? 'First assessed' : 'Assessed'}</span>
                  <AssessmentBadge value={to.assessment} />
                  {to.likelihood ? <LikelihoodBadge value={to.likelihood} /> : null}
                  <ConfidenceBadge value={to.confidence} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {!complete && changes.length ? (
        <p className="mt-3 text-sm italic muted">
          Earlier changes are not shown: this copy of the site was built from a partial history.
        </p>
      ) : null}
    </Section>
  );
}
