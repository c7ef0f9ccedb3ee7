/**
 * How well the extractor reads what a figure is, beyond its value and unit: of the gold figures it found at
 * their own words (same value and unit, evidence over the gold words), how many have the gold metric,
 * status, time and actor. The time agrees when the phrases agree (one within the other) and, where the gold
 * gives a year, the years; a figure without a time agrees with gold without one. The gold's "tariff" is the
 * vocabulary's "tariffs", and its "other" takes in the metrics the gold codebook lacks (equipment,
 * sanctions, casualties).
 */
import type { Extraction } from '../extract/extractDataset';
import { goldUnitOf } from './fromExtraction';
import { locate, type Gold, type GoldFigure } from './gold';
import { normaliseName, sameUnit } from './match';

export const figureDetailKinds = ['metric', 'status', 'time', 'actor'] as const;
export type FigureDetailKind = (typeof figureDetailKinds)[number];

export interface FigureDetails {
  /** Gold figures found at their own words. */
  matched: number;
  /** Of those, how many agree with the gold on each detail. */
  agree: Record<FigureDetailKind, number>;
}

const GOLD_OTHER = new Set(['other', 'equipment', 'sanctions', 'casualties']);
const sameMetric = (gold: GoldFigure['metric'], found: string) =>
  gold === 'tariff' ? found === 'tariffs' : gold === 'other' ? GOLD_OTHER.has(found) : gold === found;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export function figureDetails(text: string, gold: Gold, extraction: Extraction): FigureDetails {
  const { figures, actors } = extraction.dataset;
  const names = new Map(actors.map((a) => [a.id, new Set([a.name, ...a.aliases].map(normaliseName))]));
  const goldNames = new Map(gold.actors.map((a) => [a.name, new Set([a.name, ...a.aliases].map(normaliseName))]));
  const details: FigureDetails = { matched: 0, agree: { metric: 0, status: 0, time: 0, actor: 0 } };
  for (const g of gold.figures) {
    const at = locate(text, g.exact, g.occurrence);
    if (!at) continue;
    const found = figures.find(
      (f) =>
        Math.abs(f.quantity.value - g.value) <= 1e-6 * Math.max(1, Math.abs(g.value)) &&
        sameUnit(g.unit, goldUnitOf(f.quantity)) &&
        f.evidence.some((e) => e.start < at.end && at.start < e.end),
    );
    if (!found) continue;
    details.matched++;
    if (sameMetric(g.metric, found.metric)) details.agree.metric++;
    if (g.status === found.status) details.agree.status++;
    const phrases = g.time && found.time && (norm(found.time.phrase).includes(norm(g.time.phrase)) || norm(g.time.phrase).includes(norm(found.time.phrase)));
    if (g.time ? phrases && (g.time.year === undefined || g.time.year === found.time!.year) : !found.time) details.agree.time++;
    const wanted = g.actor ? goldNames.get(g.actor) : undefined;
    if (wanted && [...(names.get(found.actor) ?? [])].some((n) => wanted.has(n))) details.agree.actor++;
  }
  return details;
}

/** Details pooled over articles. */
export function poolDetails(all: FigureDetails[]): FigureDetails {
  const total: FigureDetails = { matched: 0, agree: { metric: 0, status: 0, time: 0, actor: 0 } };
  for (const d of all) {
    total.matched += d.matched;
    for (const kind of figureDetailKinds) total.agree[kind] += d.agree[kind];
  }
  return total;
}

/** One line: each detail as a share of the figures found at their own words. */
export function formatDetails(d: FigureDetails): string {
  const share = (n: number) => (d.matched ? `${Math.round((n / d.matched) * 100)}%` : '—');
  return `figures found at their own words: ${d.matched}; of those with the gold ${figureDetailKinds.map((k) => `${k} ${share(d.agree[k])} (${d.agree[k]})`).join(', ')}`;
}
