import { quantityUnits } from '../../model/codes';
import { metricLabel, metrics } from '../../model/metrics';
import type { Figure, Quantity } from '../../model/schema';
import { slugify } from '../../model/slug';

/**
 * One y scale of the figures chart. Figures share an axis only when they share a unit, and for money the
 * currency, and for a count the thing counted: amounts are never converted, so pounds and euros (or
 * troops and ships) are never drawn against each other.
 */
export interface FigureScale {
  /** Stable and URL-safe: "share-of-gdp", "percent", "money-gbp", "count-patrol-boats". */
  key: string;
  unit: Quantity['unit'];
  currency?: string;
  thing?: string;
  /** How many of the metric's figures are in this unit. */
  count: number;
}

/** The key of the scale a quantity is drawn on. */
export function scaleKeyOf(quantity: Quantity): string {
  if (quantity.unit === 'money') return `money-${(quantity.currency ?? 'xxx').toLowerCase()}`;
  if (quantity.unit === 'count') return `count-${slugify(quantity.thing ?? '', 'things')}`;
  return quantity.unit;
}

/** The metrics that have figures, in the vocabulary's order, with how many figures each has. */
export function metricsWithFigures(figures: readonly Figure[]): { id: string; label: string; count: number }[] {
  return metrics
    .map((m) => ({ id: m.id, label: m.label, count: figures.filter((f) => f.metric === m.id).length }))
    .filter((m) => m.count > 0);
}

/** The scales a metric's figures need: the unit with the most figures first, ties in the vocabulary's order of units. */
export function scalesOf(figures: readonly Figure[], metric: string): FigureScale[] {
  const byKey = new Map<string, FigureScale>();
  for (const { quantity } of figures.filter((f) => f.metric === metric)) {
    const key = scaleKeyOf(quantity);
    const scale = byKey.get(key) ?? { key, unit: quantity.unit, currency: quantity.currency, thing: quantity.thing, count: 0 };
    scale.count += 1;
    byKey.set(key, scale);
  }
  const unitOrder = (s: FigureScale) => quantityUnits.indexOf(s.unit);
  return [...byKey.values()].sort((a, b) => b.count - a.count || unitOrder(a) - unitOrder(b) || a.key.localeCompare(b.key));
}

const currencyNames = new Map<string, string>();
/** The currency's name in the plural ("British pounds", "euros"), its code when the browser knows no name. */
export function currencyName(code: string): string {
  let name = currencyNames.get(code);
  if (name === undefined) {
    try {
      const parts = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name' }).formatToParts(2);
      name = parts.find((p) => p.type === 'currency')?.value ?? code;
    } catch {
      name = code;
    }
    currencyNames.set(code, name);
  }
  return name;
}

/** The unit in words, for the unit picker: "Share of GDP", "Percent", "British pounds (GBP)", "Observers". */
export function scaleLabel(scale: FigureScale): string {
  switch (scale.unit) {
    case 'share-of-gdp':
      return 'Share of GDP';
    case 'percent':
      return 'Percent';
    case 'money': {
      const code = scale.currency ?? '';
      const name = currencyName(code);
      return name === code ? code : `${name[0]!.toUpperCase()}${name.slice(1)} (${code})`;
    }
    case 'count':
      return scale.thing ? `${scale.thing[0]!.toUpperCase()}${scale.thing.slice(1)}` : 'Count';
  }
}

/** The axis title: "% of GDP", "%", "GBP", "Observers". */
export function axisLabel(scale: FigureScale): string {
  if (scale.unit === 'share-of-gdp') return '% of GDP';
  if (scale.unit === 'percent') return '%';
  if (scale.unit === 'money') return scale.currency ?? '';
  return scaleLabel(scale);
}

/** The unit as words that follow a count or a metric: "as a share of GDP", "in British pounds (GBP)", "counting observers". */
export function unitPhrase(scale: FigureScale): string {
  switch (scale.unit) {
    case 'share-of-gdp':
      return 'as a share of GDP';
    case 'percent':
      return 'in percent';
    case 'money': {
      const code = scale.currency ?? '';
      const name = currencyName(code);
      return name === code ? `in ${code}` : `in ${name} (${code})`;
    }
    case 'count':
      return `counting ${scale.thing ?? 'things'}`;
  }
}

/** The chart's title from the metric and the scale: "Defence spending as a share of GDP", "Troops: number of observers". */
export function chartTitle(metric: string, scale: FigureScale): string {
  const label = metricLabel(metric);
  return scale.unit === 'count' ? `${label}: number of ${scale.thing ?? 'things'}` : `${label} ${unitPhrase(scale)}`;
}

const compactFormats = new Map<string, Intl.NumberFormat>();
/** A tick's words, short enough for an axis: "2.5%", "£40M", "71K". */
export function tickFormat(scale: FigureScale): (value: number) => string {
  if (scale.unit === 'share-of-gdp' || scale.unit === 'percent') return (v) => `${v}%`;
  const key = scale.unit === 'money' ? (scale.currency ?? '') : '';
  let formatter = compactFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(
      'en',
      scale.unit === 'money' ? { style: 'currency', currency: key, currencyDisplay: 'narrowSymbol', notation: 'compact' } : { notation: 'compact' },
    );
    compactFormats.set(key, formatter);
  }
  return (v) => formatter.format(v);
}
