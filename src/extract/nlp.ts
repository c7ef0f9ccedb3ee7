/**
 * The one place the extractor calls compromise, an NLP library that runs in Node and the browser and
 * ships its lexicon and tagger inside its npm package (nothing is fetched at run time). It tags words;
 * the extractor's own rules do the rest. Offsets are re-found in the text, because compromise counts a
 * term's leading punctuation inconsistently ("[Putin]").
 *
 * Only the tagger (compromise/two) is loaded: the full build adds a chunker that runs on every text
 * and a people() that parses names and guesses gender for each, none of which the rules read. The
 * people match below is the full build's own (compromise 14, src/3-three/topics/people/find.js).
 */
import nlp from 'compromise/two';
import type { Range } from './text';

export interface Tagged {
  /** Names compromise takes for people. */
  people: Range[];
  /** Verbs in the past tense, for telling "crossed on Wednesday" from "meets on Thursday". */
  pastTense: Range[];
}

interface JsonMatch {
  text: string;
  offset?: { start: number; length: number };
}

function locate(text: string, matches: JsonMatch[], clean: (value: string) => string): Range[] {
  const out: Range[] = [];
  for (const match of matches) {
    if (!match.offset) continue;
    for (const part of clean(match.text).split(/\s*[—–]\s*/)) {
      const word = part.trim();
      if (!word) continue;
      const at = text.indexOf(word, Math.max(0, match.offset.start - 3));
      if (at >= 0 && at <= match.offset.start + match.offset.length) out.push({ start: at, end: at + word.length });
    }
  }
  return out;
}

const stripPunctuation = (value: string) =>
  value
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N}.]+$/u, '')
    .replace(/(?<!\b[A-Z])\.$/, '');

export function tag(text: string): Tagged {
  const doc = nlp(text);
  const people = doc.splitAfter('@hasComma').match('#Honorific+? #Person+');
  // "Lind's Foreign Office": a possessive ends a name.
  const named = people.splitAfter(people.match('#Possessive').ifNo('(his|her)'));
  return {
    people: locate(text, named.json({ offset: true }) as JsonMatch[], stripPunctuation),
    pastTense: locate(text, doc.match('#PastTense').json({ offset: true }) as JsonMatch[], stripPunctuation),
  };
}
