/** Plain-text helpers the extraction rules share: sentences, quoted passages, clauses, ids. */
import { slugify } from '../model/slug';

export interface Range {
  start: number;
  end: number;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|St|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Corp|approx|est|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z]|(?:[A-Z]\.)+[A-Z])\.$/;

/** Sentences, by UTF-16 offsets. Line breaks always end one, so headings stand alone. */
export function sentences(text: string): Range[] {
  const out: Range[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  };
  let start = 0;
  const boundary = /[.!?…]+["”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9])|\n+/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0][0] !== '\n' && ABBREVIATIONS.test(text.slice(Math.max(start, match.index - 12), match.index + 1))) continue;
    push(start, match[0][0] === '\n' ? match.index : end);
    start = end;
  }
  push(start, text.length);
  return out;
}

/** The sentence holding `offset`, or undefined. */
export const sentenceAt = (list: Range[], offset: number) => list.find((s) => s.start <= offset && offset < s.end);

/** A quoted passage: `outer` includes the quote marks, `inner` does not. */
export interface QuotedPassage {
  outer: Range;
  inner: Range;
}

/**
 * Passages between curly or straight double quotes. A passage that reaches the end of its paragraph
 * unclosed is closed there, unless the next paragraph opens with a quote mark (a quote running over
 * paragraphs, as news style writes it), in which case the next paragraph carries on the passage.
 */
export function quotedPassages(text: string): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.slice(i).search(/[“"]/);
    if (open < 0) break;
    const start = i + open;
    const curly = text[start] === '“';
    let j = start + 1;
    let end = -1;
    while (j < text.length) {
      const c = text[j]!;
      if ((curly && c === '”') || (!curly && c === '"' && j > start + 1)) {
        end = j + 1;
        break;
      }
      if (curly && c === '“') break; // a new opening mark: the previous passage was never closed
      if (c === '\n') {
        const next = text.slice(j).match(/^\n+\s*[“"]/);
        if (next) {
          j += next[0].length;
          continue;
        }
        break;
      }
      j++;
    }
    if (end < 0) {
      // Unclosed: keep it only when it ran to a paragraph end, so stray marks do not swallow text.
      i = start + 1;
      continue;
    }
    out.push({ outer: { start, end }, inner: { start: start + 1, end: end - 1 } });
    i = end;
  }
  return out;
}

/**
 * Relative clauses set off by commas between `from` and `to` (", which has troops there,", ", who led
 * the talks,"): what they name is not the subject of the verb that follows. A comma between digits
 * ("120,000") does not end one.
 */
export function relativeClauses(text: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  for (const match of text.slice(from, to).matchAll(/,\s*(?:which|who|whose|whom|where)\b(?:[^,\n]|(?<=\d),(?=\d))*,(?!\d)/g))
    out.push({ start: from + match.index, end: from + match.index + match[0].length });
  return out;
}

export const inside = (offset: number, ranges: readonly Range[]) => ranges.some((r) => r.start <= offset && offset < r.end);

/** Lower-case, without "the", possessives, brackets or punctuation: for matching names loosely. */
export const normaliseName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[[\]().,“”"‘’]/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Hands out unique ids within one collection. */
export function idMaker() {
  const used = new Set<string>();
  return (words: string, fallback?: string) => {
    const base = slugify(words, fallback);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

export const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with runs of white space made single spaces, for labels. */
export const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

/** At most `max` characters, cut at a word with an ellipsis. */
export function clip(value: string, max: number): string {
  const text = squash(value);
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
