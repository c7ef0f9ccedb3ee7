import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { actorHref } from '../actors/actorState';
import { BEADS, READING_WORDS } from '../../charts/readingMark';
import { edgeMiddle, edgePath, type GraphLayout } from '../../model/relationGraph';
import { useHoverStore } from '../../store/hoverStore';
import { relationStyle } from './relationStyle';
import { useZoomDrag } from './useZoomDrag';

interface NetworkGraphProps {
  layout: GraphLayout;
  selected: string | null;
  onSelect: (relation: string) => void;
}

/** The force-laid graph: drag a node to move it, drag the background or scroll to pan and zoom. */
export function NetworkGraph({ layout, selected, onSelect }: NetworkGraphProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const navigate = useNavigate();
  const hovered = useHoverStore((s) => s.hovered);
  const setHovered = useHoverStore((s) => s.setHovered);
  const [moved, setMoved] = useState<Record<string, { x: number; y: number }>>({});
  const nodes = useMemo(() => layout.nodes.map((n) => ({ ...n, ...moved[n.id] })), [layout, moved]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const { transform, zoomBy, reset } = useZoomDrag(svgRef, viewportRef, nodes, (id, x, y) => setMoved((m) => ({ ...m, [id]: { x, y } })));
  const focusActor = hovered?.kind === 'actor' ? hovered.id : null;
  const touches = (e: { source: string; target: string }) => !focusActor || e.source === focusActor || e.target === focusActor;
  const { x, y, width, height } = layout.bounds;

  return (
    <figure className="network">
      <div className="network__tools" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(1.4)} aria-label="Zoom in">+</button>
        <button type="button" onClick={() => zoomBy(1 / 1.4)} aria-label="Zoom out">−</button>
        <button
          type="button"
          onClick={() => {
            reset();
            setMoved({});
          }}
        >
          Reset layout
        </button>
      </div>
      <svg ref={svgRef} className="network__svg" viewBox={`${x} ${y} ${width} ${height}`} role="img" aria-labelledby="network-caption">
        <defs>
          {Object.entries(relationStyle).map(([kind, style]) => (
            <marker key={kind} id={`arrow-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto">
              <path d="M0,0L10,5L0,10z" fill={style.colour} />
            </marker>
          ))}
        </defs>
        <rect x={x} y={y} width={width} height={height} fill="transparent" />
        <g ref={viewportRef} transform={transform.toString()}>
          {layout.edges.map((edge) => {
            const from = byId.get(edge.source);
            const to = byId.get(edge.target);
            if (!from || !to) return null;
            const style = relationStyle[edge.kind];
            const d = edgePath(from, to, edge.bend);
            const dim = !touches(edge);
            const width = selected === edge.id ? 4 : 2;
            // A proposed or possible relation is drawn hollow (its kind's line, outlined) and says which it is in words.
            const tentative = edge.status !== 'happened';
            // Our reading of the words is beaded (dots under the line), and can be tentative as well. Only the
            // status is written on the line: a second word at the middle of each edge crowds a busy graph.
            const inferred = edge.reading === 'inferred';
            const words = [tentative && edge.status, inferred && READING_WORDS].filter(Boolean).join(', ');
            const middle = tentative ? edgeMiddle(from, to, edge.bend) : null;
            const className = `network__edge${tentative ? ' network__edge--tentative' : ''}${dim ? ' is-dim' : ''}${selected === edge.id ? ' is-selected' : ''}`;
            return (
              <g key={edge.id} className={className} onClick={() => onSelect(edge.id)}>
                <title>{`${from.label} ${style.label} ${to.label}${words ? ` (${words})` : ''}: ${edge.summary}`}</title>
                <path d={d} className="network__hit" />
                {inferred && <path d={d} fill="none" className="network__beads" stroke={style.colour} strokeOpacity={BEADS.opacity} strokeWidth={width + BEADS.extraWidth} strokeDasharray={BEADS.dash} strokeLinecap="round" />}
                {tentative && <path d={d} fill="none" className="network__casing" stroke={style.colour} strokeWidth={width + 3} strokeDasharray={style.dash} markerEnd={`url(#arrow-${edge.kind})`} />}
                <path d={d} fill="none" stroke={tentative ? 'var(--panel)' : style.colour} strokeWidth={tentative ? width - 0.5 : width} strokeDasharray={style.dash} markerEnd={tentative ? undefined : `url(#arrow-${edge.kind})`} />
                {middle && (
                  <text x={middle.x} y={middle.y - 6} className="network__status">
                    {edge.status}
                  </text>
                )}
              </g>
            );
          })}
          {nodes.map((node) => {
            const lit = focusActor === node.id;
            return (
              <g
                key={node.id}
                className={`network__node${lit ? ' is-linked' : ''}${focusActor && !lit ? ' is-dim' : ''}`}
                transform={`translate(${node.x},${node.y})`}
                onMouseEnter={() => setHovered({ kind: 'actor', id: node.id })}
                onMouseLeave={() => setHovered(null)}
                onClick={() => navigate(actorHref(node.id))}
              >
                <title>{`${node.label}: ${node.weight} passages of evidence. Click to open their page.`}</title>
                <circle r={node.r} className={`network__circle network__circle--${node.kind}`} strokeDasharray={node.historical ? '3 2' : undefined} />
                <text y={node.r + 13} className="network__label">
                  {node.label}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption id="network-caption" className="visually-hidden">
        A graph of {layout.nodes.length} actors and {layout.edges.length} relations; the same relations are listed in the table below.
      </figcaption>
    </figure>
  );
}
