import type { Actor, Dataset, Position, Relation, Span } from './schema';

/**
 * Coding lint: rules that catch a coded judgement saying more than its words. They are warnings, not
 * errors: each is a heuristic over the evidence text, and a careful coder may keep a datum it flags (then
 * the datum's readingNote or summary should say why, and the words should be widened until it passes).
 */
export const lintRules = {
  'quote-without-quotation': 'basis is direct-quote but no evidence span holds a quotation mark',
  'ruled-out-without-negation': 'certainty is ruled-out but no evidence span holds a negation',
  'hinted-without-hedge': 'certainty is hinted but no evidence span holds a hedge (hint, may, might, could, suggest…)',
  'names-only-another-actor': 'no evidence span names the position’s own actor, and one names another actor',
  'firm-but-unclear': 'a firm certainty (committed or ruled-out) with an ambiguous or no clear stance',
  'same-words-firm-and-reported': 'the same words are coded firm in one position of the actor and reported in another',
  'inferred-without-note': 'reading is inferred but no readingNote says which words and why',
  'possibility-as-happened': 'relation status is happened but its words speak of a possibility or a proposal',
} as const;

export type LintRule = keyof typeof lintRules;

export interface LintWarning {
  rule: LintRule;
  /** JSON path of the datum, e.g. `positions[3]`. */
  path: string;
  id: string;
  message: string;
}

// ’ is left out: in most texts it is the apostrophe ("I’m"), and a single-quoted passage opens with ‘ anyway.
const QUOTATION = /["“”«»„‘]/;
const NEGATION = /\b(not|no|never|none|nor|neither|without|against|refuse[sd]?|refusing|reject(s|ed|ing)?|dismiss(es|ed|ing)?|rule[sd]? out|ruling out|den(y|ies|ied))\b|n[’']t\b/i;
const HEDGE = /\b(hint(s|ed|ing)?|may|might|could|suggest(s|ed|ing)?|signal(s|led|ed|ing)?|indicat(e|es|ed|ing)|possibly|perhaps|seem(s|ed)?|appear(s|ed)?)\b/i;
const POSSIBILITY = /\b(possibility|possible|possibly|potential|proposed|proposal|draft|may|might)\b/i;

const firm = (p: Position) => p.certainty === 'committed' || p.certainty === 'ruled-out';

/** The words that name an actor in the text: its name and aliases. */
function namesOf(actor: Actor): string[] {
  return [actor.name, ...actor.aliases];
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for any of `names` as whole words (so "US" is not found in "thus"). */
function nameMatcher(names: readonly string[]): RegExp | null {
  const usable = names.filter((n) => n.trim().length > 0);
  if (!usable.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

const anySpan = (evidence: readonly Span[], test: (text: string) => boolean) => evidence.some((span) => test(span.exact));
const spanKey = (span: Span) => `${span.source}:${span.start}:${span.end}`;

/** Every coding-lint warning for a dataset that already passes validation. */
export function lintDataset(dataset: Dataset): LintWarning[] {
  const warnings: LintWarning[] = [];
  const warn = (rule: LintRule, path: string, id: string) => warnings.push({ rule, path, id, message: lintRules[rule] });

  const matchers = new Map(dataset.actors.map((actor) => [actor.id, nameMatcher(namesOf(actor))]));
  const names = (actorId: string, text: string) => matchers.get(actorId)?.test(text) ?? false;

  dataset.positions.forEach((p, i) => {
    const path = `positions[${i}]`;
    if (p.basis === 'direct-quote' && !anySpan(p.evidence, (t) => QUOTATION.test(t))) warn('quote-without-quotation', path, p.id);
    if (p.certainty === 'ruled-out' && !anySpan(p.evidence, (t) => NEGATION.test(t))) warn('ruled-out-without-negation', path, p.id);
    if (p.certainty === 'hinted' && !anySpan(p.evidence, (t) => HEDGE.test(t))) warn('hinted-without-hedge', path, p.id);
    if (!anySpan(p.evidence, (t) => names(p.actor, t))) {
      const others = dataset.actors.some((a) => a.id !== p.actor && anySpan(p.evidence, (t) => names(a.id, t)));
      if (others) warn('names-only-another-actor', path, p.id);
    }
    if (firm(p) && (p.stance === 'ambiguous' || p.stance === 'none')) warn('firm-but-unclear', path, p.id);
    if (p.reading === 'inferred' && !p.readingNote?.trim()) warn('inferred-without-note', path, p.id);
  });

  // Positions of one actor that rest on the same span: firm in one and reported in another contradict each other.
  const byActor = new Map<string, { p: Position; i: number }[]>();
  dataset.positions.forEach((p, i) => {
    const entries = byActor.get(p.actor);
    if (entries) entries.push({ p, i });
    else byActor.set(p.actor, [{ p, i }]);
  });
  for (const entries of byActor.values()) {
    const firmSpans = new Set(entries.filter(({ p }) => firm(p)).flatMap(({ p }) => p.evidence.map(spanKey)));
    for (const { p, i } of entries)
      if (p.certainty === 'reported' && p.evidence.some((span) => firmSpans.has(spanKey(span)))) warn('same-words-firm-and-reported', `positions[${i}]`, p.id);
  }

  dataset.relations.forEach((r: Relation, i) => {
    const path = `relations[${i}]`;
    if (r.status === 'happened' && anySpan(r.evidence, (t) => POSSIBILITY.test(t))) warn('possibility-as-happened', path, r.id);
    if (r.reading === 'inferred' && !r.readingNote?.trim()) warn('inferred-without-note', path, r.id);
  });
  return warnings;
}
