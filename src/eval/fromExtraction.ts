/** The extractor's output in the matcher's terms. */
import type { Extraction } from '../extract/extractDataset';
import type { Quantity } from '../model/schema';
import type { GoldUnit } from './gold';
import type { SystemOutput } from './match';

/** A dataset quantity's unit as the gold writes it. */
export function goldUnitOf(quantity: Quantity): GoldUnit {
  switch (quantity.unit) {
    case 'share-of-gdp':
      return { kind: 'share-of-gdp' };
    case 'percent':
      return { kind: 'percent' };
    case 'money':
      return { kind: 'currency', code: quantity.currency ?? 'USD' };
    case 'count':
      return { kind: 'count', thing: quantity.thing ?? '' };
  }
}

const STANCES: Record<string, string> = { none: 'no-clear-position' };

export function fromExtraction(extraction: Extraction): SystemOutput {
  const { dataset } = extraction;
  return {
    actors: dataset.actors.map((a) => ({ id: a.id, names: [a.name, ...a.aliases] })),
    quotes: extraction.quotes.map((q) => ({ speaker: q.speaker, spans: q.spans })),
    figures: dataset.figures.map((f) => ({
      value: f.quantity.value,
      unit: goldUnitOf(f.quantity),
      spans: f.evidence,
    })),
    positions: dataset.positions.map((p) => ({ actor: p.actor, stance: STANCES[p.stance] ?? p.stance, topic: p.topic, spans: p.evidence })),
  };
}
