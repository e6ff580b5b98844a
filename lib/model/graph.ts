/**
 * The local graph of a page: the document, and what it is directly connected to, grouped by
 * relation (a claim's sources by stance, its reports, entities, related claims…). It is built from
 * the document's own resolved references (no lookup in the corpus), capped at MAX_NODES, and laid
 * out deterministically when the page is built: the neighbours sit on an ellipse around the
 * document, each relation in its own arc, spaced evenly from top to bottom on each side so that
 * labels never overlap. No simulation runs anywhere; the browser gets a finished SVG.
 */
import { type CollectionType, COLLECTIONS } from './collections';
import type { Claim, ClaimRef, Entity, EntityRef, Report, ReportRef, Source, SourceRef } from './corpus';
import type { Related } from './schema';
import { type Assessment, type ClaimStatus, RELATION, STANCE } from './scales';

/** At most this many neighbours are drawn; the rest are counted. */
export const MAX_NODES = 30;

/** How a neighbour relates to the document; it decides the arc, the colour and the line. */
export type GraphRelation =
  'supports' | 'contradicts' | 'context' | 'claim' | 'replacement' | 'report' | 'entity' | 'source';

export interface GraphNode {
  type: CollectionType;
  id: string;
  href: string;
  title: string;
  /** Claims: the verdict, drawn as the node's colour and symbol. */
  assessment?: Assessment;
  status?: ClaimStatus;
  /** A word or two on this particular link ("refines it", "copy"). */
  note?: string;
}

export interface GraphGroup {
  key: string;
  relation: GraphRelation;
  /** "Sources that support it". */
  label: string;
  /** Every neighbour in this relation; only `shown` of them are drawn. */
  nodes: GraphNode[];
  total: number;
  shown: number;
  /** Where the page lists all of them, when not all are drawn. */
  more?: string;
}

export interface Neighbourhood {
  center: { type: CollectionType; id: string; title: string };
  groups: GraphGroup[];
}

const claimNode = (c: ClaimRef, note?: string): GraphNode => ({
  type: 'claim',
  id: c.id,
  href: c.href,
  title: c.title,
  assessment: c.assessment,
  ...(c.status ? { status: c.status } : {}),
  ...(note ? { note } : {}),
});
const sourceNode = (s: SourceRef, note?: string): GraphNode => ({
  type: 'source',
  id: s.id,
  href: s.href,
  title: s.title,
  ...(note ? { note } : {}),
});
const entityNode = (e: EntityRef): GraphNode => ({ type: 'entity', id: e.id, href: e.href, title: e.name });
const reportNode = (r: ReportRef, note?: string): GraphNode => ({
  type: 'report',
  id: r.id,
  href: r.href,
  title: r.title,
  ...(note ? { note } : {}),
});

/** One node per document, first mention wins. */
function unique(nodes: GraphNode[]): GraphNode[] {
  const seen = new Set<string>();
  return nodes.filter((n) => {
    const key = `${n.type}/${n.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Draft = Omit<GraphGroup, 'total' | 'shown'>;

/** Shares MAX_NODES among the groups: every group gets a fair part, and what one cannot use goes to the others. */
export function cap(drafts: Draft[], max = MAX_NODES): GraphGroup[] {
  const groups = drafts
    .filter((d) => d.nodes.length > 0)
    .map((d) => ({ ...d, nodes: unique(d.nodes), total: 0, shown: 0 }));
  for (const g of groups) g.total = g.nodes.length;
  let left = max;
  let open = groups.filter((g) => g.shown < g.total);
  while (left > 0 && open.length) {
    const share = Math.max(1, Math.floor(left / open.length));
    for (const g of open) {
      const take = Math.min(share, g.total - g.shown, left);
      g.shown += take;
      left -= take;
      if (left === 0) break;
    }
    open = open.filter((g) => g.shown < g.total);
  }
  return groups;
}

const relationNote = (relation: Related['relation']) => RELATION.get(relation).label.toLowerCase();

export function claimNeighbourhood(c: Claim): Neighbourhood {
  const byStance = (stance: 'supports' | 'contradicts' | 'context') =>
    c.evidence.filter((ev) => ev.stance === stance).map((ev) => sourceNode(ev.source));
  return {
    center: { type: 'claim', id: c.id, title: c.displayTitle },
    groups: cap([
      {
        key: 'replaced-by',
        relation: 'replacement',
        label: 'Replaced by',
        nodes: c.superseded_by ? [claimNode(c.superseded_by, 'replaces it')] : [],
      },
      {
        key: 'supports',
        relation: 'supports',
        label: `Sources: ${STANCE.get('supports').label.toLowerCase()}`,
        nodes: byStance('supports'),
        more: '#h-evidence',
      },
      {
        key: 'contradicts',
        relation: 'contradicts',
        label: `Sources: ${STANCE.get('contradicts').label.toLowerCase()}`,
        nodes: byStance('contradicts'),
        more: '#h-evidence',
      },
      {
        key: 'context',
        relation: 'context',
        label: 'Sources: context',
        nodes: byStance('context'),
        more: '#h-evidence',
      },
      {
        key: 'reports',
        relation: 'report',
        label: 'Reports that make it',
        nodes: c.appearsIn.map((a) => reportNode(a.report)),
        more: '#h-appears-in',
      },
      {
        key: 'entities',
        relation: 'entity',
        label: 'Entities and places',
        nodes: [...c.entities, ...c.places].map(entityNode),
        more: '#h-entities',
      },
      {
        key: 'related',
        relation: 'claim',
        label: 'Related claims',
        nodes: [
          ...c.related.map((r) => claimNode(r.claim, `this claim ${relationNote(r.relation)} it`)),
          ...c.relatedBy.map((r) => claimNode(r.claim, `it ${relationNote(r.relation)} this claim`)),
        ],
        more: '#h-related',
      },
      {
        key: 'replaces',
        relation: 'replacement',
        label: 'Claims it replaces',
        nodes: c.supersedes.map((s) => claimNode(s, 'replaced by this claim')),
      },
    ]),
  };
}

export function sourceNeighbourhood(s: Source): Neighbourhood {
  const cited = (stance: 'supports' | 'contradicts' | 'context') =>
    s.citedBy.filter((c) => c.stance === stance).map((c) => claimNode(c.claim));
  return {
    center: { type: 'source', id: s.id, title: s.title },
    groups: cap([
      {
        key: 'supports',
        relation: 'supports',
        label: 'Claims it supports',
        nodes: cited('supports'),
        more: '#h-cited-by',
      },
      {
        key: 'contradicts',
        relation: 'contradicts',
        label: 'Claims it contradicts',
        nodes: cited('contradicts'),
        more: '#h-cited-by',
      },
      {
        key: 'context',
        relation: 'context',
        label: 'Claims it gives context to',
        nodes: cited('context'),
        more: '#h-cited-by',
      },
      {
        key: 'reports',
        relation: 'report',
        label: 'Reports whose provenance names it',
        nodes: s.provenanceOf.map((p) => reportNode(p.report)),
      },
      {
        key: 'copies',
        relation: 'source',
        label: 'Copies',
        nodes: [
          ...(s.copy_of ? [sourceNode(s.copy_of, 'the original it copies')] : []),
          ...s.copies.map((x) => sourceNode(x, 'a copy of it')),
        ],
      },
      {
        key: 'origins',
        relation: 'entity',
        label: 'Whose statements it relays',
        nodes: s.origins.flatMap((o) => (o.entity ? [entityNode(o.entity)] : [])),
      },
    ]),
  };
}

export function entityNeighbourhood(e: Entity): Neighbourhood {
  return {
    center: { type: 'entity', id: e.id, title: e.name },
    groups: cap([
      {
        key: 'claims',
        relation: 'claim',
        label: 'Claims that mention it',
        nodes: e.mentionedIn.map((c) => claimNode(c)),
        more: '#h-claims',
      },
      {
        key: 'reports',
        relation: 'report',
        label: 'Reports that mention it',
        nodes: e.reports.map((r) => reportNode(r)),
        more: '#h-reports',
      },
      {
        key: 'places',
        relation: 'entity',
        label: 'Where it is, and places in it',
        nodes: [...(e.part_of ? [entityNode(e.part_of)] : []), ...e.children.map(entityNode)],
        more: '#h-places',
      },
    ]),
  };
}

export function reportNeighbourhood(r: Report): Neighbourhood {
  return {
    center: { type: 'report', id: r.id, title: r.title },
    groups: cap([
      {
        key: 'claims',
        relation: 'claim',
        label: 'Its claims',
        nodes: r.claims.map((c) => claimNode(c)),
        more: '#h-claims',
      },
      {
        key: 'entities',
        relation: 'entity',
        label: 'Who and where',
        nodes: r.entities.map(entityNode),
        more: '#h-entities',
      },
      {
        key: 'provenance',
        relation: 'source',
        label: 'Provenance',
        nodes: r.provenance.map((p) => sourceNode(p.source)),
        more: '#h-provenance',
      },
      {
        key: 'shared',
        relation: 'report',
        label: 'Reports it shares claims with',
        nodes: r.comparisons.map((c) => reportNode(c.report, `${c.shared} shared`)),
        more: '#h-shared',
      },
    ]),
  };
}

// ——— Layout ———

export interface LayoutOptions {
  /** Width of the drawing, in SVG units. */
  width: number;
  /** Horizontal radius of the ellipse. */
  rx: number;
  /** Distance between two labels on one side. */
  lineHeight: number;
  /** Labels are cut to this many characters. */
  labelChars: number;
  /** Smallest vertical radius. */
  minRy: number;
}

export const WIDE: LayoutOptions = { width: 760, rx: 150, lineHeight: 22, labelChars: 26, minRy: 110 };
export const NARROW: LayoutOptions = { width: 360, rx: 34, lineHeight: 26, labelChars: 15, minRy: 120 };

export interface PlacedNode extends GraphNode {
  relation: GraphRelation;
  group: string;
  x: number;
  y: number;
  label: string;
  /** Which way the label runs from the node, and its writing direction. */
  anchor: 'start' | 'end';
  rtl: boolean;
}

export interface GraphLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  nodes: PlacedNode[];
}

/** The first strong character decides the direction, as `dir="auto"` does: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms are right-to-left. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const STRONG = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
export function isRtl(text: string): boolean {
  const first = STRONG.exec(text)?.[0];
  return first !== undefined && RTL.test(first);
}

/** A label cut at a word boundary to at most `max` characters, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * Places the drawn neighbours: the right side of the ellipse takes the first half (top to bottom),
 * the left side the rest (bottom to top), so a group's nodes stay together going round; on each
 * side the nodes are evenly spaced in height, one label line apart at least.
 */
export function layoutGraph(n: Neighbourhood, o: LayoutOptions): GraphLayout {
  const drawn = n.groups.flatMap((g) =>
    g.nodes.slice(0, g.shown).map((node) => ({ ...node, relation: g.relation, group: g.key })),
  );
  const right = Math.ceil(drawn.length / 2);
  const left = drawn.length - right;
  const perSide = Math.max(right, 1);
  const ry = Math.max(o.minRy, (perSide * o.lineHeight) / 2);
  const margin = o.lineHeight;
  const cx = o.width / 2;
  const cy = ry + margin;
  const place = (i: number, count: number, side: 1 | -1) => {
    const step = (2 * ry) / count;
    const y = side === 1 ? cy - ry + step * (i + 0.5) : cy + ry - step * (i + 0.5);
    const t = (y - cy) / ry;
    const x = cx + side * o.rx * Math.sqrt(Math.max(0, 1 - t * t));
    return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  };
  const nodes: PlacedNode[] = drawn.map((node, i) => {
    const side = i < right ? 1 : -1;
    const { x, y } = side === 1 ? place(i, right, 1) : place(i - right, left, -1);
    const rtl = isRtl(node.title);
    // The label runs away from the centre: rightwards on the right side, leftwards on the left.
    const outward = side === 1 ? 'start' : 'end';
    const anchor = rtl ? (outward === 'start' ? 'end' : 'start') : outward;
    return { ...node, x, y, label: shorten(node.title, o.labelChars), anchor, rtl };
  });
  return { width: o.width, height: Math.round(cy + ry + margin), cx, cy, nodes };
}

/** The noun for one document of a collection ("claim"). */
export const nounOf = (type: CollectionType) => COLLECTIONS[type].label.toLowerCase();
