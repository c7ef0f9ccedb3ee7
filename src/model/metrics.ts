/**
 * The metrics a figure can measure, shipped as data (`data/metrics.json`) so that a new one is a line of
 * JSON, not a code change. Zod-free, like codes.ts: views read it without bundling zod.
 */
import metricsJson from '../../data/metrics.json';
import type { QuantityUnit } from './codes';

export interface Metric {
  id: string;
  label: string;
  description: string;
  /** The units a figure of this metric can be stated in. */
  units: QuantityUnit[];
  /**
   * Words of general news prose that name what the metric measures ("troops", "tariff", "aid"); the
   * extractor files a figure under the metric whose cue stands nearest it.
   */
  cues: string[];
}

export const metrics: readonly Metric[] = metricsJson as Metric[];

/** The ids, as the tuple `z.enum` takes (the vocabulary is never empty). */
export const metricIds = metrics.map((m) => m.id) as [string, ...string[]];

const labels = new Map(metrics.map((m) => [m.id, m.label]));
export const metricLabel = (id: string): string => labels.get(id) ?? id;
