import type { Basis, Certainty, FigureStatus, Relation, Stance, StanceEvent } from '../../model/schema';
import type { readings } from '../../model/codes';

/**
 * What each coded value means, in the codebook's words. Typed by the codes, so a value added to the
 * contract without a meaning here fails to compile. Written for any dataset: no example is built in.
 */
export const stanceMeaning: Record<Stance, string> = {
  supports: 'The actor is for what the topic’s question asks.',
  opposes: 'The actor is against it.',
  conditional: 'The actor is for it only if something else happens; the summary names the condition, and links it where it is another position.',
  ambiguous: 'The words point both ways, or hedge so that neither for nor against can be read from them.',
  none: 'The words show no position either way: the actor declines to say, or the source calls their view unclear.',
};

export const certaintyMeaning: Record<Certainty, string> = {
  committed: 'Put firmly, in words or by an act.',
  'ruled-out': 'Refused firmly: the words hold a negation (“ruled out”, “will not”). A limit on how far the actor will go is committed, not ruled out.',
  hinted: 'The actor signals it without saying it (“hinted”, “may”, “could”).',
  noncommittal: 'The actor declines to commit either way.',
  reported: 'Known only from someone else’s account (the source’s own judgement or a third party’s), not from the actor’s words or acts.',
};

export const basisMeaning: Record<Basis, string> = {
  'direct-quote': 'The actor’s own words, inside quotation marks in the evidence.',
  paraphrase: 'The source’s account of what the actor said or did.',
  attributed: 'Someone else’s characterisation of the actor: the source’s own judgement, critics, a document. Not the actor’s words.',
};

export type Reading = (typeof readings)[number];
export const readingLabel: Record<Reading, string> = { stated: 'Stated', inferred: 'Our reading' };
export const readingMeaning: Record<Reading, string> = {
  stated: 'The words say it outright.',
  inferred:
    'Our reading of the words, not what they say outright. Its note names the words and why we read them so. Agreement scores leave inferred positions out unless asked.',
};

export type RelationStatus = Relation['status'];
export const relationStatusLabel: Record<RelationStatus, string> = { happened: 'Happened', proposed: 'Proposed', possible: 'Possible' };
export const relationStatusMeaning: Record<RelationStatus, string> = {
  happened: 'It took place, or is under way, as the source tells it.',
  proposed: 'Put forward, planned or drafted by a party, and not in effect.',
  possible: 'Only spoken of as a possibility (“the possibility of…”, “may”).',
};

export const figureStatusMeaning: Record<FigureStatus, string> = {
  current: 'In effect now: what is spent or held today.',
  pledged: 'The actor commits to reach it (“will”, “pledged”), often by a date.',
  aspiration: 'Hoped for or held out as potential, with no commitment.',
  demanded: 'Asked of someone else: the figure applies to another actor.',
  claimed: 'Asserted by the actor and not shown by the source (“claims”, “boasted”).',
};

export type DateDerivation = StanceEvent['date']['derivation'];
export const derivationLabel: Record<DateDerivation, string> = {
  stated: 'Stated',
  'resolved-weekday': 'Weekday resolved',
  'resolved-relative': 'Relative phrase resolved',
  'outside-knowledge': 'Outside knowledge',
};
export const derivationMeaning: Record<DateDerivation, string> = {
  stated: 'The text gives the date or year itself (“in 2019”).',
  'resolved-weekday': 'A weekday (“on Monday”) counted from the publication date: the coming one, unless its clause is in the past tense.',
  'resolved-relative': 'A relative phrase (“last year”, “earlier this week”, “days earlier”) counted from the publication date or from another dated event.',
  'outside-knowledge': 'The text gives no usable anchor (“recently”); the date comes from outside knowledge, and the note says what.',
};

export type DatePrecision = StanceEvent['date']['precision'];
export const precisionMeaning: Record<DatePrecision, string> = {
  day: 'The day is known.',
  week: 'Known to within a week: the date is its first possible day.',
  month: 'Known to the month: the date is the month’s first day.',
  year: 'Known to the year: the date is 1 January of that year.',
};
