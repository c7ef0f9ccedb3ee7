/**
 * The metrics a figure can measure, shipped as data (`data/metrics.json`) so that a new one is a line of
 * JSON, not a code change. Zod-free, like codes.ts: views read it without bundling zod.
 */
import metricsJson from '../../data/metrics.json';

export interface Metric {
  id: string;
  label: string;
  description: string;
}

export const metrics: readonly Metric[] = metricsJson;

/** The ids, as the tuple `z.enum` takes (the vocabulary is never empty). */
export const metricIds = metrics.map((m) => m.id) as [string, ...string[]];

const labels = new Map(metrics.map((m) => [m.id, m.label]));
export const metricLabel = (id: string): string => labels.get(id) ?? id;
