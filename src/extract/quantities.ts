/**
 * Quantities in news prose, each with its character span: a share of GDP, a plain percentage, an amount in
 * a currency (ISO 4217 code, never converted), and a count of a named thing ("71,000 troops"). Ranges
 * ("between $1bn and $2bn", "$1-2bn") give a value and an upper end. Every item says which rule read it and
 * how sure that rule is, for the review screen.
 *
 * Numbers are read by one token pattern (digits or number words, with a magnitude); the words after the
 * number decide its unit. A percentage without "of GDP" is read as a share of GDP only when GDP and
 * spending are both named in its sentence or the one before, and no tariff, tax or rate is named beside it.
 */
import { CODE_PATTERN, CURRENCY_SYMBOLS, CURRENCY_WORDS, ISO_CODES, SYMBOL_PATTERN, WORD_PATTERN, codeOf } from './currencies';
import { sentences, type Range } from './text';

export type QuantityUnit =
  | { kind: 'share-of-gdp' }
  | { kind: 'percent' }
  | { kind: 'currency'; code: string }
  | { kind: 'count'; thing: string };

export type QuantityRule =
  | 'share-of-gdp'
  | 'share-of-gdp-from-context'
  | 'share-of-gdp-restated'
  | 'percent'
  | 'currency-symbol'
  | 'currency-code'
  | 'currency-word'
  | 'count'
  | 'count-elided';

export interface Quantity {
  value: number;
  /** The upper end of a range; `value` is then the lower end. */
  upper?: number;
  unit: QuantityUnit;
  /** The words of the quantity, with a qualifier such as "about" or "up to" when there is one. */
  span: Range;
  /** "about", "up to", "at least", "more than"... as written, lower case. */
  qualifier?: string;
  /** A rate: "$300bn a year" is per "year", "$45 a barrel" per "barrel". */
  per?: string;
  /** The index of the quantity this one converts, for "$2.2bn (£1.7bn)". */
  restates?: number;
  rule: QuantityRule;
  confidence: number;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const WORD_VALUE = new Map<string, number>([...SMALL.map((w, i) => [w, i] as const), ...TENS.map((w, i) => [w, (i + 2) * 10] as const), ['dozen', 12], ['a dozen', 12], ['a hundred', 100], ['hundred', 100]]);
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const NUMBER_WORDS = [
  ...TENS.flatMap((t) => SMALL.slice(1, 10).map((u) => `${t}-${u}`)),
  ...TENS,
  ...SMALL.slice(1),
  'a dozen',
  'a hundred',
]
  .flatMap((w) => [w, capitalised(w)])
  .join('|');

const MAGNITUDE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
  lakh: 1e5, crore: 1e7, 'lakh crore': 1e12,
};

/** One number, with a currency symbol or code before it and a magnitude after it. */
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])` +
    String.raw`(?:(?<sym>${SYMBOL_PATTERN})\s?|(?<code>${CODE_PATTERN})\s?)?` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${NUMBER_WORDS})` +
    String.raw`(?<mag>\s?(?:bn|mn|mln|tn|trn)|[mkb]|\s(?:thousand|million|billion|trillion|lakh crore|crore|lakh))?` +
    // "5pc" is British press shorthand for 5 per cent.
    String.raw`(?!(?!pc\b)[\p{L}\p{N}]|[.,]\d)`,
  'gu',
);

const QUALIFIER = /\b(between|about|around|roughly|some|approximately|nearly|almost|just over|just under|over|under|up to|at least|at most|more than|less than|fewer than|as much as|as many as|as little as|an estimated|close to|in excess of)\s+$/i;
const PERCENT = /^\s?(?:%|per\s?cent\b|percent\b|percentage points?\b|pc\b)/i;
const OF_GDP = /^\s+of\s+(?:[\p{L}’'.-]+\s+){0,3}?(?:GDP|gross domestic product|gross national income|GNI|national income|economic output)\b/iu;
const OF_SOMETHING = /^\s+of\s+(?!GDP\b)/i;
const CURRENCY_AFTER = new RegExp(String.raw`^\s+(?:(?<word>${WORD_PATTERN})\b|(?<code>${CODE_PATTERN})\b)`, 'i');
const RATE = /^\s+(?:a|per|each|every)\s+(year|month|week|day|barrel|tonne|ton|head|person)\b|^\s+(annually)\b/i;
const GDP = /\b(GDP|gross domestic product|national income|economic output)\b/i;
const SPENDING = /\b(spend(?:s|ing)?|spent|budgets?|defen[cs]e|military|outlays?|expenditure|target|goal)\b/i;
const NOT_GDP_NEARBY = /\b(tariffs?|dut(?:y|ies)|surtax(?:es)?|levy|levies|tax(?:es)?|VAT|interest|inflation|growth|rates?|votes?|polls?|turnout|stake|majority|unemployment|approval)\b/i;

/** Words a counted thing is never: times are not figures, and these words end a noun phrase. */
const TIME_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|times|nights?|o’clock|o'clock)$/i;
/** Units of measure: a number before one is a length, weight or rate, not an elided count. */
const MEASURES = /^(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|tonnes?|tons?|kg|kilos?|barrels?|hectares?|acres?|degrees?|mph|kph|am|pm|a\.m|p\.m)$/i;
const STOP = new Set(
  ('of and or but to in on at by for from with without per than as the a an that which who whom this these those its their his her our ' +
    'is are was were be been has have had will would can could may might must shall should do does did not no if when while ' +
    'percent per cent points point').split(' '),
);
const IRREGULAR_PLURALS = /^(?:people|personnel|staff|police|children|men|women|aircraft|cattle|sheep|livestock|fish|deer|militia|crew|youth)$/i;
const NOT_PLURAL = /(?:ss|us|is|’s|'s)$/i;
const QUANTITY_ADJECTIVES = /^(?:more|additional|further|extra|new|other)$/i;
const YEAR_LIKE = /^(?:1[89]|20|21)\d\d$/;

interface NumberToken {
  start: number;
  end: number;
  value: number;
  hasMagnitude: boolean;
  currency?: { code: string; confidence: number; rule: QuantityRule };
  written: string;
}

function readNumber(match: RegExpExecArray): NumberToken | undefined {
  const g = match.groups!;
  const written = g.num!;
  const digits = written.replace(/,/g, '');
  const base = /^\d/.test(digits) ? Number(digits) : WORD_VALUE.get(written.toLowerCase()) ?? wordCompound(written.toLowerCase());
  if (base === undefined || !Number.isFinite(base)) return undefined;
  const mag = g.mag?.trim().toLowerCase();
  const value = mag ? round(base * MAGNITUDE[mag]!) : base;
  let currency: NumberToken['currency'];
  if (g.sym) currency = { ...CURRENCY_SYMBOLS[g.sym]!, rule: 'currency-symbol' };
  else if (g.code) currency = { code: codeOf(g.code), confidence: 0.95, rule: 'currency-code' };
  return { start: match.index, end: match.index + match[0].length, value, hasMagnitude: Boolean(mag), currency, written };
}

function wordCompound(word: string): number | undefined {
  const [tens, unit] = word.split('-');
  const t = WORD_VALUE.get(tens!);
  const u = WORD_VALUE.get(unit ?? '');
  return t !== undefined && u !== undefined ? t + u : undefined;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function numberTokens(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match; match = NUMBER.exec(text)) {
    const token = readNumber(match);
    if (token) out.push(token);
  }
  return out;
}

/** Two numbers that form a range, as "between A and B", "A-B" or "A to B" (not "from A to B", a change). */
function rangeJoin(text: string, a: NumberToken, b: NumberToken): boolean {
  // "2% to 3%": the unit may be written on both ends.
  const gap = text.slice(a.end, b.start).replace(/^\s?(?:%|per\s?cent|percent)/i, '');
  if (/^\s*[-–—]\s*$/.test(gap)) return true;
  const before = text.slice(Math.max(0, a.start - 12), a.start);
  if (/^\s+and\s+$/i.test(gap)) return /\bbetween\s+$/i.test(before);
  if (/^\s+to\s+$/i.test(gap)) return !/\bfrom\s+$/i.test(before) && !/\b(?:rise|rose|raise|increase|cut|fall|fell|lift|grow|grew)\w*\s+$/i.test(before);
  return false;
}

/** The counted thing after a number: modifiers and a plural head noun ("more skilled workers"). */
function countedThing(after: string): { thing: string; length: number } | undefined {
  if (!/^\s/.test(after)) return undefined; // "20-kilometre", "ten-year": an adjective, not a count
  const collected: string[] = [];
  let length = 0;
  // A comma may join two adjectives ("armed, nuclear-powered submarines"), not end the phrase.
  const wordPattern = /(?:(?<=(?:ed|al|ic|ive|ous|ful|ing)),)?\s+([\p{L}][\p{L}’'-]*)/uy;
  for (let i = 0; i < 4; i++) {
    const found = wordPattern.exec(after);
    if (!found) return undefined;
    const word = found[1]!;
    if (STOP.has(word.toLowerCase()) || TIME_UNITS.test(word) || CURRENCY_WORDS[word.toLowerCase()]) return undefined;
    collected.push(word);
    length = wordPattern.lastIndex;
    if (IRREGULAR_PLURALS.test(word) || (/[sS]$/.test(word) && !NOT_PLURAL.test(word) && word.length > 2)) {
      const thing = collected.filter((w, j) => j > 0 || !QUANTITY_ADJECTIVES.test(w)).join(' ');
      return thing ? { thing, length } : undefined;
    }
  }
  return undefined;
}

function sentenceIndexAt(list: Range[], offset: number): number {
  return list.findIndex((s) => s.start <= offset && offset < s.end);
}

/** Every quantity in the text, in order of position. `sentenceList` may be passed when already known. */
export function findQuantities(text: string, sentenceList: Range[] = sentences(text)): Quantity[] {
  const tokens = numberTokens(text);
  const out: Quantity[] = [];
  /** Bare percentages that may restate a share of GDP the article gives elsewhere ("the 5% target"). */
  const bare: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let first = tokens[i]!;
    let last = first;
    let upper: number | undefined;
    const next = tokens[i + 1];
    // "$1-2bn": the magnitude and currency of the second end hold for the first.
    const scale = next && !first.hasMagnitude && next.hasMagnitude ? next.value / Number(next.written.replace(/,/g, '')) || 1 : 1;
    if (next && round(first.value * scale) < next.value && rangeJoin(text, first, next)) {
      first = { ...first, value: round(first.value * scale) };
      if (!first.currency && next.currency) first = { ...first, currency: next.currency };
      last = next;
      upper = next.value;
      i++;
    }
    const after = text.slice(last.end, last.end + 120);
    const qualifier = text.slice(Math.max(0, first.start - 20), first.start).match(QUALIFIER);
    const start = qualifier ? first.start - qualifier[0].length : first.start;
    const make = (unit: QuantityUnit, end: number, rule: QuantityRule, confidence: number, per?: string): Quantity => {
      const q: Quantity = { value: first.value, unit, span: { start, end }, rule, confidence };
      if (upper !== undefined) q.upper = upper;
      if (qualifier) q.qualifier = qualifier[1]!.toLowerCase();
      if (per) q.per = per.toLowerCase();
      return q;
    };

    const percent = after.match(PERCENT);
    if (percent && !first.currency) {
      const end = last.end + percent[0].length;
      const rest = text.slice(end, end + 120);
      const ofGdp = rest.match(OF_GDP);
      if (ofGdp) out.push(make({ kind: 'share-of-gdp' }, end + ofGdp[0].length, 'share-of-gdp', 0.95));
      else if (!OF_SOMETHING.test(rest) && gdpContext(text, sentenceList, first.start, end))
        out.push(make({ kind: 'share-of-gdp' }, end, 'share-of-gdp-from-context', 0.7));
      else {
        if (!OF_SOMETHING.test(rest) && !NOT_GDP_NEARBY.test(text.slice(Math.max(0, start - 40), end + 40))) bare.push(out.length);
        out.push(make({ kind: 'percent' }, end, 'percent', 0.9));
      }
      continue;
    }

    let currency = first.currency ?? last.currency;
    let end = last.end;
    if (!currency) {
      const word = after.match(CURRENCY_AFTER);
      const name = word?.groups?.word;
      const code = word?.groups?.code;
      // "500 pounds of explosives" is a weight, not money.
      const weight = /^pounds$/i.test(name ?? '') && /^\s+of\b/i.test(after.slice(word![0].length));
      if (name && !weight) currency = { ...CURRENCY_WORDS[name.toLowerCase().replace(/\s+/g, ' ')]!, rule: 'currency-word' };
      else if (code && ISO_CODES.has(code)) currency = { code: codeOf(code), confidence: 0.95, rule: 'currency-code' };
      if (currency) end += word![0].length;
    }
    if (currency) {
      const rate = text.slice(end, end + 30).match(RATE);
      const quantity = make({ kind: 'currency', code: currency.code }, end, currency.rule, currency.confidence, rate?.[1] ?? rate?.[2]);
      const previous = out[out.length - 1];
      if (previous?.unit.kind === 'currency' && /^\s*(?:[a-z]+\s+){0,3}\(\s*(?:about|around|roughly|some|or|approximately)?\s*$/i.test(text.slice(previous.span.end, start)))
        quantity.restates = out.length - 1;
      out.push(quantity);
      continue;
    }

    // A bare year or a number that is only part of a date is no count.
    if (!last.hasMagnitude && YEAR_LIKE.test(last.written)) continue;
    if (first.value < 2 && !first.hasMagnitude) continue;
    if (afterName(text, sentenceList, first.start)) continue;
    const counted = countedThing(after);
    if (counted) {
      const fromWords = !/^\d/.test(first.written);
      out.push(make({ kind: 'count', thing: counted.thing }, last.end + counted.length, 'count', fromWords ? 0.65 : 0.75));
      continue;
    }
    const elided = elidedThing(sentenceList, out, first.start, after);
    if (elided) out.push(make({ kind: 'count', thing: elided }, last.end, 'count-elided', 0.55));
  }
  return localDollars(restatedShares(out, bare));
}

/**
 * A number with its noun left out names the same thing as the count before it in its sentence: "19.5
 * million people need aid, and more than 17 million face hunger", "four submarines ..., the remaining eight".
 */
function elidedThing(list: Range[], found: Quantity[], start: number, after: string): string | undefined {
  const previous = found.at(-1);
  if (previous?.unit.kind !== 'count') return undefined;
  const sentence = list[sentenceIndexAt(list, start)];
  if (!sentence || previous.span.start < sentence.start) return undefined;
  // What follows must not be a noun of its own: a verb, a clause break or the sentence's end.
  const next = (after.match(/^\s+([\p{L}’'.-]+)/u)?.[1] ?? '').replace(/\.$/, '');
  if (/^[-–]/.test(after) || TIME_UNITS.test(next) || MEASURES.test(next) || /^(?:of|per|percent|points?)$/i.test(next)) return undefined;
  return previous.unit.thing;
}

/** A bare percentage equal to a share of GDP the article states is that share, restated ("the 5% goal"). */
function restatedShares(found: Quantity[], bare: number[]): Quantity[] {
  const shares = new Set(found.filter((q) => q.unit.kind === 'share-of-gdp').map((q) => q.value));
  for (const index of bare) {
    const q = found[index]!;
    if (shares.has(q.value)) found[index] = { ...q, unit: { kind: 'share-of-gdp' }, rule: 'share-of-gdp-restated', confidence: 0.6 };
  }
  return found;
}

const OTHER_DOLLARS = new Set(['AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'TWD']);

/**
 * An article that writes "C$" or "A$" and never "US$" may mean its own dollar by a bare "$": those stay
 * USD (nothing is converted or guessed) but with a confidence low enough for the review screen to ask.
 */
function localDollars(found: Quantity[]): Quantity[] {
  const codes = new Set(found.filter((q) => q.unit.kind === 'currency' && q.confidence >= 0.95).map((q) => (q.unit as { code: string }).code));
  if (codes.has('USD') || ![...codes].some((c) => OTHER_DOLLARS.has(c))) return found;
  return found.map((q) => (q.unit.kind === 'currency' && q.unit.code === 'USD' && q.confidence < 0.95 ? { ...q, confidence: 0.5 } : q));
}

/** A bare percentage reads as a share of GDP when GDP and spending are named here or in the sentence before. */
function gdpContext(text: string, list: Range[], start: number, end: number): boolean {
  const at = sentenceIndexAt(list, start);
  if (at < 0) return false;
  const here = text.slice(list[at]!.start, list[at]!.end);
  const before = at > 0 ? text.slice(list[at - 1]!.start, list[at - 1]!.end) : '';
  if (!GDP.test(here + ' ' + before) || !SPENDING.test(here + ' ' + before)) return false;
  const near = text.slice(Math.max(list[at]!.start, start - 40), Math.min(list[at]!.end, end + 40));
  return !NOT_GDP_NEARBY.test(near);
}

/**
 * A number right after a capitalised word inside a sentence names something ("Section 232", "Article 5",
 * "Flight 370", "March 3"); it counts nothing.
 */
function afterName(text: string, list: Range[], start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start).match(/(\p{Lu}[\p{L}’'.-]*)\s+$/u);
  if (!before || /[’']s$/.test(before[1]!)) return false; // "the EU’s 27 members" is a count
  const sentence = list[sentenceIndexAt(list, start)];
  return !sentence || text.slice(sentence.start, start - before[0].length).trim() !== '';
}
