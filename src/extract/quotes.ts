/**
 * Direct quotes and who said them. A quote is a passage in straight or curly quote marks, a paragraph
 * introduced by "X said:" on the line before (press releases), or a turn of a transcript ("MINISTER
 * SMITH: …"). A speaker is found, in this order, from: the words after the quote ("…,” he said /
 * Smith declared / said Smith), the words before it ("Smith said: “…”"), the rest of its sentence
 * ("Smith called the plan “a fine idea”", "according to Smith"), and, for a quote with no
 * attribution of its own, the speaker of the quote just before it. A quote split around its
 * attribution ("“…,” she said, “…”") is one quote with two spans. Short quotes that no attribution
 * claims are scare quotes ("a so-called “backstop”") and are dropped.
 */
import { lastPersonBefore, mentionAt, type ActorFindings, type Mention } from './actors';
import type { Draft } from './draft';
import { inside, relativeClauses, sentenceAt, type QuotedPassage, type Range } from './text';

export type AttributionRule = 'after' | 'before' | 'sentence' | 'according-to' | 'block' | 'transcript' | 'adjacent' | 'continued';

export interface ExtractedQuote {
  /** The quoted passage(s), with their quote marks; two when the quote is split by its attribution. */
  parts: Range[];
  /** Key of the speaker, when one was found. */
  speaker?: string;
  rule?: AttributionRule;
  /** Which rule attributed it and how far to trust it. */
  draft?: Draft;
  /** Where the attribution ("he said") is, for evidence. */
  attribution?: Range;
}

/** How far each attribution rule is trusted: measured on hand-written sentences, ordered by how much context each reads. */
const CONFIDENCE: Record<AttributionRule, number> = {
  after: 0.9,
  before: 0.85,
  transcript: 0.85,
  block: 0.8,
  'according-to': 0.75,
  sentence: 0.7,
  continued: 0.6,
  adjacent: 0.5,
};

/** Verbs of saying, in the forms news prose uses them. */
export const SPEECH_VERBS = [
  'say', 'says', 'said', 'saying', 'stating', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'declare', 'declares', 'declared',
  'warn', 'warns', 'warned', 'warning', 'insist', 'insists', 'insisted', 'argue', 'argues', 'argued', 'arguing', 'state', 'stated',
  'explain', 'explains', 'explained', 'claim', 'claims', 'claimed', 'note', 'notes', 'noted', 'ask', 'asks', 'asked', 'write',
  'writes', 'wrote', 'tweeted', 'posted', 'continued', 'reply', 'replies', 'replied', 'recalled', 'acknowledged', 'admitted',
  'conceded', 'urge', 'urges', 'urged', 'stress', 'stresses', 'stressed', 'emphasised', 'emphasized', 'remarked', 'announce',
  'announces', 'announced', 'cautioned', 'predicted', 'promise', 'promises', 'promised', 'vow', 'vows', 'vowed', 'boasted',
  'suggest', 'suggests', 'suggested', 'observed', 'answered', 'responded', 'shouted', 'joked', 'pledge', 'pledges', 'pledged',
  'maintain', 'maintains', 'maintained', 'reiterated', 'confirm', 'confirms', 'confirmed', 'countered', 'call', 'calls', 'called',
  'calling', 'describe', 'describes', 'described', 'describing', 'dismissed', 'dismissing', 'labelled', 'labeled', 'branded',
  'termed', 'accused', 'accusing', 'complained', 'protested', 'demanded', 'demands', 'promising', 'hailed', 'praised', 'welcomed',
  'condemned', 'criticised', 'criticized', 'rejected', 'told', 'repeated', 'signalled', 'signaled', 'hinted', 'indicated', 'admits',
  'concedes', 'thinks', 'believes', 'believed', 'expects', 'expected', 'hopes', 'hoped', 'commented', 'summed', 'put it',
].join('|');

const VERB = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERBS})(?![\p{L}])`, 'gu');
const PRONOUN = /(?<![\p{L}])(he|she|He|She)(?![\p{L}])/u;
const AFTER = new RegExp(
  String.raw`^[\s,]*(?:(?<verb1>${SPEECH_VERBS})\s+(?<who1>\S[^,.;:!?“”"]*)|(?<who2>\S[^,.;:!?“”"]*?)\s+(?:(?:has|had|have|was|later|then|also|once|again)\s+)?(?<verb2>${SPEECH_VERBS}))(?=[\s,.;:!?]|$)`,
  'u',
);
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${SPEECH_VERBS})\b[^“”".!?]{0,80}?[:,]\s*$`, 'u');
const ACCORDING = /\baccording to\s+/g;
/** "MINISTER SMITH: …" opening a line; a label in capitals, perhaps with a bracket after it. */
const TURN = /^([A-Z][A-Z.'’\- ]*[A-Z])(?:\s*\([^)\n]*\))?:[ \t]+(\S[^\n]*)$/gm;
const NOT_SPEAKERS = /^(?:QUESTION|Q|REPORTER|MODERATOR|AUDIENCE|PARTICIPANT|OPERATOR|NOTE|EDITOR)/;

const isPerson = (actors: ActorFindings, m: Mention) => actors.actors.get(m.actor)?.kind === 'person';

/** A quote, not a scare quote: several words, or it ends in a stop or comma inside the marks. */
function isSpeech(text: string, passage: QuotedPassage): boolean {
  const inner = text.slice(passage.inner.start, passage.inner.end).trim();
  const words = inner.split(/\s+/).length;
  return words >= 6 || (words >= 3 && /[.,!?…—-]$/.test(inner));
}

/**
 * The speaker named by the words between `from` and `to`, outside quotes and outside relative clauses
 * (", which has troops there,"): the first person named there (so "European Commission President Ana
 * Ruiz" and "Ruiz, who met Putin," are Ruiz), a person named as an owner ("Ruiz's adviser, Tom Hale,")
 * only when no other person is; else the organisation or state named nearest the verb ("a spokesman for
 * the ministry"), else "he" or "she" resolved to the person last named before.
 */
function speakerIn(text: string, actors: ActorFindings, from: number, to: number, nearest: 'first' | 'last'): string | undefined {
  const clauses = relativeClauses(text, from, to);
  const here = actors.mentions.filter((m) => m.start >= from && m.end <= to && !m.inQuote && !inside(m.start, clauses));
  const pronoun = PRONOUN.exec(text.slice(from, to));
  const pronounAt = pronoun ? from + pronoun.index : Infinity;
  const owner = (m: Mention) => /^[’']s\b/.test(text.slice(m.end, m.end + 2));
  const person = here.find((m) => isPerson(actors, m) && !owner(m)) ?? here.find((m) => isPerson(actors, m));
  if (person && person.start < pronounAt) return person.actor;
  if (pronoun && (!here.length || here[0]!.start > pronounAt)) return lastPersonBefore(actors, pronounAt, pronoun[1]);
  const other = nearest === 'first' ? here[0] : here.at(-1);
  return other?.actor;
}

/** Paragraphs that follow a line ending "… said:" with no quote mark: the press-release form. */
function blockQuotes(text: string): { passage: Range; attribution: Range }[] {
  const out: { passage: Range; attribution: Range }[] = [];
  const source = String.raw`^[^\n“”"]*(?<![\p{L}])(?:${SPEECH_VERBS})(?![\p{L}])[^\n“”"]{0,60}:[ \t]*$`;
  const isAttribution = new RegExp(source, 'u');
  for (const match of text.matchAll(new RegExp(source, 'gmu'))) {
    const attribution = { start: match.index, end: match.index + match[0].length };
    const first = /^\s*\n\s*([^\n“"]\S[^\n]*)/.exec(text.slice(attribution.end));
    if (!first) continue;
    const start = attribution.end + first[0].length - first[1]!.length;
    let end = start + first[1]!.length;
    // Following paragraphs in the first person carry the same statement on.
    for (;;) {
      const next = /^\s*\n\s*([^\n]+)/.exec(text.slice(end));
      if (!next || !/(?<![\p{L}])(?:I|we|We|our|Our|my|My)(?![\p{L}])/u.test(next[1]!) || isAttribution.test(next[1]!)) break;
      end += next[0].length;
    }
    out.push({ passage: { start, end }, attribution });
  }
  return out;
}

/** Transcript turns ("SPECIAL ENVOY REID: …"), with the speaker found by the label's last word. */
function transcriptTurns(text: string, actors: ActorFindings): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  for (const match of text.matchAll(TURN)) {
    const label = match[1]!;
    if (NOT_SPEAKERS.test(label)) continue;
    const last = label.split(/\s+/).pop()!.toLowerCase();
    const speaker = [...actors.actors.values()].find(
      (a) => a.kind === 'person' && a.name.toLowerCase().split(/\s+/).some((part) => part === last),
    );
    const start = match.index + match[0].length - match[2]!.length;
    // A turn whose label names no actor is still a turn: it is left unattributed, never taken for the previous speaker's.
    out.push({
      parts: [{ start, end: match.index + match[0].length }],
      attribution: { start: match.index, end: match.index + label.length },
      ...(speaker ? { speaker: speaker.key, rule: 'transcript' as const, draft: { rule: 'quote:transcript', confidence: CONFIDENCE.transcript } } : {}),
    });
  }
  return out;
}

/**
 * The speaker a sentence names with "according to" or a verb of saying, outside its quoted words: the
 * verb nearest before the quote, else the nearest after it (a verb further off belongs to another clause). Its subject is looked for from the
 * start of its clause ("…, but the draft says" starts at "the draft"), then right after it ("said Ruiz").
 */
function sentenceSpeaker(text: string, actors: ActorFindings, sentence: Range, quoted: Range[], quote: Range): { speaker: string; rule: AttributionRule; at: Range } | undefined {
  const body = text.slice(sentence.start, sentence.end);
  const outside = (at: number) => !quoted.some((q) => q.start <= at && at < q.end);
  for (const match of body.matchAll(ACCORDING)) {
    const from = sentence.start + match.index + match[0].length;
    if (!outside(from)) continue;
    const stop = text.slice(from, sentence.end).search(/[,.;:!?“”"]/);
    const speaker = speakerIn(text, actors, from, stop < 0 ? sentence.end : from + stop, 'first');
    if (speaker) return { speaker, rule: 'according-to', at: { start: from - match[0].length, end: from } };
  }
  const verbs = [...body.matchAll(VERB)].map((m) => ({ at: sentence.start + m.index, end: sentence.start + m.index + m[0].length })).filter((v) => outside(v.at));
  const ordered = [verbs.filter((v) => v.end <= quote.start).at(-1), verbs.find((v) => v.at >= quote.end)].filter((v) => v !== undefined);
  for (const { at, end } of ordered) {
    const lastQuote = quoted.filter((q) => q.end <= at && q.start >= sentence.start).at(-1);
    // "X called it “…” and said …": after a quote, a bare "and" hands the verb the sentence's subject.
    const coordinated = lastQuote !== undefined && /^[\s,]*(?:and|but|then|before|after)\s+(?:\w+\s+)?$/.test(text.slice(lastQuote.end, at));
    // "X said the plan “…” and urged …": a verb joined by "and" to an earlier one has that verb's subject.
    const firstVerb = verbs[0]!;
    const joined = !coordinated && lastQuote !== undefined && firstVerb.end <= lastQuote.start && /(?:^|\s)(?:and|but)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(lastQuote.end, at));
    let from = lastQuote && !coordinated && !joined ? lastQuote.end : sentence.start;
    const clause = [...text.slice(from, joined ? firstVerb.at : at).matchAll(/(?:,\s*(?:but|and|while|whereas|yet|although|though)\s|;\s*)/g)].at(-1);
    if (clause) from += clause.index + clause[0].length;
    const before = speakerIn(text, actors, from, joined ? firstVerb.at : at, 'last');
    if (before) return { speaker: before, rule: 'sentence', at: { start: from, end } };
    // "said Ana Ruiz, the foreign minister": the subject after the verb.
    const tailEnd = text.slice(end, sentence.end).search(/[,.;:!?“”"]/);
    const to = tailEnd < 0 ? sentence.end : end + tailEnd;
    // Only straight after a quote or at the clause start is the subject after the verb ("“…,” said Ruiz").
    if (/[\p{L}\p{N}]/u.test(text.slice(from, at))) continue;
    const after = speakerIn(text, actors, end, to, 'first');
    if (after && /^\s+(?:the\s+|a\s+)?\p{Lu}|^\s+(?:he|she)\b/u.test(text.slice(end, to))) return { speaker: after, rule: 'sentence', at: { start: at, end: to } };
  }
  return undefined;
}

export function findQuotes(text: string, passages: QuotedPassage[], actors: ActorFindings, sentenceList: Range[]): ExtractedQuote[] {
  const quotes: ExtractedQuote[] = [];
  const quoted = passages.map((p) => p.outer);
  const attribute = (quote: ExtractedQuote, speaker: string, rule: AttributionRule, attribution: Range) => {
    quote.speaker = speaker;
    quote.rule = rule;
    quote.draft = { rule: `quote:${rule}`, confidence: CONFIDENCE[rule] };
    quote.attribution = attribution;
  };

  for (let i = 0; i < passages.length; i++) {
    const passage = passages[i]!;
    const quote: ExtractedQuote = { parts: [passage.outer] };
    const tail = text.slice(passage.outer.end, passage.outer.end + 100).split(/[“"\n]/)[0]!;
    // "“…,” she said": only a quote that ends its clause inside the marks, or is followed by a comma, has its
    // attribution after it; "…the US “strongly supports” the talks and urged…" is a partial quote in a sentence.
    const closes = /[,.!?…—–-]\s*$/.test(text.slice(passage.inner.start, passage.inner.end)) || /^\s*,/.test(tail);
    const after = closes ? tail.match(AFTER) : null;
    if (after?.groups) {
      const whoText = after.groups.who1 ?? after.groups.who2 ?? '';
      const whoStart = passage.outer.end + after[0].lastIndexOf(whoText);
      const speaker = speakerIn(text, actors, whoStart, whoStart + whoText.length, after.groups.who1 ? 'first' : 'last');
      if (speaker) {
        const lead = after[0].length - after[0].trimStart().length;
        attribute(quote, speaker, 'after', { start: passage.outer.end + lead, end: passage.outer.end + after[0].length });
        // "“…,” he said, “…”": the passage right after the attribution is the rest of the same quote.
        const next = passages[i + 1];
        if (next && /^\s*[,:]\s*$/.test(text.slice(passage.outer.end + after[0].length, next.outer.start))) {
          quote.parts.push(next.outer);
          i++;
        }
      }
    }
    if (!quote.speaker) {
      const lineStart = text.lastIndexOf('\n', passage.outer.start - 1) + 1;
      const head = text.slice(Math.max(lineStart, passage.outer.start - 160), passage.outer.start);
      const headStart = passage.outer.start - head.length;
      const clauseStart = headStart + Math.max(0, head.search(/[^.!?”"]*$/));
      const speaker = BEFORE.test(head) ? speakerIn(text, actors, clauseStart, passage.outer.start, 'last') : undefined;
      if (speaker) attribute(quote, speaker, 'before', { start: clauseStart, end: passage.outer.start });
    }
    if (!quote.speaker) {
      const sentence = sentenceAt(sentenceList, passage.outer.start);
      const found = sentence && sentenceSpeaker(text, actors, sentence, quoted, passage.outer);
      if (found) attribute(quote, found.speaker, found.rule, found.at);
    }
    if (!quote.speaker) {
      // "Ruritania: “…”", as live blogs and headlines attribute.
      const mention = actors.mentions.filter((m) => m.end <= passage.outer.start && !m.inQuote).at(-1);
      if (mention && /^\s*:\s*$/.test(text.slice(mention.end, passage.outer.start))) attribute(quote, mention.actor, 'before', { start: mention.start, end: passage.outer.start });
    }
    if (!quote.speaker && isSpeech(text, passage)) {
      // "…, saying only that the ministry “…”": the actor named right before the opening mark.
      const mention = mentionAt(actors, passage.outer.start - 2) ?? mentionAt(actors, passage.outer.start - 1);
      if (mention && /^\s*$/.test(text.slice(mention.end, passage.outer.start))) attribute(quote, mention.actor, 'adjacent', mention);
    }
    // A short passage that nobody is said to have said is a scare quote, not speech.
    if (!quote.speaker && !isSpeech(text, passage)) continue;
    quotes.push(quote);
  }

  for (const block of blockQuotes(text)) {
    if (quoted.some((q) => q.start < block.passage.end && block.passage.start < q.end)) continue;
    const quote: ExtractedQuote = { parts: [block.passage] };
    const speaker = speakerIn(text, actors, block.attribution.start, block.attribution.end, 'first');
    if (!speaker) continue; // without a speaker, nothing says the paragraph is speech
    attribute(quote, speaker, 'block', block.attribution);
    quotes.push(quote);
  }
  for (const turn of transcriptTurns(text, actors)) if (!quoted.some((q) => q.start < turn.parts[0]!.end && turn.parts[0]!.start < q.end)) quotes.push(turn);
  quotes.sort((a, b) => a.parts[0]!.start - b.parts[0]!.start);

  // A quote with no attribution of its own, straight after an attributed one, is the same voice going on.
  for (let i = 1; i < quotes.length; i++) {
    const quote = quotes[i]!;
    const previous = quotes[i - 1]!;
    const gapStart = previous.parts.at(-1)!.end;
    const gap = text.slice(gapStart, quote.parts[0]!.start);
    const otherPerson = actors.mentions.some((m) => m.start >= gapStart && m.end <= quote.parts[0]!.start && m.actor !== previous.speaker && isPerson(actors, m));
    if (!quote.speaker && !quote.attribution && previous.speaker && gap.length < 200 && !otherPerson) {
      quote.speaker = previous.speaker;
      quote.rule = 'continued';
      quote.draft = { rule: 'quote:continued', confidence: CONFIDENCE.continued };
    }
  }
  return quotes;
}
