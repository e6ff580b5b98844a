import Link from './link';
import type { Assessment } from '@/lib/model/scales';
import { ASSESSMENT, CLAIM_STATUS } from '@/lib/model/scales';
import {
  type GraphLayout,
  type GraphRelation,
  layoutGraph,
  type Neighbourhood,
  NARROW,
  nounOf,
  type PlacedNode,
  WIDE,
} from '@/lib/model/graph';
import { ASSESSMENT_STYLE } from './badges';
import { EmptyNote } from './ui';

/** The line to a neighbour, by relation: colour and dash both say it, so colour is never alone. */
const EDGE: Record<GraphRelation, { className: string; dash?: string; legend: string }> = {
  supports: { className: 'g-supports', legend: 'solid green line' },
  contradicts: { className: 'g-contradicts', dash: '6 4', legend: 'dashed red line' },
  context: { className: 'g-context', dash: '2 3', legend: 'dotted grey line' },
  claim: { className: 'g-claim', legend: 'solid violet line' },
  replacement: { className: 'g-replacement', dash: '10 3 2 3', legend: 'dash-dot red line' },
  report: { className: 'g-report', legend: 'solid blue line' },
  entity: { className: 'g-entity', legend: 'solid amber line' },
  source: { className: 'g-source', dash: '4 2', legend: 'short-dashed grey line' },
};

const CLAIM_FILL: Record<Assessment, string> = {
  corroborated: 'gf-corroborated',
  'partly-corroborated': 'gf-partly',
  unverified: 'gf-unverified',
  disputed: 'gf-disputed',
  refuted: 'gf-refuted',
  opinion: 'gf-opinion',
};

/** The node's mark: claims a circle in their verdict's colour, sources a square, entities a diamond, reports a page. */
function Mark({
  node,
  x,
  y,
}: {
  node: { type: string; assessment?: Assessment; relation?: GraphRelation };
  x: number;
  y: number;
}) {
  const stroke = 'g-ring';
  if (node.type === 'claim')
    return (
      <circle
        cx={x}
        cy={y}
        r={6.5}
        className={`${node.assessment ? CLAIM_FILL[node.assessment] : 'fill-stone-500'} ${stroke}`}
        strokeWidth={1.5}
      />
    );
  if (node.type === 'source')
    return <rect x={x - 5.5} y={y - 5.5} width={11} height={11} className={`gf-source ${stroke}`} strokeWidth={1.5} />;
  if (node.type === 'entity')
    return (
      <path
        d={`M${x} ${y - 7}L${x + 7} ${y}L${x} ${y + 7}L${x - 7} ${y}Z`}
        className={`gf-entity ${stroke}`}
        strokeWidth={1.5}
      />
    );
  return (
    <rect x={x - 5} y={y - 6.5} width={10} height={13} rx={1.5} className={`gf-report ${stroke}`} strokeWidth={1.5} />
  );
}

function Drawing({
  layout,
  center,
  className,
}: {
  layout: GraphLayout;
  center: Neighbourhood['center'];
  className: string;
}) {
  const { cx, cy } = layout;
  const label = (n: PlacedNode) => (n.anchor === 'start' ? n.x + 11 : n.x - 11);
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className={`h-auto w-full ${className}`}
      aria-hidden="true"
      focusable="false"
      fontSize={13}
    >
      {layout.nodes.map((n) => (
        <line
          key={`e-${n.type}-${n.id}`}
          x1={cx}
          y1={cy}
          x2={n.x}
          y2={n.y}
          className={EDGE[n.relation].className}
          strokeDasharray={EDGE[n.relation].dash}
          strokeWidth={1.5}
        />
      ))}
      <circle cx={cx} cy={cy} r={11} className="g-center" strokeWidth={2} />
      {layout.width >= 500 ? (
        <text x={cx} y={cy + 28} textAnchor="middle" className="fill-stone-900 font-semibold dark:fill-stone-100">
          This {nounOf(center.type)}
        </text>
      ) : null}
      {layout.nodes.map((n) => (
        // Drawn links are for the pointer; the list below carries the same links for the keyboard and screen readers.
        <a
          key={`n-${n.type}-${n.id}`}
          href={n.href}
          tabIndex={-1}
          className="graph-node no-underline"
          data-node={`${n.type}/${n.id}`}
        >
          <title>{n.title}</title>
          <Mark node={n} x={n.x} y={n.y} />
          <text
            x={label(n)}
            y={n.y}
            dy="0.35em"
            textAnchor={n.anchor}
            direction={n.rtl ? 'rtl' : 'ltr'}
            className={`g-label ${n.status ? 'line-through' : ''}`}
          >
            {n.label}
          </text>
        </a>
      ))}
    </svg>
  );
}

/**
 * A page's neighbourhood: a drawing laid out when the site is built (a wide one for larger
 * screens, a narrow one for phones), and the same neighbours as a list grouped by relation, which
 * is what screen readers, keyboards and printers use.
 */
export function LocalGraph({ neighbourhood }: { neighbourhood: Neighbourhood }) {
  const { groups, center } = neighbourhood;
  if (!groups.length) return <EmptyNote>Nothing links to it yet.</EmptyNote>;
  const drawn = groups.reduce((n, g) => n + g.shown, 0);
  const total = groups.reduce((n, g) => n + g.total, 0);
  return (
    <div data-testid="local-graph">
      <figure className="rounded-lg border border-stone-200 p-2 print:hidden dark:border-stone-800">
        <Drawing layout={layoutGraph(neighbourhood, WIDE)} center={center} className="hidden md:block" />
        <Drawing layout={layoutGraph(neighbourhood, NARROW)} center={center} className="mx-auto max-w-md md:hidden" />
        <figcaption className="px-2 pb-1 text-xs muted">
          The large dot in the middle is this {nounOf(center.type)}.{' '}
          {drawn < total
            ? `${drawn} of its ${total} connections are drawn; the list below says where the rest are. `
            : null}
          Circles are claims in the colour of their verdict, squares sources, diamonds entities and places, pages
          reports.
        </figcaption>
      </figure>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" data-testid="graph-list">
        {groups.map((g) => (
          <div key={g.key} className="contents">
            <dt className="font-medium subtle">
              <svg
                viewBox="0 0 24 8"
                className="mr-1.5 inline-block h-2 w-6 align-middle"
                aria-hidden="true"
                focusable="false"
              >
                <line
                  x1={0}
                  y1={4}
                  x2={24}
                  y2={4}
                  className={EDGE[g.relation].className}
                  strokeDasharray={EDGE[g.relation].dash}
                  strokeWidth={2}
                />
              </svg>
              {g.label} ({g.total})
            </dt>
            <dd className="min-w-0">
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {g.nodes.slice(0, g.shown).map((n) => (
                  <li key={`${n.type}-${n.id}`} className="min-w-0">
                    <Link href={n.href}>
                      <bdi>{n.title}</bdi>
                    </Link>
                    {n.assessment ? (
                      <span className="muted">
                        {' '}
                        ({ASSESSMENT_STYLE[n.assessment].symbol} {ASSESSMENT.get(n.assessment).label.toLowerCase()}
                        {n.status ? `, ${CLAIM_STATUS.get(n.status).label.toLowerCase()}` : ''})
                      </span>
                    ) : null}
                    {n.note ? <span className="muted"> — {n.note}</span> : null}
                  </li>
                ))}
              </ul>
              {g.shown < g.total ? (
                <p className="mt-1 muted">
                  and {g.total - g.shown} more
                  {g.more ? (
                    <>
                      : <a href={g.more}>see them all</a>
                    </>
                  ) : null}
                  .
                </p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
