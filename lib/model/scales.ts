/**
 * The analyst scales Corroborate uses. Each value carries the label a reader sees and a
 * one-line definition; the methodology page, the badges, the validator's "allowed values"
 * and CONTRIBUTING.md all read from here, so a scale is defined exactly once.
 */

export interface ScaleValue<V extends string = string> {
  value: V;
  label: string;
  /** What the value means, for a reader meeting it for the first time. */
  definition: string;
  /** When a contributor should choose it. */
  use?: string;
}

function scale<const V extends string>(values: readonly ScaleValue<V>[]) {
  const ids = values.map((v) => v.value) as [V, ...V[]];
  const byValue = new Map(values.map((v) => [v.value, v] as const));
  return {
    values,
    ids,
    get(value: V): ScaleValue<V> {
      const found = byValue.get(value);
      if (!found) throw new Error(`unknown scale value: ${value}`);
      return found;
    },
  };
}

/** The verdict a reader sees first. */
export const ASSESSMENT = scale([
  {
    value: 'corroborated',
    label: 'Corroborated',
    definition: 'Independent, reliable sources confirm the claim as stated.',
    use: 'At least two independent sources support it, or one primary source of record (e.g. an official document) does, and nothing credible contradicts it.',
  },
  {
    value: 'partly-corroborated',
    label: 'Partly corroborated',
    definition: 'Part of the claim is confirmed; part is unconfirmed, overstated or out of date.',
    use: 'The core holds but a figure, date, scope or wording does not; the notes say which part.',
  },
  {
    value: 'unverified',
    label: 'Unverified',
    definition: 'We found no independent source that confirms or refutes the claim.',
    use: 'The claim rests on anonymous or single-source reporting we could not check. This is an assessment, not an accusation.',
  },
  {
    value: 'disputed',
    label: 'Disputed',
    definition: 'Credible sources disagree, or the evidence points both ways.',
    use: 'Record the sources on each side with their stance.',
  },
  {
    value: 'refuted',
    label: 'Refuted',
    definition: 'Reliable evidence shows the claim is false as stated.',
    use: 'Only with contradicting evidence of reliability A–C and credibility 1–2.',
  },
  {
    value: 'opinion',
    label: 'Opinion',
    definition: 'A judgement, characterisation or recommendation that cannot be checked as true or false.',
    use: 'For kinds opinion and recommendation. No likelihood; the notes name the factual premises it rests on.',
  },
] as const);

/** What sort of assertion a claim is. */
export const CLAIM_KIND = scale([
  { value: 'factual', label: 'Factual', definition: 'States that something is or was the case.' },
  { value: 'statistical', label: 'Statistical', definition: 'Rests on a count, figure or comparison of numbers.' },
  { value: 'event', label: 'Event', definition: 'Reports that a specific event happened at a place and time.' },
  { value: 'attribution', label: 'Attribution', definition: 'Reports what a named person or body said or concluded.' },
  { value: 'prediction', label: 'Prediction', definition: 'Says what will or may happen.' },
  {
    value: 'opinion',
    label: 'Opinion',
    definition: 'A judgement or characterisation, not checkable as true or false.',
  },
  { value: 'recommendation', label: 'Recommendation', definition: 'Says what someone should do.' },
] as const);

/** US ICD 203 estimative language, with its probability bands. */
export const LIKELIHOOD = scale([
  { value: 'almost-no-chance', label: 'Almost no chance', definition: '1–5 % (remote)' },
  { value: 'very-unlikely', label: 'Very unlikely', definition: '5–20 % (highly improbable)' },
  { value: 'unlikely', label: 'Unlikely', definition: '20–45 % (improbable)' },
  { value: 'roughly-even-chance', label: 'Roughly even chance', definition: '45–55 % (roughly even odds)' },
  { value: 'likely', label: 'Likely', definition: '55–80 % (probable)' },
  { value: 'very-likely', label: 'Very likely', definition: '80–95 % (highly probable)' },
  { value: 'almost-certain', label: 'Almost certain', definition: '95–99 % (nearly certain)' },
] as const);

/** Analytic confidence (ICD 203): how good the evidence base is, separate from likelihood. */
export const CONFIDENCE = scale([
  {
    value: 'low',
    label: 'Low confidence',
    definition:
      'The information is scant, questionable, fragmented or poorly corroborated; solid conclusions cannot be drawn.',
  },
  {
    value: 'moderate',
    label: 'Moderate confidence',
    definition:
      'The information is credibly sourced and plausible but not of sufficient quality or corroborated sufficiently for higher confidence.',
  },
  {
    value: 'high',
    label: 'High confidence',
    definition:
      'The judgement rests on high-quality information from several sources, or the nature of the issue makes a solid judgement possible.',
  },
] as const);

/** NATO Admiralty code: reliability of a source. */
export const RELIABILITY = scale([
  {
    value: 'A',
    label: 'A: Completely reliable',
    definition: 'No doubt of authenticity, trustworthiness or competence; a history of complete reliability.',
  },
  {
    value: 'B',
    label: 'B: Usually reliable',
    definition: 'Minor doubt; a history of valid information most of the time.',
  },
  { value: 'C', label: 'C: Fairly reliable', definition: 'Doubt; has provided valid information in the past.' },
  {
    value: 'D',
    label: 'D: Not usually reliable',
    definition: 'Significant doubt; has provided valid information in the past.',
  },
  {
    value: 'E',
    label: 'E: Unreliable',
    definition: 'Lacking authenticity, trustworthiness and competence; a history of invalid information.',
  },
  {
    value: 'F',
    label: 'F: Reliability cannot be judged',
    definition: 'No basis exists for evaluating the reliability of the source.',
  },
] as const);

/** NATO Admiralty code: credibility of one piece of information. */
export const CREDIBILITY = scale([
  {
    value: '1',
    label: '1: Confirmed',
    definition: 'Confirmed by other independent sources; logical in itself; consistent with other information.',
  },
  {
    value: '2',
    label: '2: Probably true',
    definition: 'Not confirmed; logical in itself; consistent with other information.',
  },
  {
    value: '3',
    label: '3: Possibly true',
    definition: 'Not confirmed; reasonably logical; agrees with some other information.',
  },
  {
    value: '4',
    label: '4: Doubtful',
    definition: 'Not confirmed; possible but not logical; no other information on the subject.',
  },
  {
    value: '5',
    label: '5: Improbable',
    definition: 'Not confirmed; not logical in itself; contradicted by other information.',
  },
  {
    value: '6',
    label: '6: Truth cannot be judged',
    definition: 'No basis exists for evaluating the validity of the information.',
  },
] as const);

export const STANCE = scale([
  {
    value: 'supports',
    label: 'Supports',
    definition: 'The source says what the claim says, in whole or in the part the locator points to.',
  },
  { value: 'contradicts', label: 'Contradicts', definition: 'The source says something incompatible with the claim.' },
  {
    value: 'context',
    label: 'Context',
    definition: 'The source neither confirms nor refutes the claim but changes how it should be read.',
  },
] as const);

export const RELATION = scale([
  { value: 'supports', label: 'Supports', definition: 'If that claim holds, it makes this one more likely.' },
  { value: 'contradicts', label: 'Contradicts', definition: 'That claim and this one cannot both hold as stated.' },
  {
    value: 'refines',
    label: 'Refines',
    definition: 'This claim states that one more precisely (a narrower time, place or figure).',
  },
  { value: 'duplicates', label: 'Duplicates', definition: 'The same assertion, made elsewhere or in other words.' },
  {
    value: 'premise',
    label: 'Rests on',
    definition: 'This claim (typically an opinion or recommendation) takes that factual claim as a premise.',
  },
] as const);

export const SOURCE_KIND = scale([
  {
    value: 'un-document',
    label: 'UN document',
    definition: 'A document of a UN body: report, briefing, press statement.',
  },
  { value: 'government', label: 'Government', definition: 'An official statement or document of a state.' },
  { value: 'ngo', label: 'NGO', definition: 'A non-governmental organisation: human-rights group, monitor.' },
  { value: 'news', label: 'News report', definition: 'Reporting by a news organisation or wire service.' },
  { value: 'think-tank', label: 'Think tank', definition: 'Analysis by a research institute or policy centre.' },
  { value: 'academic', label: 'Academic', definition: 'Peer-reviewed or scholarly publication.' },
  { value: 'opinion', label: 'Opinion piece', definition: 'A signed or unsigned commentary arguing a view.' },
  {
    value: 'reference',
    label: 'Reference work',
    definition: 'An encyclopaedia or similar compilation; a pointer, never a primary.',
  },
  { value: 'social-media', label: 'Social media', definition: 'A post on a social platform or messaging channel.' },
  { value: 'anonymous', label: 'Anonymous', definition: 'Unattributed information ("reliable sources").' },
] as const);

/** Whether the copy we read is the publisher's own. */
export const COPY = scale([
  { value: 'original', label: 'Original', definition: "Read on the publisher's own site or in the official record." },
  {
    value: 'syndication',
    label: 'Syndication',
    definition: 'Read in an authorised republication (a wire story carried by another outlet).',
  },
  {
    value: 'mirror',
    label: 'Mirror',
    definition: 'Read in an unofficial copy of the original; the original was not available to us.',
  },
] as const);

export const ENTITY_KIND = scale([
  { value: 'organisation', label: 'Organisation', definition: 'A group, state body, agency, company or armed group.' },
  { value: 'person', label: 'Person', definition: 'A named individual.' },
  { value: 'place', label: 'Place', definition: 'A country, province, district, city or site.' },
] as const);

export const PLACE_TYPE = scale([
  { value: 'country', label: 'Country', definition: 'A sovereign state.' },
  { value: 'region', label: 'Region', definition: 'A sub-national or cross-border region.' },
  { value: 'province', label: 'Province', definition: 'A first-level administrative division.' },
  { value: 'district', label: 'District', definition: 'A second-level administrative division.' },
  { value: 'city', label: 'City or town', definition: 'A settlement.' },
  { value: 'site', label: 'Site', definition: 'A building, facility or landmark.' },
] as const);

export const REPORT_KIND = scale([
  { value: 'opinion', label: 'Opinion', definition: 'Commentary arguing a view.' },
  { value: 'analysis', label: 'Analysis', definition: 'An analytical piece or study.' },
  { value: 'news', label: 'News', definition: 'A news report.' },
  { value: 'official', label: 'Official document', definition: 'A government or intergovernmental document.' },
] as const);

export const PROVENANCE_RELATION = scale([
  { value: 'published-at', label: 'Published at', definition: 'Where this text was found.' },
  {
    value: 'copies',
    label: 'Copies text from',
    definition: 'Passages of the report reproduce this source nearly word for word.',
  },
  {
    value: 'repeated-by',
    label: 'Repeated by',
    definition: 'Another text repeats the report’s claims; not independent corroboration.',
  },
  {
    value: 'possible-source',
    label: 'Possible source',
    definition: 'Wording resembles this source, but we could not confirm the borrowing.',
  },
] as const);

/** A claim's standing over time, as in Wikidata's ranks: absent while it is current. */
export const CLAIM_STATUS = scale([
  {
    value: 'superseded',
    label: 'Superseded',
    definition:
      'Replaced by a newer claim that states it better (a later figure, a corrected date or scope); kept at its address for the record.',
    use: 'Name the claim that replaces it in superseded_by, with status_reason and status_date.',
  },
  {
    value: 'withdrawn',
    label: 'Withdrawn',
    definition:
      'No longer stands (made in error, or a duplicate) and nothing replaces it; kept at its address for the record.',
    use: 'Say why in status_reason, with status_date.',
  },
] as const);

export type Assessment = (typeof ASSESSMENT.ids)[number];
export type ClaimStatus = (typeof CLAIM_STATUS.ids)[number];
export type ClaimKind = (typeof CLAIM_KIND.ids)[number];
export type Likelihood = (typeof LIKELIHOOD.ids)[number];
export type Confidence = (typeof CONFIDENCE.ids)[number];
export type Reliability = (typeof RELIABILITY.ids)[number];
export type SourceKind = (typeof SOURCE_KIND.ids)[number];
export type EntityKind = (typeof ENTITY_KIND.ids)[number];
