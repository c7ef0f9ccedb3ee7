/**
 * Okabe–Ito colours for series, in order, chosen to stay distinct under the common colour-vision
 * deficiencies; CSS custom properties (src/app/theme.css), so each theme picks its own shade. Charts
 * also vary the form of marks, so colour never carries meaning alone.
 */
export const seriesColors = [1, 2, 3, 4, 5, 6, 7].map((n) => `var(--series-${n})`);

/** The colour of the n-th series (wrapping round when there are more series than colours). */
export const seriesColor = (n: number) => seriesColors[n % seriesColors.length]!;
/** The same colour as a background class, for markup drawn at build (tints.css). */
export const seriesClass = (n: number) => `series-bg-${(n % seriesColors.length) + 1}`;
