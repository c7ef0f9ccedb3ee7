/**
 * How much text one article may be, and how much the extractor drafts from one. A long feature runs to
 * 10,000 words and an article is rarely over 50,000, so 60,000 words leaves room for any real article
 * while keeping a pasted book, log or database dump (which would take a minute to draft and yield
 * thousands of items no view can show usefully) out. The character limit catches text without spaces.
 */
export const ARTICLE_MAX_WORDS = 60_000;
export const ARTICLE_MAX_CHARS = 500_000;
/** A file larger than this cannot hold an article within the limits, whatever its encoding; it is not read. */
export const ARTICLE_MAX_FILE_BYTES = 4 * ARTICLE_MAX_CHARS;

/** What the extractor drafts at most from one article; more is left out and the result says how much. */
export const DRAFT_CAPS = { actors: 150, topics: 60, positions: 400, figures: 150, events: 150 } as const;

const number = new Intl.NumberFormat('en-GB');

/** Words in `text`: runs of anything but white space (one pass, no regular expression or array). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029 || code === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Why `text` is too long to draft from, or null when it is within the limits. */
export function articleTooLong(text: string): string | null {
  const words = countWords(text);
  if (words <= ARTICLE_MAX_WORDS && text.length <= ARTICLE_MAX_CHARS) return null;
  return (
    `This text is too long for one article: ${number.format(words)} words, ${number.format(text.length)} characters. ` +
    `The limit is ${number.format(ARTICLE_MAX_WORDS)} words or ${number.format(ARTICLE_MAX_CHARS)} characters; ` +
    'an article is rarely over 50,000 words. Paste one article, or split a longer document into its articles.'
  );
}

/** For a file refused by its size before reading. */
export const articleFileTooLarge = (bytes: number) =>
  `This file is too large to be one article (${(bytes / 1024 / 1024).toFixed(1)} MB; an article file is at most ${ARTICLE_MAX_FILE_BYTES / 1024 / 1024} MB, ` +
  `and its text at most ${number.format(ARTICLE_MAX_WORDS)} words). Choose a single article’s text.`;

/** The user-facing note for a capped kind of item. */
export const cappedNotice = (kind: string, kept: number, dropped: number) =>
  `Drafted the first ${number.format(kept)} ${kind}; ${number.format(dropped)} more ${dropped === 1 ? 'was' : 'were'} left out.`;
