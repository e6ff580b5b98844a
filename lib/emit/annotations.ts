/**
 * W3C Web Annotations (JSON-LD): one AnnotationCollection per report, one annotation per marked
 * claim, whose body is our verdict with a link to the claim's page.
 *
 * - A full-text report: each `<Claim>` span, selected by a TextQuoteSelector (exact, prefix,
 *   suffix) and a TextPositionSelector, both on the report's plain text, which is published beside
 *   the annotations (`/data/reports/<id>.txt`) so that positions have one text to count in.
 *   Positions count Unicode code points from 0, as the Web Annotation model requires.
 * - A report annotated by reference: each anchor, by TextQuoteSelector only, on the original
 *   document. We do not hold its text, so there is nothing to count positions in.
 */
import type { BodyNode, Corpus, Report } from '../model/corpus';
import { reportDownloads } from '../model/open-data';
import { ASSESSMENT } from '../model/scales';
import { absoluteUrl, SITE, type SiteIdentity } from '../model/site';
import type { EmittedFile } from './emitter';

/** How much context the prefix and suffix carry, in code points. */
const CONTEXT = 32;

export interface SpanPosition {
  claimId: string;
  /** UTF-16 offsets into `text`. */
  start: number;
  end: number;
}

/**
 * A full-text report's plain text, built from its parsed body as the content layer builds
 * `plainText` (text and code, a line break after each paragraph, heading, list item and table
 * cell), with where each `<Claim>` span starts and ends in it.
 */
export function reportPlainText(tree: BodyNode): { text: string; spans: SpanPosition[] } {
  let text = '';
  const spans: SpanPosition[] = [];
  const visit = (node: BodyNode) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      text += node.value ?? '';
      return;
    }
    const claim =
      node.type === 'mdxJsxTextElement' && node.name === 'Claim'
        ? node.attributes?.find((a) => a.name === 'id')?.value
        : undefined;
    const start = text.length;
    for (const child of node.children ?? []) visit(child);
    if (claim) spans.push({ claimId: claim, start, end: text.length });
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem' || node.type === 'tableCell')
      text += '\n';
  };
  visit(tree);
  return { text, spans };
}

/** UTF-16 offset → code-point offset. */
const codePoints = (text: string, offset: number) => Array.from(text.slice(0, offset)).length;
/** The last / first `n` code points of a string. */
const tail = (s: string, n: number) => Array.from(s).slice(-n).join('');
const head = (s: string, n: number) => Array.from(s).slice(0, n).join('');

function verdict(corpus: Corpus, claimId: string) {
  const claim = corpus.claims.find((c) => c.id === claimId);
  if (!claim) throw new Error(`a span names claim "${claimId}", which is not in the corpus`);
  return claim;
}

function bodyOf(claim: Corpus['claims'][number], identity: Pick<SiteIdentity, 'url'>, locator?: string) {
  return [
    {
      type: 'TextualBody',
      purpose: 'assessing',
      format: 'text/plain',
      language: 'en',
      value: `${ASSESSMENT.get(claim.assessment).label}: ${claim.displayTitle}`,
    },
    { type: 'SpecificResource', purpose: 'linking', source: absoluteUrl(claim.href, identity) },
    ...(locator
      ? [
          {
            type: 'TextualBody',
            purpose: 'describing',
            format: 'text/plain',
            language: 'en',
            value: `Where in the report: ${locator}`,
          },
        ]
      : []),
  ];
}

export function reportAnnotations(corpus: Corpus, report: Report, identity: Pick<SiteIdentity, 'url'> = SITE) {
  const forms = reportDownloads(report);
  const collectionId = absoluteUrl(`/${forms.find((f) => f.key === 'annotations')!.path}`, identity);
  const creator = { type: 'Organization', name: SITE.name, ...(identity.url ? { homepage: `${identity.url}/` } : {}) };
  const scope = absoluteUrl(report.href, identity);
  let items: Record<string, unknown>[];
  if (report.text === 'full') {
    const { text, spans } = reportPlainText(report.tree);
    const source = absoluteUrl(`/${forms.find((f) => f.key === 'text')!.path}`, identity);
    items = spans.map((span, i) => {
      const claim = verdict(corpus, span.claimId);
      return {
        id: `${collectionId}#a${i + 1}`,
        type: 'Annotation',
        motivation: 'assessing',
        creator,
        body: bodyOf(claim, identity),
        target: {
          type: 'SpecificResource',
          source,
          scope,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: text.slice(span.start, span.end),
              prefix: tail(text.slice(0, span.start), CONTEXT),
              suffix: head(text.slice(span.end), CONTEXT),
            },
            { type: 'TextPositionSelector', start: codePoints(text, span.start), end: codePoints(text, span.end) },
          ],
        },
      };
    });
  } else {
    items = report.anchors.map((anchor, i) => {
      const claim = verdict(corpus, anchor.claim.id);
      return {
        id: `${collectionId}#a${i + 1}`,
        type: 'Annotation',
        motivation: 'assessing',
        creator,
        body: bodyOf(claim, identity, anchor.locator),
        target: {
          type: 'SpecificResource',
          source: report.url ? new URL(report.url).href : report.read_at ? new URL(report.read_at).href : scope,
          scope,
          selector: {
            type: 'TextQuoteSelector',
            exact: anchor.quote,
            ...(anchor.prefix ? { prefix: anchor.prefix } : {}),
            ...(anchor.suffix ? { suffix: anchor.suffix } : {}),
          },
        },
      };
    });
  }
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: collectionId,
    type: 'AnnotationCollection',
    label:
      report.text === 'full'
        ? `Claims marked in "${report.title}", with our assessments`
        : `Claims anchored in "${report.title}", with our assessments (by quotation only: we do not hold the text, so there are no positions)`,
    creator,
    total: items.length,
    ...(items.length ? { first: { id: `${collectionId}#page1`, type: 'AnnotationPage', startIndex: 0, items } } : {}),
  };
}

export function annotationFiles(corpus: Corpus, identity: Pick<SiteIdentity, 'url'> = SITE): EmittedFile[] {
  return corpus.reports.flatMap((report) => {
    const forms = reportDownloads(report);
    const files: EmittedFile[] = [
      {
        path: forms.find((f) => f.key === 'annotations')!.path,
        content: `${JSON.stringify(reportAnnotations(corpus, report, identity), null, 1)}\n`,
      },
    ];
    if (report.text === 'full')
      files.push({ path: forms.find((f) => f.key === 'text')!.path, content: reportPlainText(report.tree).text });
    return files;
  });
}
