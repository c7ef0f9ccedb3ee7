/**
 * Whether a figure is current, pledged, hoped for, demanded or only claimed, read from cue words in the
 * clause around it ("pledged", "aims to", "called on ... to", "said it had", "spends"). The cue nearest the
 * figure wins, a cue before the figure preferred (the verb usually comes first: "pledged £500m"); the cue
 * is recorded for the review screen. With no cue, the figure is taken as stated fact (current), with a low
 * confidence.
 */
import { sentences, type Range } from './text';

export type FigureStatus = 'current' | 'pledged' | 'aspiration' | 'demanded' | 'claimed';

export interface StatusReading {
  status: FigureStatus;
  /** The cue words as written, or '' when no cue was found. */
  cue: string;
  cueSpan?: Range;
  rule: 'status-cue' | 'status-default';
  confidence: number;
}

const W = String.raw`[\p{L}’'-]+`;
/** "said it would": the speaker's own future act, a pledge. */
const REPORTED = String.raw`\b(?:said|says|announced|agreed|promised|pledged)(?:\s+on\s+${W})?\s+(?:that\s+)?(?:it|they|he|she|we|I)\s+`;
/**
 * "would" with a verb of outcome ("would cost", "would mean") is a projection, a claim; with a verb of
 * action ("would publish", "would increase") it is reported speech's "will", a pledge.
 */
const PROJECTION = String.raw`(?:cost|mean|amount|total|take|bring|add|lose|save|leave|require|need|be|generate|create)\b`;

/** Cue patterns for each status; the order breaks ties between cues at the same distance. */
const CUES: [FigureStatus, RegExp][] = [
  ['demanded', new RegExp(String.raw`\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|insist(?:s|ed|ing)?(?!\s+that)|press(?:es|ed|ing)?\s+(?:for|\p{Lu}${W})|appeal(?:s|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+(?:${W}\s+){0,2}?(?:for|to)|push(?:es|ed|ing)?\s+for|want(?:s|ed)?\s+${W}(?:\s+${W})?\s+to|must|should|seek(?:s|ing)?|sought|(?:says?|said)\s+(?:it|they|we|he|she)\s+need(?:s|ed)?)\b`, 'giu')],
  ['claimed', new RegExp(String.raw`\b(?:said\s+(?:that\s+)?(?:${W}\s+){0,4}?had|says?\s+(?:it|they|he|she)\s+(?:has|have)|claim(?:s|ed|ing)?|boast(?:s|ed|ing)?|estimat(?:e|es|ed|ing)|reckon(?:s|ed)?|according\s+to|(?:is|are|was|were)\s+expected\s+to|forecasts?|projected|predict(?:s|ed)?|put\s+the\s+(?:cost|figure|bill)|would\s+${PROJECTION}|could\s+(?:cost|lose|put))\b`, 'giu')],
  ['pledged', new RegExp(String.raw`\b(?:pledg(?:e|es|ed|ing)|commit(?:s|ted|ting|ment)?(?:\s+to)?|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|(?:will|shall)\s+(?!not\b|be\s+able\b|have\b)${W}|${REPORTED}would\s+(?!not\b)${W}|would\s+(?!not\b|like\b|${PROJECTION})${W}|propos(?:e|es|ed|ing)\s+to|backed|agreed(?:\s+to)?|announc(?:e|es|ed|ing)|set\s+aside|earmark(?:s|ed)?|allocat(?:e|es|ed)|offer(?:s|ed)?|plans?\s+to|is\s+to|are\s+to|(?:is|are)\s+set\s+to|reaffirm(?:s|ed)?)\b`, 'giu')],
  ['aspiration', new RegExp(String.raw`\b(?:aim(?:s|ed|ing)?(?:\s+to)?|aim\s+of|hop(?:e|es|ed|ing)\s+to|aspir(?:e|es|ation|ations)|ambition|goal|would\s+like|could\s+(?:reach|rise|grow|mobilise|mobilize|unlock)|potential(?:ly)?|eventual(?:ly)?|seeks?\s+to|wants?\s+to|intend(?:s|ed)?\s+to)\b`, 'giu')],
  ['current', new RegExp(String.raw`\b(?:spends|spent|currently|at\s+present|now|already|stands?\s+at|stood\s+at|totall?ed|totals|this\s+year|last\s+year|so\s+far|has\s+(?:${W}\s+)?(?:deployed|stationed|given|provided|sent)|fell|rose|doubled|tripled|halved|raised|increased|lowered|hiked|imposed|introduced|is\s+worth|were|was|has|have|is|are)\b`, 'giu')],
];

/** A reporting verb with a named or pronoun subject before it: what follows is that speaker's account. */
const REPORTING = /\b(?:said|says|told\s+[\p{L}]+|argued|argues|contended|maintained)\b/giu;

/** Forms of "be" and "have": a hint of a present fact, weaker than any other cue. */
const WEAK = /^(?:were|was|has|have|is|are)$/i;
/** A hedge that modifies a noun ("boasted of potential profits") yields to the verb that frames the clause. */
const HEDGE_ADJECTIVE = /^(?:potential|eventual)$/i;

/** The clause around a span: its sentence cut at semicolons, colons and dashes. */
export function clauseAround(text: string, at: Range, sentenceList: readonly Range[] = sentences(text)): Range {
  const sentence = sentenceList.find((s) => s.start <= at.start && at.start < s.end) ?? { start: at.start, end: at.end };
  let start = sentence.start;
  let end = sentence.end;
  for (const cut of text.slice(sentence.start, sentence.end).matchAll(/;|\s[—–-]\s|—|:\s/g)) {
    const offset = sentence.start + cut.index;
    if (offset < at.start) start = offset + cut[0].length;
    else if (offset >= at.end) {
      end = offset;
      break;
    }
  }
  return { start, end };
}

function demands(body: string, offset: number): { cue: string; start: number; end: number }[] {
  const pattern = CUES[0]![1];
  pattern.lastIndex = 0;
  return [...body.matchAll(pattern)].map((m) => ({ cue: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

/** The status of the figure whose words are at `figure`, from the cues in its clause. */
export function statusOfFigure(text: string, figure: Range, sentenceList?: readonly Range[]): StatusReading {
  const clause = clauseAround(text, figure, sentenceList);
  const body = text.slice(clause.start, clause.end);
  let best: { status: FigureStatus; cue: string; span: Range; distance: number; before: boolean } | undefined;
  for (const [status, pattern] of CUES) {
    pattern.lastIndex = 0;
    for (const found of body.matchAll(pattern)) {
      const span = { start: clause.start + found.index, end: clause.start + found.index + found[0].length };
      if (span.start < figure.end && figure.start < span.end) continue;
      const before = span.end <= figure.start;
      // A cue after the figure counts for a little less than one before it at the same distance.
      const weak = status === 'current' && WEAK.test(found[0]);
      const gap = before ? text.slice(span.end, figure.start) : text.slice(figure.end, span.start);
      // Each comma between cue and figure is a clause boundary the cue must reach across.
      const commas = (gap.match(/,(?!\d)/g) ?? []).length;
      const hedge = HEDGE_ADJECTIVE.test(found[0]) ? 20 : 0;
      const distance = (before ? gap.length : gap.length * 1.5 + 5) + (weak ? 30 : 0) + hedge + commas * 25;
      if (!best || distance < best.distance) best = { status, cue: found[0], span, distance, before };
    }
  }
  // A demand frames the act it asks for: "called on Britain to commit £250m" is a demand, not a pledge.
  if (best && best.before && best.status !== 'demanded') {
    const chosen = best;
    const frame = demands(body, clause.start).filter((d) => d.end <= chosen.span.start && !/[,;]/.test(text.slice(d.end, chosen.span.start))).at(-1);
    if (frame) return { status: 'demanded', cue: frame.cue, cueSpan: { start: frame.start, end: frame.end }, rule: 'status-cue', confidence: 0.7 };
  }
  // A present fact in someone's indirect speech ("Porter said the deficit reached $236bn") is their claim.
  if (!best || best.status === 'current') {
    const frame = [...text.slice(clause.start, figure.start).matchAll(REPORTING)].at(-1);
    if (frame && !/[,;]/.test(text.slice(clause.start + frame.index + frame[0].length, figure.start))) {
      const span = { start: clause.start + frame.index, end: clause.start + frame.index + frame[0].length };
      return { status: 'claimed', cue: frame[0], cueSpan: span, rule: 'status-cue', confidence: 0.55 };
    }
  }
  if (!best) return { status: 'current', cue: '', rule: 'status-default', confidence: 0.3 };
  const confidence = best.status === 'current' && WEAK.test(best.cue) ? 0.4 : best.before ? 0.75 : 0.6;
  return { status: best.status, cue: best.cue, cueSpan: best.span, rule: 'status-cue', confidence };
}
