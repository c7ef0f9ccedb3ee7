/**
 * Direct quotes and who said them. A speaker is found, in this order, from: the words after the quote
 * ("…,” he said / Trump declared / said Trump), the words before it ("Trump said: “…”", "told
 * reporters, “…”", "that the US “…”"), and, for a quote with no attribution of its own, the speaker
 * of the quote just before it in the same run of quotes. A quote split around its attribution
 * ("“…,” she said, “…”") is one quote with two spans. Scare quotes ("a US “backstop”") are skipped.
 */
import { lastPersonBefore, mentionAt, type ActorFindings } from './actors';
import type { QuotedPassage, Range } from './text';

export type AttributionRule = 'after' | 'before' | 'adjacent' | 'continued';

export interface ExtractedQuote {
  /** The quoted passage(s), with their quote marks; two when the quote is split by its attribution. */
  parts: Range[];
  /** Key of the speaker, when one was found. */
  speaker?: string;
  rule?: AttributionRule;
  /** Where the attribution ("he said") is, for evidence. */
  attribution?: Range;
}

export const SPEECH_VERBS =
  'said|says|say|declared|declares|warned|warns|told|tells|added|adds|insisted|insists|argued|argues|stated|states|explained|explains|claimed|claims|noted|notes|asked|asks|wrote|writes|tweeted|posted|continued|replied|replies|recalled|acknowledged|admitted|conceded|urged|stressed|emphasised|emphasized|remarked|announced|cautioned|predicted|promised|vowed|boasted|suggested|observed|added|answered|responded|shouted|joked|conceded|pledged|maintained|reiterated|confirmed|countered';

const PRONOUN = /^(he|she|He|She)$/;
const AFTER = new RegExp(
  String.raw`^[\s,]*(?:(?<verb1>${SPEECH_VERBS})\s+(?<who1>\S[^,.;:!?“”"]*)|(?<who2>\S[^,.;:!?“”"]*?)\s+(?:(?:has|had|have|was|later|then|also)\s+)?(?<verb2>${SPEECH_VERBS}))(?=[\s,.;:!?]|$)`,
);
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${SPEECH_VERBS})\b[^“”".!?]{0,60}?[:,]\s*$`, 'u');

/** A quote, not a scare quote: several words, or it ends in a stop or comma inside the marks. */
function isSpeech(text: string, passage: QuotedPassage): boolean {
  const inner = text.slice(passage.inner.start, passage.inner.end).trim();
  const words = inner.split(/\s+/).length;
  return words >= 6 || (words >= 3 && /[.,!?…—-]$/.test(inner));
}

export function findQuotes(text: string, passages: QuotedPassage[], actors: ActorFindings): ExtractedQuote[] {
  const speech = passages.filter((p) => isSpeech(text, p));
  const quotes: ExtractedQuote[] = [];
  /** The speaker named by the words between `from` and `to`: an actor mention, or he/she resolved to the last person. */
  const who = (from: number, to: number): string | undefined => {
    const words = text.slice(from, to);
    const pronoun = words.match(/\b(he|she|He|She)\b/);
    const mention = actors.mentions.find((m) => m.start >= from && m.end <= to && !m.inQuote);
    if (mention && (!pronoun || mention.start - from <= pronoun.index!)) return mention.actor;
    if (pronoun && PRONOUN.test(pronoun[1]!)) return lastPersonBefore(actors, from);
    return undefined;
  };

  for (let i = 0; i < speech.length; i++) {
    const passage = speech[i]!;
    const quote: ExtractedQuote = { parts: [passage.outer] };
    const tail = text.slice(passage.outer.end, passage.outer.end + 80).split(/[“"\n]/)[0]!;
    const after = tail.match(AFTER);
    if (after?.groups) {
      const whoText = after.groups.who1 ?? after.groups.who2 ?? '';
      const whoStart = passage.outer.end + after[0].lastIndexOf(whoText);
      const speaker = who(whoStart, whoStart + whoText.length);
      if (speaker) {
        quote.speaker = speaker;
        quote.rule = 'after';
        quote.attribution = { start: passage.outer.end + (after[0].length - after[0].trimStart().length), end: passage.outer.end + after[0].length };
        // "“…,” he said, “…”": the passage right after the attribution is the rest of the same quote.
        const next = speech[i + 1];
        if (next && /^\s*,\s*$/.test(text.slice(passage.outer.end + after[0].length, next.outer.start))) {
          quote.parts.push(next.outer);
          i++;
        }
      }
    }
    if (!quote.speaker) {
      const lineStart = text.lastIndexOf('\n', passage.outer.start - 1) + 1;
      const head = text.slice(Math.max(lineStart, passage.outer.start - 160), passage.outer.start);
      const headStart = passage.outer.start - head.length;
      const sentenceStart = headStart + Math.max(0, head.search(/[^.!?”"]*$/));
      if (BEFORE.test(head)) {
        const speaker = who(sentenceStart, passage.outer.start);
        if (speaker) {
          quote.speaker = speaker;
          quote.rule = 'before';
          quote.attribution = { start: sentenceStart, end: passage.outer.start };
        }
      }
      if (!quote.speaker) {
        // "…, stating only that the US “…”": the actor named right before the opening mark.
        const mention = mentionAt(actors, passage.outer.start - 2) ?? mentionAt(actors, passage.outer.start - 1);
        if (mention && /^\s*$/.test(text.slice(mention.end, passage.outer.start))) {
          quote.speaker = mention.actor;
          quote.rule = 'adjacent';
          quote.attribution = { start: mention.start, end: mention.end };
        }
      }
    }
    quotes.push(quote);
  }

  // A quote with no attribution of its own, straight after an attributed one, is the same voice going on.
  for (let i = 1; i < quotes.length; i++) {
    const quote = quotes[i]!;
    const previous = quotes[i - 1]!;
    const gap = text.slice(previous.parts.at(-1)!.end, quote.parts[0]!.start);
    if (!quote.speaker && previous.speaker && gap.length < 200 && !actors.mentions.some((m) => m.start >= previous.parts.at(-1)!.end && m.end <= quote.parts[0]!.start && m.actor !== previous.speaker && actors.actors.get(m.actor)?.kind === 'person')) {
      quote.speaker = previous.speaker;
      quote.rule = 'continued';
    }
  }
  return quotes;
}
