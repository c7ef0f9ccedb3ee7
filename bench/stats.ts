/** Summary statistics the bench reports, by linear interpolation between the sorted values. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (at - lo);
}

export const median = (values: number[]) => quantile(values, 0.5);

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
