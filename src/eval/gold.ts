/**
 * The gold annotations of the development corpus (tests/fixtures/corpus/): what a careful reader finds in
 * each article. A format of its own, independent of the dataset schema, so that the extractor can be scored
 * whatever the dataset contract becomes. Every item names the exact words of the article it rests on.
 */
import { z } from 'zod';

/** The topic codebook of the corpus: short ids, each with the question a position answers. */
export const corpusTopics = {
  'defence-spending': 'Should defence spending rise, or a defence-spending target be met?',
  'defence-fund': 'Should a common defence fund or loan instrument be set up, used or joined?',
  'eu-joint-debt': 'Should the EU borrow jointly, or give grants rather than loans?',
  'buy-european': 'Should common money buy only European-made weapons?',
  'ukraine-support': 'Should Ukraine be given political, military or financial support?',
  sanctions: 'Should sanctions be imposed or tightened?',
  'frozen-assets': 'Should immobilised Russian state assets themselves be used for Ukraine?',
  'irregular-migration': 'Should irregular migration be curbed by returns and a bilateral deal?',
  'submarine-pact': 'Should the submarine pact go ahead, and can it deliver?',
  tariffs: 'Should the tariffs or surtaxes in dispute be imposed or kept?',
  'trade-retaliation': 'Should a state answer tariffs with counter-measures of its own?',
  'trade-negotiation': 'Should the trade dispute be settled by negotiation?',
  ceasefire: 'Should the parties accept the truce or ceasefire?',
  mediation: 'Should the outside mediation or talks be supported?',
  peacekeeping: 'Should troops stay in, or join, the peace mission?',
  'sea-access': 'Should a landlocked state get access to a neighbour’s ports and coast?',
  'military-base': 'Should a foreign state get a military base on the coast?',
  'humanitarian-aid': 'Should humanitarian aid be given or increased?',
  'climate-finance': 'Should rich countries provide more climate finance, as grants?',
  'arctic-cooperation': 'Should Arctic cooperation that includes Russia resume?',
  // Topics of the held-out articles (tests/fixtures/heldout/).
  'fishing-quotas': 'Should the coastal states agree to share, and cut, the catch?',
  'water-treaty': 'Should the water-sharing treaty stand as it is, or be rewritten?',
  'diplomatic-relations': 'Should the two sides sign and carry out the agreements that normalise their relations?',
} as const;
export type CorpusTopic = keyof typeof corpusTopics;
const topicIds = Object.keys(corpusTopics) as [CorpusTopic, ...CorpusTopic[]];

export const goldStyles = ['wire', 'explainer', 'analysis', 'opinion', 'press-release', 'fact-sheet', 'transcript', 'live-blog'] as const;
export const goldMetrics = ['defence-spending', 'aid', 'fund-size', 'troops', 'tariff', 'trade', 'money', 'other'] as const;
export const goldStatuses = ['current', 'pledged', 'aspiration', 'demanded', 'claimed'] as const;
export const goldStances = ['supports', 'opposes', 'conditional', 'ambiguous', 'no-clear-position'] as const;

/** Words of the article: `exact` is a verbatim substring; `occurrence` (1-based) picks one when it recurs. */
const words = {
  exact: z.string().min(1),
  occurrence: z.number().int().min(1).optional(),
};

export const goldUnitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('share-of-gdp') }).strict(),
  z.object({ kind: z.literal('percent') }).strict(),
  z.object({ kind: z.literal('currency'), code: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code, e.g. EUR') }).strict(),
  z.object({ kind: z.literal('count'), thing: z.string().min(1) }).strict(),
]);

export const goldActorSchema = z
  .object({
    /** Canonical name; positions, quotes and figures refer to the actor by it. */
    name: z.string().min(1),
    kind: z.enum(['person', 'state', 'organization', 'group']),
    /** The names and titles the article uses for the actor, each verbatim (pronouns are not aliases). */
    aliases: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const goldQuoteSchema = z
  .object({
    ...words,
    /** The parts of the same quote after an interruption ("..., she said. “...”"), each verbatim. */
    continued: z.array(z.string().min(1)).optional(),
    speaker: z.string().min(1),
  })
  .strict();

export const goldFigureSchema = z
  .object({
    ...words,
    value: z.number(),
    unit: goldUnitSchema,
    metric: z.enum(goldMetrics),
    time: z.object({ phrase: z.string().min(1), year: z.number().int().optional() }).strict().optional(),
    status: z.enum(goldStatuses),
    /** The actor who holds, pledges, demands or claims the figure, when the article names one. */
    actor: z.string().min(1).optional(),
  })
  .strict();

export const goldPositionSchema = z
  .object({
    ...words,
    actor: z.string().min(1),
    topic: z.enum(topicIds),
    stance: z.enum(goldStances),
  })
  .strict();

export const goldSchema = z
  .object({
    style: z.enum(goldStyles),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    actors: z.array(goldActorSchema).min(1),
    quotes: z.array(goldQuoteSchema),
    figures: z.array(goldFigureSchema),
    positions: z.array(goldPositionSchema),
  })
  .strict();

export type Gold = z.infer<typeof goldSchema>;
export type GoldActor = z.infer<typeof goldActorSchema>;
export type GoldQuote = z.infer<typeof goldQuoteSchema>;
export type GoldFigure = z.infer<typeof goldFigureSchema>;
export type GoldPosition = z.infer<typeof goldPositionSchema>;
export type GoldUnit = z.infer<typeof goldUnitSchema>;

export interface Range {
  start: number;
  end: number;
}

/** Where the words stand in the text, or undefined when they are not there (or not that many times). */
export function locate(text: string, exact: string, occurrence = 1): Range | undefined {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(exact, at + 1);
    if (at < 0) return undefined;
  }
  return { start: at, end: at + exact.length };
}

/**
 * Everything in a gold file that does not fit its article: words not in the text, names that refer to no
 * gold actor. Each problem names its place in the file. An empty list means the gold is sound.
 */
export function goldProblems(gold: Gold, text: string): string[] {
  const problems: string[] = [];
  const names = new Set(gold.actors.map((a) => a.name));
  const missing = (path: string, exact: string, occurrence?: number) => {
    if (!locate(text, exact, occurrence)) problems.push(`${path}: “${exact}”${occurrence ? ` (occurrence ${occurrence})` : ''} is not in the article`);
  };
  const unknown = (path: string, name: string | undefined) => {
    if (name !== undefined && !names.has(name)) problems.push(`${path}: “${name}” is not a gold actor`);
  };
  if (names.size !== gold.actors.length) problems.push('actors: two actors share a name');
  gold.actors.forEach((a, i) => a.aliases.forEach((alias, j) => missing(`actors[${i}].aliases[${j}]`, alias)));
  gold.quotes.forEach((q, i) => {
    missing(`quotes[${i}].exact`, q.exact, q.occurrence);
    q.continued?.forEach((part, j) => missing(`quotes[${i}].continued[${j}]`, part));
    unknown(`quotes[${i}].speaker`, q.speaker);
  });
  gold.figures.forEach((f, i) => {
    missing(`figures[${i}].exact`, f.exact, f.occurrence);
    if (f.time) missing(`figures[${i}].time.phrase`, f.time.phrase);
    unknown(`figures[${i}].actor`, f.actor);
  });
  gold.positions.forEach((p, i) => {
    missing(`positions[${i}].exact`, p.exact, p.occurrence);
    unknown(`positions[${i}].actor`, p.actor);
  });
  return problems;
}
