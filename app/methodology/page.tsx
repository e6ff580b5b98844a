import type { Metadata } from 'next';
import Link from '@/components/link';
import { AssessmentBadge } from '@/components/badges';
import { PageMeta } from '@/components/page-meta';
import { PageTitle, Section } from '@/components/ui';
import { EVIDENCE_RULES, LIKELIHOOD_FOR } from '@/lib/content/evidence-rules';
import { getCorpus } from '@/lib/content/store';
import { REVIEW_PERIOD_MONTHS, REVIEW_PERIOD_REASON } from '@/lib/model/claim-status';
import {
  ASSESSMENT,
  CLAIM_KIND,
  CLAIM_STATUS,
  CONFIDENCE,
  CREDIBILITY,
  LIKELIHOOD,
  RELIABILITY,
  type ScaleValue,
  STANCE,
} from '@/lib/model/scales';
import { CONFIDENCE_MAPPING } from '@/lib/model/open-data';
import { EDITORIAL_PAGES } from '@/lib/model/site';
import { CLAIM_RATING, pageMetadata } from '@/lib/model/structured-data';

export const metadata: Metadata = pageMetadata({
  title: 'Methodology',
  description:
    'How Corroborate assesses claims: assessment, ICD 203 likelihood, confidence, Admiralty reliability and credibility.',
  path: '/methodology/',
});

function ScaleTable({
  caption,
  values,
  codeHeader = 'Value',
}: {
  caption: string;
  values: readonly ScaleValue[];
  codeHeader?: string;
}) {
  return (
    // Focusable, so a keyboard can scroll the table when it is wider than a phone (WCAG 2.1.1).
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300 dark:border-stone-700">
            <th scope="col" className="py-2 pr-4">
              {codeHeader}
            </th>
            <th scope="col" className="py-2 pr-4">
              Meaning
            </th>
            {values.some((v) => v.use) ? (
              <th scope="col" className="py-2">
                When we use it
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {values.map((v) => (
            <tr key={v.value} className="border-b border-stone-200 align-top dark:border-stone-800">
              <th scope="row" className="py-2 pr-4 font-medium whitespace-nowrap">
                {v.label}
              </th>
              <td className="py-2 pr-4">{v.definition}</td>
              {values.some((x) => x.use) ? <td className="py-2">{v.use}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function MethodologyPage() {
  return (
    <article className="max-w-4xl">
      <PageTitle title="How we assess claims">
        <p className="text-lg">
          Every claim carries several separate judgements. They answer different questions, so we never fold them into
          one score: <em>is it supported?</em> (assessment), <em>how probable is it?</em> (likelihood),{' '}
          <em>how good is our evidence?</em> (confidence), and for each source, <em>how far do we trust it?</em>{' '}
          (reliability) and <em>how believable is this piece of information?</em> (credibility).
        </p>
      </PageTitle>

      <Section title="Assessment: the verdict you see first" id="assessment">
        <p className="mb-3">
          Shown as a labelled badge with a symbol (never by colour alone). In report text, each claim span carries the
          same label.
        </p>
        <ul className="mb-4 flex flex-wrap gap-2">
          {ASSESSMENT.ids.map((a) => (
            <li key={a}>
              <AssessmentBadge value={a} />
            </li>
          ))}
        </ul>
        <ScaleTable caption="Assessment values" values={ASSESSMENT.values} codeHeader="Assessment" />
      </Section>

      <Section title="Likelihood: ICD 203 estimative language" id="likelihood">
        <p className="mb-3">
          For checkable claims we say how probable we judge the claim to be, in the seven terms of US Intelligence
          Community Directive 203, each tied to a probability band. We use one row of terms only, and never combine a
          likelihood and a confidence level in the same sentence. Opinions and recommendations have no likelihood.
        </p>
        <ScaleTable caption="Likelihood terms and probability bands" values={LIKELIHOOD.values} codeHeader="Term" />
      </Section>

      <Section title="Confidence: how good the evidence base is" id="confidence">
        <p className="mb-3">
          Confidence is separate from likelihood: we can be highly confident that something is unlikely. It reflects how
          timely, consistent and extensive the sourcing is, and the gaps in it.
        </p>
        <ScaleTable caption="Confidence levels" values={CONFIDENCE.values} codeHeader="Level" />
      </Section>

      <Section title="Source reliability: the Admiralty code, A–F" id="reliability">
        <p className="mb-3">
          Each source is rated once, with a one-line reason shown on its page. Reliability judges the source, not any
          single statement in it. A mirror or syndicated copy is rated for its original publisher, and the copy we read
          is named.
        </p>
        <ScaleTable caption="Source reliability" values={RELIABILITY.values} codeHeader="Grade" />
      </Section>

      <Section title="Information credibility: the Admiralty code, 1–6" id="credibility">
        <p className="mb-3">
          Each piece of evidence cited for a claim gets its own credibility: the same reliable outlet can carry a
          confirmed fact (1) and an unverifiable assertion (6).
        </p>
        <ScaleTable caption="Information credibility" values={CREDIBILITY.values} codeHeader="Grade" />
      </Section>

      <Section title="Claim kinds and evidence stances" id="kinds">
        <ScaleTable caption="Claim kinds" values={CLAIM_KIND.values} codeHeader="Kind" />
        <div className="mt-6">
          <ScaleTable caption="Evidence stances" values={STANCE.values} codeHeader="Stance" />
        </div>
      </Section>

      <Section title="Our rules of evidence" id="rules">
        <p className="mb-3">
          A verdict must follow from its evidence. These rules are checked on every claim each time the knowledge base
          is built: a claim that breaks an error-level rule cannot be published, and a warning asks a reviewer for a
          second look.
        </p>
        <p className="mb-3">
          <strong>Independent lines of evidence.</strong> Two sources are independent only if they share neither a copy
          chain (a syndication or mirror and the original it republishes) nor an origin (the agency, official or report
          whose statement they relay). Supporting sources are grouped into lines accordingly, and the rules count lines,
          not articles: three outlets reprinting one statement are one line. The exception is a claim about what someone
          said: outlets that each report the speaker&rsquo;s words are separate witnesses of the statement itself
          (copies still count once). Each claim page shows its lines.
        </p>
        <ol className="list-decimal space-y-2 pl-6" data-testid="evidence-rules">
          {EVIDENCE_RULES.map((rule) => (
            <li key={rule.id}>
              {rule.statement}{' '}
              <span className="whitespace-nowrap text-sm muted">
                ({rule.severity === 'error' ? 'an error' : 'a warning'}; <code>{rule.id}</code>)
              </span>
            </li>
          ))}
        </ol>
        <div
          className="mt-6 overflow-x-auto"
          tabIndex={0}
          role="region"
          aria-label="Likelihoods allowed with each verdict"
        >
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-semibold">Likelihoods allowed with each verdict</caption>
            <thead>
              <tr className="border-b border-stone-300 dark:border-stone-700">
                <th scope="col" className="py-2 pr-4">
                  Assessment
                </th>
                <th scope="col" className="py-2">
                  Likelihood
                </th>
              </tr>
            </thead>
            <tbody>
              {ASSESSMENT.ids.map((a) => {
                const allowed = LIKELIHOOD_FOR[a];
                return (
                  <tr key={a} className="border-b border-stone-200 align-top dark:border-stone-800">
                    <th scope="row" className="py-2 pr-4 font-medium whitespace-nowrap">
                      {ASSESSMENT.get(a).label}
                    </th>
                    <td className="py-2">
                      {allowed === 'none'
                        ? 'None: not true or false'
                        : allowed.length === LIKELIHOOD.ids.length
                          ? 'Any'
                          : allowed.map((l) => LIKELIHOOD.get(l).label).join(', ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <h3 className="mt-6 font-semibold">Principles</h3>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            Every source is a real document we found and read; where we read a copy rather than the original, the source
            page says so.
          </li>
          <li>
            We never invent a source, quote, figure or date. Where a fact cannot be verified, we say so:
            &ldquo;unverified&rdquo; is an assessment, not a gap.
          </li>
          <li>
            Opinions and recommendations are always shown with whose view they are; their notes link the factual claims
            they rest on.
          </li>
          <li>Where sources disagree on a figure, we give the range and say who says what.</li>
        </ul>
      </Section>

      <Section title="When claims are reviewed again" id="review">
        <p className="mb-3">
          A verdict is true as of the day it was last checked. Each claim is due for another look by a date: the one its
          file sets (<code>review_by</code>), or else its last review plus the period for its kind below. Past that date
          the claim carries a &ldquo;due for review&rdquo; badge and is listed on the{' '}
          <Link href="/review/">review page</Link>. Whether a claim is due is worked out each time the site is built,
          against the day of the build, so a nightly build keeps it true.
        </p>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Review periods by claim kind">
          <table className="w-full text-left text-sm" data-testid="review-periods">
            <caption className="sr-only">Review periods by claim kind</caption>
            <thead>
              <tr className="border-b border-stone-300 dark:border-stone-700">
                <th scope="col" className="py-2 pr-4">
                  Kind
                </th>
                <th scope="col" className="py-2 pr-4">
                  Review after
                </th>
                <th scope="col" className="py-2">
                  Why
                </th>
              </tr>
            </thead>
            <tbody>
              {CLAIM_KIND.values.map((k) => {
                const months = REVIEW_PERIOD_MONTHS[k.value];
                return (
                  <tr key={k.value} className="border-b border-stone-200 align-top dark:border-stone-800">
                    <th scope="row" className="py-2 pr-4 font-medium whitespace-nowrap">
                      {k.label}
                    </th>
                    <td className="py-2 pr-4 whitespace-nowrap">
                      {months % 12 === 0 ? `${months / 12} year${months === 12 ? '' : 's'}` : `${months} months`}
                    </td>
                    <td className="py-2">{REVIEW_PERIOD_REASON[k.value]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Section>

      <Section title="Claims that no longer stand" id="status">
        <p className="mb-3">
          A claim is never deleted: its address is permanent, and others may cite it. As with Wikidata&rsquo;s ranks, a
          claim that no longer stands keeps its page, under a banner that says when and why, and links to what replaced
          it. It is left out of every count and sourcing profile and comes last in lists and search.
        </p>
        <ScaleTable caption="Claim status" values={CLAIM_STATUS.values} codeHeader="Status" />
      </Section>

      <Section title="In machine-readable form: STIX confidence and ClaimReview ratings" id="stix">
        <p className="mb-3">
          The <Link href="/data/">open-data downloads</Link> carry the same judgements. In STIX 2.1 each claim is a{' '}
          <code>note</code> on the reports that make it and the entities it names, and its <code>confidence</code>{' '}
          (0–100) follows the confidence appendix of the STIX 2.1 specification: our ICD 203 likelihood is its
          &ldquo;DNI scale&rdquo;, and each evidence item&rsquo;s Admiralty credibility its &ldquo;Admiralty
          Credibility&rdquo; scale. The appendix has no scale for a source&rsquo;s reliability (A–F), so we give it no
          number. Every original value travels unchanged in <code>x_corroborate_*</code> properties, so nothing is lost
          in the conversion.
        </p>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="How our scales map to STIX confidence">
          <table className="w-full text-left text-sm" data-testid="stix-mapping">
            <caption className="mb-2 text-left font-semibold">How our scales map to STIX confidence</caption>
            <thead>
              <tr className="border-b border-stone-300 dark:border-stone-700">
                <th scope="col" className="py-2 pr-4">
                  Our value
                </th>
                <th scope="col" className="py-2 pr-4">
                  STIX <code>confidence</code>
                </th>
                <th scope="col" className="py-2">
                  Kept as
                </th>
              </tr>
            </thead>
            <tbody>
              {LIKELIHOOD.values.map((v) => (
                <tr key={v.value} className="border-b rule">
                  <td className="py-2 pr-4 font-medium">Likelihood: {v.label}</td>
                  <td className="py-2 pr-4">{CONFIDENCE_MAPPING.likelihood[v.value]} (on the claim&rsquo;s note)</td>
                  <td className="py-2">
                    <code>x_corroborate_likelihood</code>
                  </td>
                </tr>
              ))}
              {CREDIBILITY.values.map((v) => (
                <tr key={v.value} className="border-b rule">
                  <td className="py-2 pr-4 font-medium">Credibility {v.label}</td>
                  <td className="py-2 pr-4">
                    {CONFIDENCE_MAPPING.credibility[Number(v.value)] ??
                      'none (the appendix gives this value no number)'}{' '}
                    (on the evidence item)
                  </td>
                  <td className="py-2">
                    <code>x_corroborate_evidence[].credibility</code>
                  </td>
                </tr>
              ))}
              <tr className="border-b rule">
                <td className="py-2 pr-4 font-medium">Reliability A–F</td>
                <td className="py-2 pr-4">none: the appendix has no reliability scale</td>
                <td className="py-2">
                  <code>x_corroborate_evidence[].reliability</code>
                </td>
              </tr>
              <tr className="border-b rule">
                <td className="py-2 pr-4 font-medium">Assessment, analytic confidence</td>
                <td className="py-2 pr-4">none: they are not probabilities</td>
                <td className="py-2">
                  <code>x_corroborate_assessment</code>, <code>x_corroborate_confidence</code>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
        <p className="mt-3">
          An opinion or recommendation has no likelihood, so its note has no <code>confidence</code>. Objects keep their
          ids from one export to the next (UUIDv5 of our ids), so a platform that imports a newer bundle updates them.
          On each claim page, the schema.org <code>ClaimReview</code> rates the verdict from {CLAIM_RATING.worst} to{' '}
          {CLAIM_RATING.best}:{' '}
          {ASSESSMENT.values
            .filter((v) => CLAIM_RATING.values[v.value] !== null)
            .map((v) => `${v.label} ${CLAIM_RATING.values[v.value]}`)
            .join(', ')}
          ; an opinion gets its name but no number.
        </p>
      </Section>

      <PageMeta file={EDITORIAL_PAGES.methodology} changed={getCorpus().pages.methodology} />
    </article>
  );
}
