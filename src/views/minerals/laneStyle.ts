import type { LaneId } from './mineralsDiagram';

/**
 * How each lane is drawn: the form of the box and of its link says what the draft does with a term,
 * so it reads without colour. Attributes, not CSS, so exported images look the same.
 */
export const laneStyle: Record<LaneId, { fill: string; stroke: string; dash?: string; link: string; linkDash?: string }> = {
  draft: { fill: 'var(--panel)', stroke: 'var(--ink)', link: 'var(--ink-soft)' },
  claimed: { fill: 'var(--highlight)', stroke: 'var(--lane-claimed)', dash: '2 3', link: 'var(--lane-claimed)', linkDash: '2 4' },
  missing: { fill: 'var(--wash)', stroke: 'var(--problem)', dash: '7 5', link: 'var(--problem)', linkDash: '7 5' },
  charged: { fill: 'var(--stance-tint-opposes)', stroke: 'var(--lane-charged)', link: 'var(--lane-charged)', linkDash: '1 4' },
};
