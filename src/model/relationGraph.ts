import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { scaleSqrt } from 'd3-scale';
import { listDatums } from './datums';
import type { DatasetIndex } from './indexDataset';
import type { ActorKind, Relation, RelationKind } from './schema';

export interface GraphNode {
  id: string;
  label: string;
  kind: ActorKind;
  historical: boolean;
  /** How much the article says about the actor: distinct evidence passages of every datum involving them. */
  weight: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: RelationKind;
  /** Whether it happened, or is only proposed or possible (drawn apart). */
  status: Relation['status'];
  /** Whether the words state it, or it is our reading of them (drawn apart too). */
  reading: Relation['reading'];
  summary: string;
  /** Edges joining the same two actors fan out: 0 is straight, ±1, ±2… bend to either side. */
  bend: number;
}

export interface RelationGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Actors that take part in a relation, and the relations between them. */
export function buildRelationGraph(index: DatasetIndex): RelationGraph {
  const { relations, actors } = index.dataset;
  const inGraph = new Set(relations.flatMap((r) => [r.from, r.to]));
  const passages = new Map<string, Set<string>>();
  for (const datum of listDatums(index))
    for (const actor of datum.actors) {
      const set = passages.get(actor) ?? new Set<string>();
      for (const span of datum.evidence) set.add(`${span.source}:${span.start}:${span.end}`);
      passages.set(actor, set);
    }
  const nodes = actors
    .filter((a) => inGraph.has(a.id))
    .map((a) => ({ id: a.id, label: a.name, kind: a.kind, historical: a.historical, weight: passages.get(a.id)?.size ?? 0 }));

  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const pairCount = new Map<string, number>();
  for (const r of relations) pairCount.set(pairKey(r.from, r.to), (pairCount.get(pairKey(r.from, r.to)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const edges = relations.map((r) => {
    const key = pairKey(r.from, r.to);
    const i = seen.get(key) ?? 0;
    seen.set(key, i + 1);
    const n = pairCount.get(key)!;
    // Centre the fan: with 3 edges the bends are -1, 0, 1; with 2, -0.5 and 0.5. A reversed edge's
    // normal points the other way, so flip its bend to keep the fan apart.
    const centred = i - (n - 1) / 2;
    return { id: r.id, source: r.from, target: r.to, kind: r.kind, status: r.status, reading: r.reading, summary: r.summary, bend: r.from < r.to ? centred : -centred };
  });
  return { nodes, edges };
}

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  /** Radius in layout units, by the square root of the weight so area reads as amount. */
  r: number;
}

export interface GraphLayout {
  nodes: PlacedNode[];
  edges: GraphEdge[];
  /** The box that holds every node, padded: use as the SVG viewBox. */
  bounds: { x: number; y: number; width: number; height: number };
}

/** A seeded linear congruential generator, so the force layout is the same on every run. */
function lcg(seed = 1): () => number {
  let s = seed >>> 0;
  return () => ((s = (1664525 * s + 1013904223) >>> 0) / 4294967296);
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Positions the graph with d3-force, run for a fixed number of ticks with a seeded random source and
 * without a timer or DOM, so the same dataset always gives the same picture (and the same tests).
 */
export function layoutGraph(graph: RelationGraph, { ticks = 300, seed = 7 } = {}): GraphLayout {
  const weights = graph.nodes.map((n) => n.weight);
  const radius = scaleSqrt()
    .domain([Math.min(0, ...weights), Math.max(1, ...weights)])
    .range([5, 24]);
  type SimNode = GraphNode & SimulationNodeDatum & { r: number };
  const simNodes: SimNode[] = graph.nodes.map((n) => ({ ...n, r: radius(n.weight) }));
  const links = graph.edges.map((e) => ({ source: e.source, target: e.target }));
  const simulation = forceSimulation(simNodes)
    .randomSource(lcg(seed))
    .force('link', forceLink<SimNode, { source: string; target: string }>(links).id((d) => d.id).distance(110))
    .force('charge', forceManyBody().strength(-420))
    .force('collide', forceCollide<SimNode>((d) => d.r + 14))
    .force('x', forceX(0).strength(0.07))
    .force('y', forceY(0).strength(0.1))
    .stop();
  simulation.tick(ticks);
  const nodes = simNodes.map(({ x = 0, y = 0, r, id, label, kind, historical, weight }) => ({ id, label, kind, historical, weight, x: round(x), y: round(y), r: round(r) }));
  // Labels sit under the circles and run wide, so the box is padded more across than down.
  const [padX, padY] = [110, 50];
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const x0 = Math.min(0, ...xs) - padX;
  const y0 = Math.min(0, ...ys) - padY;
  return {
    nodes,
    edges: graph.edges,
    bounds: { x: x0, y: y0, width: Math.max(0, ...xs) + padX - x0, height: Math.max(0, ...ys) + padY + 16 - y0 },
  };
}

/** The middle of an edge's curve (the quadratic's point at t = ½), where a word about the edge can sit. */
export function edgeMiddle(from: { x: number; y: number }, to: { x: number; y: number }, bend: number): { x: number; y: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const offset = (bend * 34) / 2;
  return { x: round((from.x + to.x) / 2 + (-dy / length) * offset), y: round((from.y + to.y) / 2 + (dx / length) * offset) };
}

/**
 * The path of an edge from one circle's rim to the other's, bent by `bend` (a quadratic curve whose
 * control point sits off the midpoint, along the normal), so parallel edges do not overlap.
 */
export function edgePath(from: { x: number; y: number; r: number }, to: { x: number; y: number; r: number }, bend: number, gap = 3): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const [nx, ny] = [-dy / length, dx / length];
  const offset = bend * 34;
  const cx = (from.x + to.x) / 2 + nx * offset;
  const cy = (from.y + to.y) / 2 + ny * offset;
  const toward = (p: { x: number; y: number }, q: { x: number; y: number }, d: number) => {
    const l = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    return { x: p.x + ((q.x - p.x) / l) * d, y: p.y + ((q.y - p.y) / l) * d };
  };
  const start = toward(from, { x: cx, y: cy }, from.r + gap);
  const end = toward(to, { x: cx, y: cy }, to.r + gap);
  const f = (v: number) => round(v);
  return bend === 0 ? `M${f(start.x)},${f(start.y)}L${f(end.x)},${f(end.y)}` : `M${f(start.x)},${f(start.y)}Q${f(cx)},${f(cy)} ${f(end.x)},${f(end.y)}`;
}
