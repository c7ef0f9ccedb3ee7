/**
 * Figures: a share of GDP with the year or window it refers to, and sums of US dollars with their
 * scale ("$500 billion" is 500000000000). Whether each is current, pledged, demanded, claimed or only
 * hoped for is read from the words of its own clause. A bare "3%" in a sentence that already gave a
 * share of GDP ("…to 2.5% of GDP by 2027, with a potential rise to 3%") is a share of GDP too.
 */
import { inQuantityRange, quantityRangeMessage } from '../model/codes';
import type { FigureStatus } from '../model/schema';
import type { Range } from './text';

export interface FigureTime {
  year?: number;
  earliest?: number;
  latest?: number;
  phrase: string;
  note?: string;
}

export interface ExtractedFigure {
  value: number;
  unit: 'percent-of-gdp' | 'usd';
  metric: 'defence-spending' | 'money';
  status: FigureStatus;
  time?: FigureTime;
  /** The number as written ("2.5%", "$500 billion"). */
  number: Range;
  /** The clause the figure is read from: its evidence. */
  clause: Range;
  /** Why the status was chosen: the cue words, for the review screen. */
  cue: string;
}

/** Cue words for each status, strongest claim on the clause first. */
const STATUS_CUES: [FigureStatus, RegExp][] = [
  ['demanded', /\b(call(?:s|ed|ing)? (?:on|for)|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|insist(?:s|ed|ing)?|press(?:es|ed|ing)? (?:for|allies)|want(?:s|ed)? \w+ to|must (?:spend|pay|rise|reach))\b/i],
  ['claimed', /\b(boast(?:s|ed|ing)?|claim(?:s|ed|ing)?|brag(?:s|ged|ging)?|assert(?:s|ed)?|warn(?:s|ed|ing)?|estimat(?:e|es|ed|ing)|predict(?:s|ed)?|say(?:s)? (?:it|this) will)\b/i],
  ['pledged', /\b(pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|commit(?:s|ted|ting)?|vow(?:s|ed)?|(?:will|would|shall) (?!not\b|be able\b)[a-z]+|announc(?:e|es|ed|ing)|plans? to|set to|target(?:s|ed)?)\b/i],
  ['aspiration', /\b(potential(?:ly)?|could|might|may|hop(?:e|es|ed|ing)|aim(?:s|ed)?|ambition|aspir(?:e|es|ation)|goal|would like|eventual(?:ly)?)\b/i],
  ['current', /\b(current(?:ly)?|now|at present|spends|spent|stands? at|already|this year’s|last year)\b/i],
];

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12, t: 1e12,
};

const PERCENT = /(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)(\s+of\s+(?:(?:its|their|the country’s|the country's|national)\s+)?(?:GDP|gross domestic product|economic output))?/gi;
const DOLLARS = /(?:US\$|\$|USD\s?)\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|mn|trn|tn|[mbkt])\b)?|(\d[\d,]*(?:\.\d+)?)\s?(thousand|million|billion|trillion)?\s+(?:US\s+)?dollars\b/gi;

/** A clause: the sentence cut at commas, semicolons and dashes (not inside numbers). */
function clauseAround(text: string, sentence: Range, at: Range): Range {
  const body = text.slice(sentence.start, sentence.end);
  let start = 0;
  let end = body.length;
  for (const cut of body.matchAll(/,(?!\d)|;|\s[—–-]\s|—/g)) {
    const offset = sentence.start + cut.index;
    if (offset < at.start) start = cut.index + cut[0].length;
    else if (offset >= at.end && cut.index < end) {
      end = cut.index;
      break;
    }
  }
  let s = sentence.start + start;
  let e = sentence.start + end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s.]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** The year or window a figure refers to, from the words just after it (or just before). */
export function figureTime(after: string, before: string, publishedYear?: number): FigureTime | undefined {
  const year = after.match(/^[^.;]{0,40}?\b((?:by|in|from|until|before|for)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d))\b/i) ??
    before.match(/\b((?:by|in)\s+((?:19|20)\d\d))\b[^.;]{0,30}$/i);
  if (year) return { year: Number(year[2]), phrase: year[1]! };
  const range = after.match(/^[^.;]{0,40}?\b(between\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d))/i);
  if (range) return { earliest: Number(range[2]), latest: Number(range[3]), phrase: range[1]! };
  const election = after.match(/^[^.;]{0,40}?\b((?:after|by|before) the next (?:general )?election)/i);
  if (election) return { phrase: election[1]!, note: 'The text gives no year; the window depends on when the next election is held.' };
  if (publishedYear !== undefined) {
    const relative = after.match(/^[^.;]{0,40}?\b((?:by |in )?(this|next|last) year|by the end of the decade|within the next decade|within (?:the next )?(\d+|two|three|four|five|ten) years)\b/i);
    if (relative) {
      const phrase = relative[1]!;
      const within = phrase.match(/within (?:the next )?(decade|\d+|two|three|four|five|ten)/i);
      if (within) {
        const span = { decade: 10, two: 2, three: 3, four: 4, five: 5, ten: 10 }[within[1]!.toLowerCase() as 'two'] ?? Number(within[1]);
        return { earliest: publishedYear, latest: publishedYear + span, phrase, note: `A window of ${span} years from the publication year ${publishedYear}.` };
      }
      if (/decade/i.test(phrase)) {
        const end = Math.floor(publishedYear / 10) * 10 + 9;
        return { year: end, phrase, note: `“the end of the decade” read as ${end}, from the publication year ${publishedYear}.` };
      }
      const shift = { this: 0, next: 1, last: -1 }[relative[2]?.toLowerCase() as 'this'] ?? undefined;
      if (shift !== undefined) return { year: publishedYear + shift, phrase, note: `Resolved against the publication year ${publishedYear}.` };
    }
  }
  return undefined;
}

function statusOf(clause: string): { status: FigureStatus; cue: string } {
  for (const [status, cue] of STATUS_CUES) {
    const found = clause.match(cue);
    if (found) return { status, cue: found[0] };
  }
  // No cue at all: the article states it, and says no more than that.
  return { status: 'claimed', cue: '' };
}

export function findFigures(text: string, sentenceList: Range[], publishedYear?: number): { figures: ExtractedFigure[]; warnings: string[] } {
  const figures: ExtractedFigure[] = [];
  const warnings: string[] = [];
  for (const sentence of sentenceList) {
    const body = text.slice(sentence.start, sentence.end);
    let gdpSentence = false;
    const defence = /\b(defen[cs]e|military|armed forces|arms)\b/i.test(body);
    const read = (match: RegExpMatchArray, value: number, unit: ExtractedFigure['unit']) => {
      const quantityUnit = unit === 'usd' ? 'money' : 'share-of-gdp';
      if (!inQuantityRange(value, quantityUnit)) return void warnings.push(`Skipped “${match[0].trim()}”: ${quantityRangeMessage(value, quantityUnit)}`);
      const number = { start: sentence.start + match.index!, end: sentence.start + match.index! + match[0].length };
      const clause = clauseAround(text, sentence, number);
      const clauseText = text.slice(clause.start, clause.end);
      const { status, cue } = statusOf(clauseText);
      const time = figureTime(text.slice(number.end, clause.end + 40), text.slice(clause.start, number.start), publishedYear);
      figures.push({ value, unit, metric: unit === 'usd' ? 'money' : 'defence-spending', status, time, number, clause, cue });
    };
    for (const match of body.matchAll(PERCENT)) {
      const ofGdp = Boolean(match[2]);
      if (ofGdp) gdpSentence = true;
      // A bare percentage counts only after a share of GDP in the same sentence, joined by a rise or fall.
      const joined = !ofGdp && gdpSentence && /\b(to|rise|rising|increase|increasing|reach|reaching|up to)\s*$/i.test(body.slice(0, match.index));
      if (!ofGdp && !joined) continue;
      if (!defence) {
        warnings.push(`Skipped “${match[0].trim()}”: a share of GDP that is not about defence has no metric in the data contract.`);
        continue;
      }
      read(match, Number(match[1]), 'percent-of-gdp');
    }
    for (const match of body.matchAll(DOLLARS)) {
      const digits = (match[1] ?? match[3] ?? '').replace(/,/g, '');
      const scale = (match[2] ?? match[4] ?? '').toLowerCase();
      const value = Number(digits) * (SCALE[scale] ?? 1);
      if (!Number.isFinite(value)) continue;
      read(match, Math.round(value * 100) / 100, 'usd');
    }
    for (const match of body.matchAll(/(?:£|€)\s?\d[\d,.]*(?:\s?(?:billion|million|bn|m))?/g))
      warnings.push(`Skipped “${match[0]}”: the data contract records money in US dollars only.`);
  }
  return { figures, warnings };
}
