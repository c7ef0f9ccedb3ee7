/** The review list's rows: machine-drafted items first, so what needs a person's eye comes first. */
import type { Dataset } from '../../model/schema';

export interface ReviewCounts {
  drafted: number;
  total: number;
}

export function reviewCounts(dataset: Dataset): ReviewCounts {
  const items = [...dataset.positions, ...dataset.figures];
  return { drafted: items.filter((i) => i.machineDrafted).length, total: items.length };
}

export const draftedFirst = <T extends { machineDrafted?: boolean }>(items: T[]) =>
  [...items].sort((a, b) => Number(Boolean(b.machineDrafted)) - Number(Boolean(a.machineDrafted)));
