/**
 * The extractor's output in the matcher's terms. Units are read loosely (a unit string such as
 * "percent-of-gdp" or "usd", or a unit object with a kind), so the evaluation keeps working while the
 * dataset contract grows new units.
 */
import type { Extraction } from '../extract/extractDataset';
import type { GoldUnit } from './gold';
import type { SystemOutput } from './match';

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function unitOf(unit: unknown, extra: Record<string, unknown> = {}): GoldUnit | undefined {
  if (typeof unit === 'string') {
    const u = unit.toLowerCase();
    if (u === 'percent-of-gdp' || u === 'share-of-gdp') return { kind: 'share-of-gdp' };
    if (u === 'percent') return { kind: 'percent' };
    if (u === 'currency') {
      const code = str(extra.currency);
      return code ? { kind: 'currency', code: code.toUpperCase() } : undefined;
    }
    if (u === 'count') return { kind: 'count', thing: str(extra.counted) ?? str(extra.thing) ?? '' };
    if (/^[a-z]{3}$/.test(u)) return { kind: 'currency', code: u.toUpperCase() };
    return undefined;
  }
  if (unit && typeof unit === 'object' && 'kind' in unit) {
    const record = unit as Record<string, unknown>;
    return unitOf(record.kind, { ...record, currency: record.code ?? record.currency });
  }
  return undefined;
}

const STANCES: Record<string, string> = { none: 'no-clear-position' };

export function fromExtraction(extraction: Extraction): SystemOutput {
  const { dataset } = extraction;
  return {
    actors: dataset.actors.map((a) => ({ id: a.id, names: [a.name, ...a.aliases] })),
    quotes: extraction.quotes.map((q) => ({ speaker: q.speaker, spans: q.spans })),
    figures: dataset.figures.map((f) => ({
      value: f.value,
      unit: unitOf(f.unit as unknown, f as unknown as Record<string, unknown>),
      spans: f.evidence,
    })),
    positions: dataset.positions.map((p) => ({ actor: p.actor, stance: STANCES[p.stance] ?? p.stance, spans: p.evidence })),
  };
}
