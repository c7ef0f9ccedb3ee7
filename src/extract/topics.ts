/**
 * Topics for drafted positions. A topic is a phrase the article keeps coming back to: a pair or
 * triple of content words found at least twice ("security guarantees", "lasting peace"). A position's
 * topic is the most repeated such phrase in its words, or failing that its first content words.
 */

/** Words that carry no topic (or, before a group noun, no name). */
export const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from as into onto over under about after before between during than that this these those
  it its it’s their his her our your my we you they he she i me him them us is are was were be been being has have had do does did will
  would could should may might must can not no nor so such very much more most less least only also just even still yet any all some each
  every other another what which who whom whose when where why how there here then now up down out off again further once same own too
  idea ideas said says say told warned declared added going get got make made take taken give given way ways one two three new old
  while whilst though although because since unless until among amid against i’m we’re it’s don’t can’t won’t there’s that’s he’s she’s they’re i’ve we’ve let’s`.split(/\s+/),
);

const words = (text: string) => text.toLowerCase().match(/[\p{L}][\p{L}’'-]*/gu) ?? [];
const isContent = (word: string) => word.length > 2 && !STOPWORDS.has(word);

/** Phrases of two or three content words that the text uses at least twice, with their counts. */
export function recurringPhrases(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of text.split(/[.!?\n;:,“”"—]+/)) {
    const list = words(sentence);
    for (let n = 2; n <= 3; n++)
      for (let i = 0; i + n <= list.length; i++) {
        const gram = list.slice(i, i + n);
        if (!gram.every(isContent)) continue;
        const key = gram.join(' ');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
  }
  for (const [key, count] of counts) if (count < 2) counts.delete(key);
  return counts;
}

/** The topic phrase for some words: a recurring phrase in them, else their first few content words. */
export function topicPhrase(words_: string, recurring: Map<string, number>, names: ReadonlySet<string>): string | undefined {
  const lower = ` ${words(words_).join(' ')} `;
  let best: [string, number] | undefined;
  for (const [phrase, count] of recurring) {
    if (!lower.includes(` ${phrase} `) || names.has(phrase)) continue;
    if (!best || count > best[1] || (count === best[1] && phrase.length > best[0].length)) best = [phrase, count];
  }
  if (best) return best[0];
  const content = words(words_).filter((w) => isContent(w) && !names.has(w));
  return content.length ? content.slice(0, 3).join(' ') : undefined;
}
