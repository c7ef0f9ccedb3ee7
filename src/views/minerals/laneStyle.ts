import type { LaneId } from './mineralsDiagram';

/**
 * How each lane is drawn: the form of the box and of its link says what the draft does with a term,
 * so it reads without colour. Attributes, not CSS, so exported images look the same.
 */
export const laneStyle: Record<LaneId, { fill: string; stroke: string; dash?: string; link: string; linkDash?: string }> = {
  draft: { fill: '#ffffff', stroke: '#1d1d1b', link: '#55534e' },
  claimed: { fill: '#fff6dd', stroke: '#8a6a00', dash: '2 3', link: '#8a6a00', linkDash: '2 4' },
  missing: { fill: '#faf8f3', stroke: '#9b1c1c', dash: '7 5', link: '#9b1c1c', linkDash: '7 5' },
  charged: { fill: '#f8e0d2', stroke: '#a8440a', link: '#a8440a', linkDash: '1 4' },
};
