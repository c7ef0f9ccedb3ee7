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
import type { Term } from 'compromise/misc';
import type { Range } from './text';

/**
 * A word with the forms it is matched by: as written (lower case) and its lemma ("tariffs", "tariff"),
 * and for a name also a mark of that ("^us" for "U.S.", so that a cue "US" is not the pronoun "us").
 */
export interface Lemma extends Range {
  forms: string[];
}

export interface Tagged {
  /** Names compromise takes for people. */
  people: Range[];
  /** Verbs in the past tense, for telling "crossed on Wednesday" from "meets on Thursday". */
  pastTense: Range[];
  /** Every word, in text order, for matching the topic codebook's cues by lemma. */
  lemmas: Lemma[];
}

/** What compromise's `root` and `offset` computations add to a term (its types leave them out). */
type ComputedTerm = Term & { root?: string; offset?: { start: number; length: number } };

/** A word in capitals ("U.S.", "WHO") or a name the tagger knows ("Nato"), not a pronoun ("Us"). */
function isName(term: ComputedTerm): boolean {
  const letters = term.text.replace(/[’']s$/, '').replace(/[^\p{L}]/gu, '');
  if (term.tags?.has('Pronoun') || term.tags?.has('QuestionWord')) return false;
  return /^\p{Lu}{2,}$/u.test(letters) || (/^\p{Lu}/u.test(letters) && Boolean(term.tags?.has('ProperNoun')));
}

function lemmasOf(doc: ReturnType<typeof nlp>): Lemma[] {
  doc.compute(['root', 'offset']);
  return (doc.docs.flat() as ComputedTerm[]).flatMap((term) => {
    if (!term.offset || !term.normal) return [];
    const forms = new Set([term.normal, term.root ?? term.normal]);
    if (isName(term)) forms.add(`^${term.normal.replace(/[’']s$/, '')}`);
    return [{ start: term.offset.start, end: term.offset.start + term.offset.length, forms: [...forms] }];
  });
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
    lemmas: lemmasOf(doc),
  };
}
