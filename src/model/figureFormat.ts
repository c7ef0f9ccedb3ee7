import { format } from 'd3-format';
import type { Figure } from './schema';

const number = format(',~r');

/** A figure's amount as a reader says it: "2.5%", "$500 billion", "$12 million". */
export function formatAmount(value: number, unit: Figure['unit']): string {
  if (unit === 'percent-of-gdp') return `${number(value)}%`;
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  const [size, word] = scales.find(([s]) => Math.abs(value) >= s) ?? [1, ''];
  return `$${number(value / size)}${word ? ` ${word}` : ''}`;
}
