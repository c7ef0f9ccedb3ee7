/**
 * Okabe–Ito colours for series, in order, chosen to stay distinct under the common colour-vision
 * deficiencies. Charts also vary the form of marks, so colour never carries meaning alone.
 */
export const seriesColors = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8a7a00'] as const;

/** The colour of the n-th series (wrapping round when there are more series than colours). */
export const seriesColor = (n: number) => seriesColors[n % seriesColors.length]!;
