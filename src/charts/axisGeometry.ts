import type { ScaleLinear } from 'd3-scale';

/** One tick of an axis as plain data: where it sits (px along the axis) and what it says. */
export interface Tick {
  value: number;
  offset: number;
  label: string;
}

interface TickOptions {
  /** About how many ticks to aim for (d3 picks round values near it). */
  count: number;
  format: (value: number) => string;
  /** Keep only whole numbers, for axes of years. Default false. */
  integers?: boolean;
}

/** Tick geometry for a linear scale, computed without a DOM so it can be tested and drawn by React. */
export function linearTicks(scale: ScaleLinear<number, number>, { count, format, integers = false }: TickOptions): Tick[] {
  return scale
    .ticks(count)
    .filter((value) => !integers || Number.isInteger(value))
    .map((value) => ({ value, offset: scale(value), label: format(value) }));
}

/** How many ticks fit along `length` px when each needs about `spacing` px; at least 2. */
export const tickCount = (length: number, spacing: number) => Math.max(2, Math.floor(length / spacing));
