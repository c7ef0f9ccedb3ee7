/**
 * Figures: every quantity the recognisers read (quantities.ts), with the time it refers to (figureTimes.ts),
 * whether it is current, pledged, hoped for, demanded or claimed (figureStatus.ts), the metric it measures
 * and the actor it belongs to. The metric is the one whose cue words (data/metrics.json) stand nearest the
 * quantity in its sentence; a conversion in brackets ("$2.2bn (£1.7bn)") restates a figure and is left out.
 */
import { inQuantityRange, quantityRangeMessage } from '../model/codes';
import { metrics } from '../model/metrics';
import type { Figure, FigureStatus, Quantity } from '../model/schema';
import type { ActorFindings } from './actors';
import type { Draft } from './draft';
import { findTimes, timeOfFigure, type FigureTime } from './figureTimes';
import { clauseAround, statusOfFigure } from './figureStatus';
import { findQuantities, type Quantity as Recognised } from './quantities';
import { escapeRegExp, sentenceAt, squash, type Range } from './text';

export interface FigureFinding {
  quantity: Quantity;
  metric: string;
  time?: NonNullable<Figure['time']>;
  status: FigureStatus;
  /** The quantity's own words ("about €150 billion", "3,000 troops"). */
  words: Range;
  /** The clause the figure is read from: its evidence. */
  clause: Range;
  /** A rate's unit: "$300bn a year" is per "year". */
  per?: string;
  /** The cue that set the status, for telling a demand's addressee from its maker. */
  statusCue?: Range;
  draft: Draft;
}

/** A figure's metric: one whose cue is nearest, or "money" or "other" when no cue is near. */
interface MetricReading {
  id: string;
  cue?: string;
  /** The cue is the counted thing itself ("troops"), not a word near it. */
  ownWords?: boolean;
  confidence: number;
}

/** Each metric's cues as one pattern; a cue matches in the singular or the plural ("tariff", "tariffs"). */
const METRIC_CUES = metrics
  .filter((m) => m.cues.length)
  .map((m) => ({
    metric: m,
    pattern: new RegExp(String.raw`\b(?:${m.cues.map((c) => escapeRegExp(c).replace(/ /g, String.raw`\s+`)).join('|')})(?:s|es)?\b`, 'gi'),
  }));

function datasetQuantity(q: Recognised): Quantity {
  switch (q.unit.kind) {
    case 'currency':
      return { unit: 'money', value: q.value, currency: q.unit.code };
    case 'count':
      return { unit: 'count', value: q.value, thing: q.unit.thing };
    default:
      return { unit: q.unit.kind, value: q.value };
  }
}

interface CueHit {
  metric: string;
  cue: string;
  start: number;
  end: number;
}

function cueHits(text: string, range: Range, unit: Quantity['unit']): CueHit[] {
  const body = text.slice(range.start, range.end);
  const hits: CueHit[] = [];
  for (const { metric, pattern } of METRIC_CUES) {
    if (!metric.units.includes(unit)) continue;
    for (const found of body.matchAll(pattern))
      hits.push({ metric: metric.id, cue: found[0].toLowerCase(), start: range.start + found.index, end: range.start + found.index + found[0].length });
  }
  hits.sort((a, b) => a.start - b.start);
  // In a noun phrase the last noun is its head: "military aid" is aid, "aid workers" is not military.
  return hits.filter((hit, i) => {
    const next = hits[i + 1];
    return !next || next.start > hit.end + 1 || next.start < hit.end;
  });
}

/**
 * The metric of a figure: for a count, what it counts ("3,000 troops") or a cue just after it ("25 people
 * killed"); otherwise the cue nearest it in its sentence, a cue before it preferred. Undefined when none is.
 */
function metricOf(text: string, quantity: Quantity, words: Range, sentenceList: Range[]): MetricReading | undefined {
  if (quantity.thing) {
    const own = cueHits(quantity.thing, { start: 0, end: quantity.thing.length }, 'count').at(-1);
    if (own) return { id: own.metric, cue: own.cue, ownWords: true, confidence: 0.85 };
  }
  const sentence = sentenceAt(sentenceList, words.start);
  if (!sentence) return undefined;
  // Context says little about what a count counts beyond the words right after it.
  const near = quantity.unit === 'count' ? { start: words.end, end: Math.min(sentence.end, words.end + 25) } : sentence;
  let best: { hit: CueHit; distance: number } | undefined;
  for (const hit of cueHits(text, near, quantity.unit)) {
    if (hit.start < words.end && words.start < hit.end) continue;
    const distance = hit.end <= words.start ? words.start - hit.end : (hit.start - words.end) * 1.2;
    if (!best || distance < best.distance) best = { hit, distance };
  }
  if (!best) return undefined;
  return { id: best.hit.metric, cue: best.hit.cue, confidence: best.distance < 60 ? 0.75 : 0.6 };
}

/**
 * A figure with no cue in its sentence measures what most figures of its unit in the article measure (a
 * donor conference's pledges are aid, a NATO explainer's shares of GDP defence spending); counts are
 * too varied for that.
 */
function prevailingMetrics(readings: (MetricReading | undefined)[], quantities: Quantity[]): Map<Quantity['unit'], string> {
  const tallies = new Map<Quantity['unit'], Map<string, number>>();
  readings.forEach((r, i) => {
    const unit = quantities[i]!.unit;
    if (!r || unit === 'count') return;
    const tally = tallies.get(unit) ?? new Map<string, number>();
    tally.set(r.id, (tally.get(r.id) ?? 0) + 1);
    tallies.set(unit, tally);
  });
  const prevailing = new Map<Quantity['unit'], string>();
  for (const [unit, tally] of tallies) {
    const [top, second] = [...tally.entries()].sort((a, b) => b[1] - a[1]);
    if (top && top[1] >= 2 && (!second || top[1] > second[1])) prevailing.set(unit, top[0]);
  }
  return prevailing;
}

function datasetTime(time: FigureTime): NonNullable<Figure['time']> {
  return {
    ...(time.year !== undefined ? { year: time.year } : {}),
    ...(time.earliest !== undefined ? { earliest: time.earliest } : {}),
    ...(time.latest !== undefined ? { latest: time.latest } : {}),
    phrase: squash(time.phrase),
    ...(time.note ? { note: time.note } : {}),
  };
}

const SMALL_WORD = /^(?:[\p{L} ]+\s)?(?:two|three|four|five|six|seven|eight|nine)\b/iu;

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Every figure in `text`; `published` (YYYY-MM-DD) anchors relative times ("next year"). */
export function findFigures(text: string, sentenceList: Range[], published?: string): { figures: FigureFinding[]; warnings: string[] } {
  const recognised = findQuantities(text, sentenceList);
  const times = findTimes(text, published);
  const spans = recognised.map((q) => q.span);
  const warnings: string[] = [];
  const kept: { q: Recognised; quantity: Quantity; metric?: MetricReading }[] = [];
  for (const q of recognised) {
    if (q.restates !== undefined) continue;
    const quantity = datasetQuantity(q);
    if (!inQuantityRange(quantity.value, quantity.unit)) {
      warnings.push(`Skipped “${squash(text.slice(q.span.start, q.span.end))}”: ${quantityRangeMessage(quantity.value, quantity.unit)}`);
      continue;
    }
    const metric = metricOf(text, quantity, q.span, sentenceList);
    // News style spells out numbers under ten: "two sides", "three days" are prose, not figures, unless
    // they count what a metric measures ("four submarines", "two warships").
    if (quantity.unit === 'count' && quantity.value < 10 && SMALL_WORD.test(text.slice(q.span.start, q.span.end)) && !metric?.ownWords) continue;
    kept.push({ q, quantity, metric });
  }
  const prevailing = prevailingMetrics(kept.map((k) => k.metric), kept.map((k) => k.quantity));
  const figures = kept.map(({ q, quantity, metric: cued }): FigureFinding => {
    const usual = prevailing.get(quantity.unit);
    const metric: MetricReading = cued ?? (usual ? { id: usual, confidence: 0.5 } : { id: quantity.unit === 'money' ? 'money' : 'other', confidence: 0.4 });
    const time = timeOfFigure(text, q.span, times, spans, sentenceList);
    const status = statusOfFigure(text, q.span, sentenceList);
    const rule = [
      `figure:${q.rule}`,
      status.cue ? `status cue “${squash(status.cue)}”` : 'no status cue',
      metric.cue ? `metric cue “${metric.cue}”` : usual ? 'metric of the article’s other figures in this unit' : 'no metric cue',
      ...(time ? [`time:${time.rule}`] : []),
    ].join(' · ');
    return {
      quantity,
      metric: metric.id,
      ...(time ? { time: datasetTime(time) } : {}),
      status: status.status,
      words: q.span,
      ...(q.per ? { per: q.per } : {}),
      clause: clauseAround(text, q.span, sentenceList),
      ...(status.cueSpan ? { statusCue: status.cueSpan } : {}),
      draft: { rule, confidence: round2(Math.min(q.confidence, metric.confidence + 0.2, status.confidence + 0.3)) },
    };
  });
  return { figures, warnings };
}

/** A figure's label: its own words, "of GDP" where they leave it out, its rate and its time. */
export function figureLabel(text: string, figure: FigureFinding): string {
  const words = squash(text.slice(figure.words.start, figure.words.end));
  const ofGdp = figure.quantity.unit === 'share-of-gdp' && !/gdp|domestic|national income|output/i.test(words) ? ' of GDP' : '';
  const rate = figure.per ? (figure.per === 'annually' ? ' annually' : ` a ${figure.per}`) : '';
  return `${words}${ofGdp}${rate}${figure.time && !words.includes(figure.time.phrase) ? ` ${figure.time.phrase}` : ''}`;
}

const SOURCE_AFTER = /\b(?:said|says|told|according\s+to|announced|estimated|estimates)\b/i;
const CLAIM_FRAME = /^(?:said|says|told|according to|estimat|claim|argu|reckon|predict|forecast)/i;

/**
 * Whose claim a claimed figure is: the source after "according to", else the speaker before the reporting
 * verb ("Porter said the deficit reached $236bn"), else the one named right after it ("said Porter").
 */
function claimant(text: string, figure: FigureFinding, narrated: ActorFindings['mentions'], sentence: Range): string | undefined {
  const cue = figure.statusCue;
  if (figure.status !== 'claimed' || !cue || cue.start < sentence.start) return undefined;
  const words = text.slice(cue.start, cue.end);
  if (!CLAIM_FRAME.test(words)) return undefined;
  const after = narrated.find((m) => m.start >= cue.end && m.start - cue.end < 40 && m.end <= sentence.end);
  if (/^according to/i.test(words)) return after?.actor;
  return narrated.filter((m) => m.start >= sentence.start && m.end <= cue.start).at(-1)?.actor ?? after?.actor;
}

/** The speaker of a quote whose words hold the figure. */
export interface QuotedWords {
  speaker?: string;
  parts: Range[];
}

/**
 * Whose figure it is: the speaker when it is quoted; for a claim, who makes it; else the actor the narrator names last before it in
 * its sentence (the subject: "Poland will spend 4%"); else the source named after it ("…, said Poland", "the $4bn the UN says");
 * else the last actor named before its sentence, or for a headline the first named after it, with less
 * confidence. The actor named between a demand's cue and the figure is whom the figure is asked of
 * ("called on allies to spend 5%").
 */
export function figureActor(
  text: string,
  figure: FigureFinding,
  found: ActorFindings,
  quotes: readonly QuotedWords[],
  sentenceList: Range[],
): { actor?: string; appliesTo?: string; confidence: number } {
  const at = figure.words.start;
  const quoted = quotes.find((q) => q.speaker && q.parts.some((p) => p.start <= at && at < p.end));
  if (quoted) return { actor: quoted.speaker, confidence: 0.8 };
  const sentence = sentenceAt(sentenceList, at) ?? figure.clause;
  const narrated = found.mentions.filter((m) => !m.inQuote);
  const source = claimant(text, figure, narrated, sentence);
  if (source) return { actor: source, confidence: 0.65 };
  // A figure in front of the clause that states it: "the $4.3bn the UN says it needs" is the UN's.
  const cueAfter = figure.statusCue && figure.statusCue.start >= figure.words.end ? figure.statusCue : undefined;
  const subject = cueAfter && narrated.filter((m) => m.start >= figure.words.end && m.end <= cueAfter.start && !/[,;]/.test(text.slice(figure.words.end, m.start))).at(-1);
  if (subject) return { actor: subject.actor, confidence: 0.6 };
  const cue = figure.status === 'demanded' && figure.statusCue && figure.statusCue.end <= at ? figure.statusCue : undefined;
  const addressee = cue ? narrated.find((m) => m.start >= cue.end && m.end <= at) : undefined;
  const before = narrated.filter((m) => m.start >= sentence.start && m.end <= (cue?.start ?? at) && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)));
  const later = narrated.filter((m) => m.start >= figure.words.end && m.end <= sentence.end);
  // Named after the figure, an actor owns it only as the source of the words ("…, said Poland"); after
  // "for" or "to" it is whom the figure goes to ("$2.2bn in aid for Yemen").
  const after = later.find((m) => SOURCE_AFTER.test(text.slice(figure.words.end, m.start)) || /^\s+(?:says|said)\b/.test(text.slice(m.end, m.end + 8)));
  const recipient = later.find((m) => /\b(?:for|to)\s+(?:the\s+)?$/i.test(text.slice(figure.words.end, m.start)));
  const owner = before.at(-1) ?? after;
  const receiver = addressee ?? recipient;
  const appliesTo = receiver && receiver.actor !== owner?.actor ? receiver.actor : undefined;
  const applies = appliesTo ? { appliesTo } : {};
  if (owner) return { actor: owner.actor, ...applies, confidence: before.length ? 0.7 : 0.6 };
  // A possessive is the owner only when nothing else in the sentence is: "Britain’s aid budget".
  const possessive = narrated.filter((m) => m.start >= sentence.start && m.end <= at).at(-1);
  if (possessive) return { actor: possessive.actor, ...applies, confidence: 0.6 };
  const earlier = narrated.filter((m) => m.end <= sentence.start).at(-1);
  if (earlier) return { actor: earlier.actor, ...applies, confidence: 0.4 };
  // A headline's figure, before anyone is named: the first actor the article names after it.
  const next = narrated.find((m) => m.start >= sentence.end) ?? recipient;
  return next ? { actor: next.actor, confidence: 0.3 } : { confidence: 0 };
}
