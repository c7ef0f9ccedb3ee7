import type { Span } from './schema';

/** How many characters of context a span keeps on each side (TextQuoteSelector prefix/suffix). */
export const CONTEXT_CHARS = 32;

/** The span at `start`..`end` of `text`, with its quote and context filled in. */
export function spanAt(source: string, text: string, start: number, end: number): Span {
  return {
    source,
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/**
 * Finds the `occurrence`-th (0-based) appearance of `exact` in `text` and returns its span,
 * or undefined when the quote is not in the text.
 */
export function anchorQuote(source: string, text: string, exact: string, occurrence = 0): Span | undefined {
  if (!exact) return undefined;
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    start = text.indexOf(exact, start + 1);
    if (start < 0) return undefined;
  }
  return spanAt(source, text, start, start + exact.length);
}
