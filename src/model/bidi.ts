/**
 * Text from data is shown as it is written, except the explicit bidirectional formatting characters
 * (embeddings, overrides and isolates, U+202A–U+202E and U+2066–U+2069). They are invisible and reorder
 * the characters around them, so a title "\u202Egnp.exe" would read "exe.png"; each is shown instead
 * as its code point in brackets. The implicit marks (LRM, RLM, ALM), which right-to-left writing needs
 * and which cannot reverse a run of letters, are kept.
 */
const EXPLICIT_BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

const codePoint = (char: string) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;

export const revealBidiControls = (text: string): string => text.replace(EXPLICIT_BIDI, codePoint);

/** For plain-text places (an <option>, a title attribute): revealed, then isolated with FSI … PDI. */
export const isolatedText = (text: string): string => `\u2068${revealBidiControls(text)}\u2069`;
