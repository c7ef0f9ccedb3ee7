import { format } from 'd3-format';
import type { Quantity } from './schema';

const number = format(',~r');

const scales: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

const currencyFormats = new Map<string, Intl.NumberFormat>();
/** The currency's own symbol where it has one ("$", "£", "€"), its code otherwise ("CHF 1.5"). */
function inCurrency(value: number, currency: string): string {
  let formatter = currencyFormats.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'narrowSymbol', maximumSignificantDigits: 6 });
    currencyFormats.set(currency, formatter);
  }
  return formatter.format(value);
}

/** A quantity's number as a reader says it, without what it measures: "2.5%", "£2.2 billion", "71,000". */
export function formatAmount(quantity: Quantity): string {
  const { unit, value } = quantity;
  if (unit === 'share-of-gdp' || unit === 'percent') return `${number(value)}%`;
  if (unit === 'count') return number(value);
  const [size, word] = scales.find(([s]) => Math.abs(value) >= s) ?? [1, ''];
  return `${inCurrency(value / size, quantity.currency ?? 'USD')}${word ? ` ${word}` : ''}`;
}

/** A quantity in full, with its unit: "2.5% of GDP", "12%", "£2.2 billion", "71,000 troops". */
export function formatQuantity(quantity: Quantity): string {
  const amount = formatAmount(quantity);
  if (quantity.unit === 'share-of-gdp') return `${amount} of GDP`;
  if (quantity.unit === 'count') return `${amount} ${quantity.thing ?? ''}`.trim();
  return amount;
}
