import { linkVertical } from 'd3-shape';
import { wrapText } from '../../charts/wrapText';
import type { TermStatus } from '../../model/schema';
import type { DealComparison, TermView } from './mineralsTerms';

/** The lanes of the diagram, by what the draft does with a term. */
const lanes = [
  { id: 'draft', label: 'In the draft', statuses: ['in-draft'] },
  { id: 'claimed', label: 'Claimed, not in the draft', statuses: ['claimed', 'demanded'] },
  { id: 'missing', label: 'Asked for, missing from the draft', statuses: ['absent-from-draft'] },
  { id: 'charged', label: 'Charged by critics', statuses: ['charged'] },
] as const satisfies readonly { id: string; label: string; statuses: readonly TermStatus[] }[];

export type LaneId = (typeof lanes)[number]['id'];
export const laneOf = (status: TermStatus): LaneId => lanes.find((l) => (l.statuses as readonly TermStatus[]).includes(status))!.id;

export interface DiagramBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  title: string[];
  lines: string[];
}

export interface DiagramTerm extends DiagramBox {
  view: TermView;
  lane: LaneId;
}

/** A link from the deal to a term: its form says whether the draft holds the term. */
export interface DiagramLink {
  termId: string;
  lane: LaneId;
  d: string;
  /** Where a missing term's link is broken (drawn with a cross). */
  breakAt: { x: number; y: number } | null;
}

export interface DealDiagram {
  width: number;
  height: number;
  parties: DiagramBox[];
  deal: DiagramBox;
  partyLinks: string[];
  lanes: { id: LaneId; label: string; lines: string[]; x: number; y: number; w: number }[];
  terms: DiagramTerm[];
  links: DiagramLink[];
}

const CHAR = 6.9;
const TITLE_LINE = 17;
const LINE = 15;
const GAP = 14;
const MAX_LINES = 8;
const MIN_WIDTH = 280;

function box(id: string, x: number, y: number, w: number, title: string, text: string): DiagramBox {
  const chars = Math.max(12, Math.floor((w - 20) / CHAR));
  const titleLines = wrapText(title, Math.floor(chars * 0.92));
  let lines = wrapText(text, chars);
  if (lines.length > MAX_LINES) lines = [...lines.slice(0, MAX_LINES - 1), `${lines[MAX_LINES - 1]}…`];
  return { id, x, y, w, h: 14 + titleLines.length * TITLE_LINE + lines.length * LINE + (lines.length ? 6 : 0), title: titleLines, lines };
}

/**
 * Lays out the deal as a diagram `width` px wide: the parties on top, the deal, then its terms in
 * lanes by what the draft does with them. Wide: lanes side by side; narrow: lanes one under another.
 */
export function layoutDealDiagram(comparison: DealComparison, available: number): DealDiagram {
  // A frame measured narrower (a phone is 320 px or more; a frame can be caught mid-layout) would give boxes no room.
  const width = Math.max(available, MIN_WIDTH);
  const wide = width >= 720;
  const present = lanes.filter((lane) => comparison.terms.some((t) => laneOf(t.term.status) === lane.id));
  const partyW = Math.min(200, (width - GAP * (comparison.parties.length + 1)) / Math.max(1, comparison.parties.length));
  const partyRow = comparison.parties.length * partyW + (comparison.parties.length - 1) * GAP;
  const parties = comparison.parties.map((actor, i) => box(actor.id, (width - partyRow) / 2 + i * (partyW + GAP), 4, partyW, actor.name, actor.role));
  const partyBottom = Math.max(4, ...parties.map((p) => p.y + p.h));
  const dealW = Math.min(360, width - 8);
  const termCount = `${comparison.terms.length} ${comparison.terms.length === 1 ? 'term' : 'terms'}, as the article reports them`;
  const deal = box(comparison.deal.id, (width - dealW) / 2, partyBottom + 36, dealW, comparison.deal.label, termCount);
  const vertical = linkVertical<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const curve = (source: [number, number], target: [number, number]) => vertical({ source, target }) ?? '';
  const dealBottom = deal.y + deal.h;
  const partyLinks = parties.map((p) => curve([p.x + p.w / 2, p.y + p.h], [deal.x + deal.w / 2, deal.y]));

  const laneTop = dealBottom + 40;
  const columns = wide ? present.length : 1;
  const laneW = (width - GAP * (columns - 1)) / Math.max(1, columns);
  const placedLanes: DealDiagram['lanes'] = [];
  const terms: DiagramTerm[] = [];
  const links: DiagramLink[] = [];
  let y = laneTop;
  let bottom = laneTop;
  present.forEach((lane, i) => {
    // Narrow: each lane has its own trunk at the left, side by side, so links of different forms never overlap.
    const trunkX = wide ? i * (laneW + GAP) + 6 : 6 + i * 7;
    const laneX = wide ? i * (laneW + GAP) : 0;
    const nodeX = wide ? laneX + 20 : 6 + present.length * 7 + 8;
    const nodeW = wide ? laneW - 20 : width - nodeX;
    let laneY = wide ? laneTop : y;
    const labelLines = wrapText(lane.label, Math.floor(nodeW / 7.2));
    placedLanes.push({ id: lane.id, label: lane.label, lines: labelLines, x: nodeX, y: laneY, w: nodeW });
    laneY += 8 + labelLines.length * 15;
    for (const view of comparison.terms.filter((t) => laneOf(t.term.status) === lane.id)) {
      const node = box(view.term.id, nodeX, laneY, nodeW, view.term.label, view.term.description);
      terms.push({ ...node, view, lane: lane.id });
      const midY = node.y + Math.min(node.h / 2, 22);
      const start: [number, number] = [deal.x + deal.w / 2 + (wide ? (i - (present.length - 1) / 2) * 24 : 0), dealBottom];
      const d = `${curve(start, [trunkX, laneTop - 8])}V${midY}H${nodeX}`;
      links.push({ termId: view.term.id, lane: lane.id, d, breakAt: lane.id === 'missing' ? { x: (trunkX + nodeX) / 2, y: midY } : null });
      laneY += node.h + GAP;
    }
    bottom = Math.max(bottom, laneY);
    y = laneY + 10;
  });
  return { width, height: Math.ceil(bottom + 4), parties, deal, partyLinks, lanes: placedLanes, terms, links };
}
