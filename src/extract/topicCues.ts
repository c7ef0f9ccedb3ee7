/**
 * Files a drafted position under a topic of the codebook (data/codebook.json) by the cue phrases its
 * words use, matched by lemma: the text's words carry compromise's root ("tariffs" → "tariff"), the
 * cues are made singular with compromise's own noun rules, and a cue matches where a form meets. The
 * topic whose cues weigh most wins (a cue weighs its number of words, so "US security guarantees"
 * beats "security guarantees"); a tie goes to the topic the article names less often, the more particular
 * one (in a story about tariffs, words of tariffs and retaliation are news about retaliation). A position
 * whose own words hold no cue is read in its context (see fileUnderTopic).
 */
import nlp from 'compromise/two';
import { codebook } from '../model/codebookTopics';
import { UNASSIGNED_TOPIC_ID } from '../model/codes';
import type { Lemma } from './nlp';
import type { Range } from './text';

interface Cue {
  topic: string;
  /** The forms each word of the cue is matched by, in order. */
  words: string[][];
}

interface NounMethods {
  two: { transform: { noun: { toSingular: (word: string, model: object) => string } } };
}
const toSingular = (word: string) => (nlp.methods() as NounMethods).two.transform.noun.toSingular(word, nlp.model());

/**
 * A cue's words as compromise writes a term's normal form: lower case, split at hyphens, no full stops;
 * a word in capitals ("US", "WHO") matches only a name (nlp.ts marks them), never the word "us" or "who".
 */
function cueWords(cue: string): string[][] {
  return cue
    .replace(/[’‘]/g, "'")
    .replace(/\.(?!\d)/g, '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((written) => {
      const word = written.toLowerCase();
      if (/^[A-Z]{2,}$/.test(written)) return [`^${word}`];
      return [...new Set([word, /[a-z]s$/.test(word) ? toSingular(word) : word])];
    });
}

let cuesByFirstForm: Map<string, Cue[]> | undefined;

/** Every cue of the codebook, by each form of its first word; built on first use. */
function cueIndex(): Map<string, Cue[]> {
  if (cuesByFirstForm) return cuesByFirstForm;
  const index = new Map<string, Cue[]>();
  for (const topic of codebook.topics)
    for (const phrase of topic.cues) {
      const cue = { topic: topic.id, words: cueWords(phrase) };
      for (const form of cue.words[0] ?? []) index.set(form, [...(index.get(form) ?? []), cue]);
    }
  cuesByFirstForm = index;
  return index;
}

const meets = (forms: string[], wanted: string[]) => forms.some((form) => wanted.includes(form));

/** Weight of each topic whose cues occur in the words, a cue weighing its number of words. */
export function cueWeights(words: Lemma[]): Map<string, number> {
  const index = cueIndex();
  const weights = new Map<string, number>();
  words.forEach((word, at) => {
    const seen = new Set<Cue>();
    for (const form of word.forms)
      for (const cue of index.get(form) ?? []) {
        if (seen.has(cue) || !cue.words.every((wanted, k) => words[at + k] && meets(words[at + k]!.forms, wanted))) continue;
        seen.add(cue);
        weights.set(cue.topic, (weights.get(cue.topic) ?? 0) + cue.words.length);
      }
  });
  return weights;
}

/** The words that lie inside a range, in order. */
export const wordsIn = (lemmas: Lemma[], range: Range) => lemmas.filter((w) => w.start >= range.start && w.end <= range.end);

/** The heaviest topic, a tie going to the one the article weighs less; undefined when none. */
function heaviest(weights: Map<string, number>, article: Map<string, number>): string | undefined {
  let best: string | undefined;
  for (const [topic, weight] of weights) {
    const bestWeight = best ? weights.get(best)! : 0;
    if (weight > bestWeight || (weight === bestWeight && (article.get(topic) ?? 0) < (article.get(best!) ?? 0))) best = topic;
  }
  return best;
}

const add = (into: Map<string, number>, from: Map<string, number>) => {
  for (const [topic, weight] of from) into.set(topic, (into.get(topic) ?? 0) + weight);
  return into;
};

/** Words of an office ("Defence Secretary", "the energy minister", "Ministry of Defence") name the office, not what its holder speaks of. */
const OFFICE =
  /\b(?:[\p{L}-]+\s+){1,2}(?:ministers?|secretary|ministry|department|spokes(?:man|woman|person)|commissioner)\b|\b(?:ministers?|secretary|ministry|department)\s+(?:of|for)\s+(?:state\s+for\s+)?[\p{L}-]+(?:\s+and\s+[\p{L}-]+)?/giu;

/** The words that may name a topic: all but those of an office. */
export function topicalWords(text: string, lemmas: Lemma[]): Lemma[] {
  const offices = [...text.matchAll(OFFICE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return lemmas.filter((w) => !offices.some((o) => o.start <= w.start && w.end <= o.end));
}

export interface TopicFiling {
  topic: string;
  /** How the topic was chosen, for the draft's rule. */
  rule: 'topic:cue' | 'topic:sentence' | 'topic:previous-sentence' | 'topic:article' | 'topic:unassigned';
}

const weightsIn = (lemmas: Lemma[], ranges: Range[]) => ranges.reduce((sum, range) => add(sum, cueWeights(wordsIn(lemmas, range))), new Map<string, number>());

/** The article's leading topic, when it leads the next by a clear margin (half as much again). */
export function leadingTopic(article: Map<string, number>): string | undefined {
  const [first, second] = [...article].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 1.5 * (second?.[1] ?? 0) ? first[0] : undefined;
}

/**
 * Files positions by their evidence: by the cues of its own words, else of its sentence, else of the
 * sentence before (news keeps to a topic from one sentence to the next), else the article's leading
 * topic, else unassigned. `lemmas` are the article's topical words, `article` their cue weights.
 */
export function fileUnderTopic(lemmas: Lemma[], evidence: Range[], sentences: Range[], article: Map<string, number>): TopicFiling {
  const direct = heaviest(weightsIn(lemmas, evidence), article);
  if (direct) return { topic: direct, rule: 'topic:cue' };
  const first = sentences.findIndex((s) => evidence.some((r) => s.start < r.end && r.start < s.end));
  const around = sentences.filter((s) => evidence.some((r) => s.start < r.end && r.start < s.end));
  const inSentence = heaviest(weightsIn(lemmas, around), article);
  if (inSentence) return { topic: inSentence, rule: 'topic:sentence' };
  const before = first > 0 ? heaviest(weightsIn(lemmas, [sentences[first - 1]!]), article) : undefined;
  if (before) return { topic: before, rule: 'topic:previous-sentence' };
  const leading = leadingTopic(article);
  return leading ? { topic: leading, rule: 'topic:article' } : { topic: UNASSIGNED_TOPIC_ID, rule: 'topic:unassigned' };
}
