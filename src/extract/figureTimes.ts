/**
 * The time a figure refers to, from the words of news prose: a stated year ("by 2035", "in October 2024",
 * "since 2016"), a window ("from 2026 to 2030", "the late 2030s"), a span from now ("within five years",
 * "over the next decade") and words relative to the publication date ("next year", "by the end of the
 * decade", "now"), and a window tied to an event ("after the next general election"). Each time gives a year or an earliest/latest window, the phrase and its span, the rule
 * that read it and a confidence; relative times need the publication date and are skipped without one.
 */
import { sentences, type Range } from './text';

export type TimeRule = 'stated-year' | 'year-window' | 'decade' | 'relative' | 'duration' | 'now' | 'recurring' | 'election';

export interface FigureTime {
  phrase: string;
  span: Range;
  /** The year the figure is for (a deadline, a point), when the words fix one. */
  year?: number;
  earliest?: number;
  latest?: number;
  /** "by" a deadline, "in" a point, "since" a start, "from" a start, "over" a span, "each" a recurring figure. */
  relation: 'by' | 'in' | 'since' | 'from' | 'over' | 'each';
  rule: TimeRule;
  confidence: number;
  /** How a relative time was resolved, for the review screen. */
  note?: string;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const YEAR = String.raw`(?:19|20)\d\d`;
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fifteen: 15, twenty: 20, thirty: 30, fifty: 50 };
const COUNT = String.raw`\d{1,3}|${Object.keys(COUNT_WORDS).join('|')}`;

/** One pattern, tried left to right; the named group says which reading applies. */
const TIME = new RegExp(
  [
    String.raw`(?<window>(?:(?:from|between)\s+)?(?<w1>${YEAR})\s*(?:-|–|to|and|until|through)\s*(?<w2>${YEAR}|\d\d)(?!\d))`,
    String.raw`(?<decade>(?:(?<dRel>by|in|from|until|before|since|during)\s+)?(?:the\s+)?(?:(?<dPart>early|mid|late)[- ]?)?(?<dYear>(?:19|20)\d0)s)`,
    String.raw`(?<stated>(?<sRel>by|in|before|until|till|from|since|after|for|during|through|as of|starting in|beginning in)\s+(?:the\s+(?:end|start|middle)\s+of\s+|the\s+(?:first|second)\s+half\s+of\s+|the\s+(?:first|second|third|fourth|last)\s+quarter\s+of\s+|(?:early|mid|late)[- ]?)?(?:\d{1,2}\s+)?(?:(?:${MONTHS})\s+)?(?:\d{1,2},?\s+)?(?<sYear>${YEAR}))(?!\d|\s*[-–]\s*\d)`,
    String.raw`(?<endDecade>by\s+the\s+end\s+of\s+the\s+decade)`,
    String.raw`(?<rel>(?:so\s+far\s+|(?:by|until)\s+the\s+end\s+of\s+|from\s+|in\s+|by\s+|until\s+|since\s+)?(?<rWhich>this|next|last|the\s+coming|the\s+past)\s+(?<rUnit>year|month|week|decade))`,
    String.raw`(?<dur>(?<uRel>within|over|in|during|for)\s+(?:the\s+)?(?:(?<uDir>next|coming|past|last)\s+)?(?<uCount>${COUNT})?\s*(?<uUnit>years?|decades?|months?)(?=\W|$))`,
    String.raw`(?<now>\b(?:now|currently|at present|at the moment|today)\b)`,
    String.raw`(?<each>\b(?:each|every)\s+year\b|\bannually\b)`,
    String.raw`(?<election>(?<eRel>after|before|by|until|at)\s+the\s+next\s+(?:general\s+|presidential\s+|federal\s+|parliamentary\s+|national\s+)?election)`,
  ].join('|'),
  'gi',
);

const singular = (unit: string) => unit.toLowerCase().replace(/s$/, '');

function countValue(words: string | undefined): number | undefined {
  if (words === undefined) return 1;
  const lower = words.toLowerCase();
  return /^\d/.test(lower) ? Number(lower) : COUNT_WORDS[lower];
}

function read(match: RegExpExecArray, published: Date | undefined): Omit<FigureTime, 'span' | 'phrase'> | undefined {
  const g = match.groups!;
  const year = published?.getUTCFullYear();
  const resolved = (what: string) => `${what}, resolved against the publication date ${published!.toISOString().slice(0, 10)}.`;
  if (g.window) {
    const from = Number(g.w1);
    const to = g.w2!.length === 2 ? Math.floor(from / 100) * 100 + Number(g.w2) : Number(g.w2);
    if (to <= from) return undefined;
    return { earliest: from, latest: to, relation: 'from', rule: 'year-window', confidence: 0.9 };
  }
  if (g.decade) {
    const start = Number(g.dYear);
    const part = g.dPart?.toLowerCase();
    const [lo, hi] = part === 'early' ? [0, 3] : part === 'mid' ? [3, 6] : part === 'late' ? [6, 9] : [0, 9];
    const relation = (g.dRel?.toLowerCase() ?? 'in') as FigureTime['relation'];
    return { earliest: start + lo, latest: start + hi, relation: relation === 'since' || relation === 'from' ? relation : relation === 'by' ? 'by' : 'in', rule: 'decade', confidence: 0.8 };
  }
  if (g.stated) {
    const stated = Number(g.sYear);
    const rel = g.sRel!.toLowerCase();
    if (rel === 'since') return { earliest: stated, latest: year, relation: 'since', rule: 'stated-year', confidence: 0.9 };
    const relation: FigureTime['relation'] = /^(by|before|until|till)$/.test(rel) ? 'by' : /^(from|after|as of|starting in|beginning in)$/.test(rel) ? 'from' : 'in';
    return { year: stated, relation, rule: 'stated-year', confidence: 0.95 };
  }
  if (g.election) {
    const relation: FigureTime['relation'] = /^after$/i.test(g.eRel!) ? 'from' : /^at$/i.test(g.eRel!) ? 'in' : 'by';
    return { relation, rule: 'election', confidence: 0.7, note: 'The text gives no year: the time depends on when the next election is held.' };
  }
  if (year === undefined) return undefined;
  if (g.endDecade) {
    const end = Math.floor(year / 10) * 10 + 10;
    return { year: end, relation: 'by', rule: 'decade', confidence: 0.6, note: resolved(`“the end of the decade” read as ${end}`) };
  }
  if (g.rel) {
    const which = g.rWhich!.toLowerCase().replace(/\s+/g, ' ');
    const unit = g.rUnit!.toLowerCase();
    const lead = match[0].toLowerCase();
    const relation: FigureTime['relation'] = /^(by|until)/.test(lead) ? 'by' : /^(from|since)/.test(lead) ? 'from' : 'in';
    const shift = which === 'next' || which === 'the coming' ? 1 : which === 'last' || which === 'the past' ? -1 : 0;
    if (unit === 'decade') {
      if (shift === 0) return { earliest: Math.floor(year / 10) * 10, latest: Math.floor(year / 10) * 10 + 9, relation: 'in', rule: 'relative', confidence: 0.7 };
      return shift > 0
        ? { earliest: year, latest: year + 10, relation: 'over', rule: 'relative', confidence: 0.7, note: resolved('ten years from publication') }
        : { earliest: year - 10, latest: year, relation: 'over', rule: 'relative', confidence: 0.7, note: resolved('the ten years before publication') };
    }
    const days = unit === 'week' ? 7 * shift : 0;
    const months = unit === 'month' ? shift : 0;
    const at = new Date(Date.UTC(published!.getUTCFullYear() + (unit === 'year' ? shift : 0), published!.getUTCMonth() + months, published!.getUTCDate() + days));
    return { year: at.getUTCFullYear(), relation, rule: 'relative', confidence: 0.85, note: resolved(`“${match[0]}” is in ${at.getUTCFullYear()}`) };
  }
  if (g.dur) {
    const n = countValue(g.uCount);
    if (n === undefined || (g.uCount === undefined && !g.uDir)) return undefined;
    const unit = singular(g.uUnit!);
    const years = unit === 'decade' ? n * 10 : unit === 'month' ? n / 12 : n;
    const past = /^(past|last)$/i.test(g.uDir ?? '');
    const span = Math.ceil(years);
    return past
      ? { earliest: year - span, latest: year, relation: 'over', rule: 'duration', confidence: 0.8, note: resolved(`${span} years before publication`) }
      : { earliest: year, latest: year + span, relation: 'over', rule: 'duration', confidence: 0.8, note: resolved(`${span} years from publication`) };
  }
  if (g.now) return { year, relation: 'in', rule: 'now', confidence: 0.6, note: resolved(`“${match[0]}” is the publication year`) };
  if (g.each) return { relation: 'each', rule: 'recurring', confidence: 0.8 };
  return undefined;
}

/** Every time expression in the text; `published` (YYYY-MM-DD) anchors relative ones. */
export function findTimes(text: string, published?: string): FigureTime[] {
  const base = published ? new Date(`${published}T00:00:00Z`) : undefined;
  const anchor = base && !Number.isNaN(base.getTime()) ? base : undefined;
  const out: FigureTime[] = [];
  TIME.lastIndex = 0;
  for (let match = TIME.exec(text); match; match = TIME.exec(text)) {
    if (/[\p{L}\p{N}]/u.test(text[match.index - 1] ?? '')) continue;
    const reading = read(match, anchor);
    if (reading) out.push({ phrase: match[0], span: { start: match.index, end: match.index + match[0].length }, ...reading });
  }
  return out;
}

/**
 * The time of the figure at `figure`: the nearest time in its sentence with no other quantity between
 * them, a time after the figure preferred at equal distance ("€5bn by 2030, from €3bn now").
 */
export function timeOfFigure(
  text: string,
  figure: Range,
  times: readonly FigureTime[],
  quantities: readonly Range[] = [],
  sentenceList: readonly Range[] = sentences(text),
): FigureTime | undefined {
  const sentence = sentenceList.find((s) => s.start <= figure.start && figure.start < s.end);
  if (!sentence) return undefined;
  const between = (a: number, b: number) => quantities.some((q) => q.start >= a && q.end <= b && (q.start !== figure.start || q.end !== figure.end));
  let best: { time: FigureTime; distance: number } | undefined;
  for (const time of times) {
    if (time.span.start < sentence.start || time.span.end > sentence.end) continue;
    if (time.span.start < figure.end && figure.start < time.span.end) {
      // A time inside the figure's own words ("5% of GDP by 2035" as annotated) is its time.
      best = { time, distance: 0 };
      break;
    }
    const after = time.span.start >= figure.end;
    const distance = after ? time.span.start - figure.end : (figure.start - time.span.end) * 1.5;
    if (after ? between(figure.end, time.span.start) : between(time.span.end, figure.start)) continue;
    if (!best || distance < best.distance) best = { time, distance };
  }
  return best?.time;
}
