/**
 * How every view marks a datum that is our reading of the words rather than what they state: the words
 * "our reading" wherever it is named, and a form of its own in each kind of chart (hatching for a
 * stance mark, beads under a relation's line, a broken band under the reader's words). Never colour alone.
 */

/** The words for an inferred datum, in labels, tooltips and accessible names. */
export const READING_WORDS = 'our reading';
export const READING_TITLE = 'Our reading';

/** Hatching of an inferred stance mark: lines this far apart, this wide, this opaque in the stance's colour. */
export const HATCH = { gap: 4.5, width: 1.3, opacity: 0.45 } as const;
/** The distance between two hatching lines, across them: they run at 45°, HATCH.gap apart along a row. */
export const HATCH_PERIOD = HATCH.gap / Math.SQRT2;

/**
 * Diagonal lines (bottom left to top right) covering a box; the caller clips them to the mark's shape.
 * Rounded to a tenth of a pixel, as the other mark paths are.
 */
export function hatchLines(left: number, top: number, width: number, height: number, gap: number = HATCH.gap): string {
  const f = (v: number) => Math.round(v * 10) / 10;
  let d = '';
  for (let k = gap / 2 - height; k < width; k += gap) d += `M${f(left + k)},${f(top + height)}L${f(left + k + height)},${f(top)}`;
  return d;
}

/** Beads along an inferred relation's line: round dots drawn as a dash pattern of zero-length dashes. */
export const BEADS = { dash: '0 7', extraWidth: 5, opacity: 0.5 } as const;

/** A reader's band under inferred evidence: the datum's colour, broken into dashes (a CSS background image). */
export const brokenBand = (colour: string) => `repeating-linear-gradient(90deg, ${colour} 0 5px, transparent 5px 8px)`;
