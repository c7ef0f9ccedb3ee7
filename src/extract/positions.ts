/**
 * Draft positions from cue phrases in the narration ("dismissed", "ruled out", "is pushing for",
 * "contingent on", "hinted"...) and from direct quotes. Each is marked machine drafted; the certainty
 * says only what the cue says, and a quote with no cue gets "no clear position" rather than a guess.
 */
import type { Certainty, Stance } from '../model/schema';
import { lastPersonBefore, type ActorFindings, type Mention } from './actors';
import type { Draft } from './draft';
import type { ExtractedQuote } from './quotes';
import { readReportedIntent, readStance } from './stance';
import type { Range } from './text';

export interface DraftPosition {
  actor: string;
  /** Words the topic is read from. */
  about: string;
  stance: Stance;
  certainty: Certainty;
  basis: 'direct-quote' | 'paraphrase';
  evidence: Range[];
  cue: string;
  /** The rules that found the position and read its stance, and how far to trust them together. */
  draft: Draft;
}

/**
 * [cue, stance, certainty, the topic comes before the cue ("…strategy remains unclear"), indirect speech
 * ("said the plan would fail": a position only when its words show a stance)]
 */
const CUES: [RegExp, Stance, Certainty, boolean?, boolean?][] = [
  [/\b(?:ruled out|rules out|rule out|ruling out|dismissed|dismisses|rejected|rejects|refused|refuses|vetoed|scrapped)\b/, 'opposes', 'ruled-out'],
  [/\b(?:resisted|resists|resisting|opposed|opposes|opposing|condemned|condemns|criticised|criticized|slammed|blocked|blocks|voted against|warned against|balked at|marched against|protested against|campaigned against|argued against|spoke out against)\b/, 'opposes', 'committed'],
  [/\b(?:contingent on|conditional on|on condition that|provided that|(?<!for )as long as(?! (?:necessary|needed|required|it takes)))\b/, 'conditional', 'committed'],
  [/\b(?:pushing for|pushed for|pushes for|calling for|called for|calls for|urging|urged|urges|demanding|demanded|demands|backs|backed|backing|supports|supported|championed|champions|welcomed|welcomes|endorsed|endorses|insists on|insisted on|seeks to|sought to|seeking to|wants to|pledged to|pledges to|vowed to|vows to|committed to|is determined to|agreed to|agreed|pledged|pledges|promised|promises|committed|proposing|proposed|proposes|wants|want|wanted|reaffirmed|expressed interest in|defended|defends|requested|requests|hopes|hoped|asked(?=[^.;]{0,100}?\bto\s))\b/, 'supports', 'committed'],
  [/\b(?:hinted|hints|hinting|signalled|signaled|signals|suggested|suggests|floated|indicated|indicates|is open to|was open to|hedged|hedges)\b/, 'supports', 'hinted'],
  [/\b(?:remains unclear|remain unclear|is unclear|is undecided|noncommittal)\b/, 'ambiguous', 'noncommittal', true],
  [/\b(?:declined to say|declined to comment|declined to endorse|would not be drawn|refused to say|did not say whether|would not say)\b/, 'none', 'noncommittal'],
  [/\b(?:said|says|told|argued|argues|warned|warns|insisted|insists|stressed|stresses|added|repeated|reiterated|announced|announces|confirmed|confirms|maintained|maintains|predicted|acknowledged|admitted|conceded|believes|expects|made clear|made it clear|makes clear)\b/, 'none', 'noncommittal', false, true],
];

/** The same cues, global, for finding every one in a sentence; compiled once, not per sentence. */
const CUES_EVERYWHERE = CUES.map((cue) => ({ cue, pattern: new RegExp(cue[0].source, 'g') }));

const isPossessive = (text: string, mention: Mention) => /^[’']s\b/.test(text.slice(mention.end, mention.end + 2));

/** A sentence adverb set off by commas (", however,"), which does not end the clause it interrupts. */
const PARENTHETICAL = /^,\s*(?:however|though|too|also|in turn|meanwhile|instead|nonetheless|moreover|furthermore|therefore|in fact|in particular),/i;

/** The clause the cue sits in: from the last clause break before it to the next after it. */
function clauseEnd(text: string, from: number, sentenceEnd: number): number {
  let at = from;
  for (;;) {
    const rest = text.slice(at, sentenceEnd);
    const stop = rest.search(/[,;:—]|\s[–-]\s|\.(?=\s|$)|“(?!\S+”)/);
    if (stop < 0) return sentenceEnd;
    const parenthetical = PARENTHETICAL.exec(rest.slice(stop));
    if (!parenthetical) return at + stop;
    at += stop + parenthetical[0].length;
  }
}

/** Where a new clause with a subject of its own starts right before `at` ("…, and Spain", "; Spain"). */
const NEW_CLAUSE = /(?:[,;]\s*(?:and|but|while|whereas|which|who|that)\s+|;\s*)(?:the\s+)?$/i;

/** A headline or subheading: a short line of its own with no closing stop. It restates the body, so it drafts nothing. */
const isHeading = (text: string, sentence: Range) =>
  (sentence.start === 0 || text[sentence.start - 1] === '\n') &&
  (sentence.end === text.length || text[sentence.end] === '\n') &&
  !/[.!?…"”’:]$/.test(text.slice(sentence.start, sentence.end)) &&
  text.slice(sentence.start, sentence.end).split(/\s+/).length <= 16;

export function cuePositions(text: string, sentenceList: Range[], actors: ActorFindings, quotes: Range[]): DraftPosition[] {
  const out: DraftPosition[] = [];
  for (const sentence of sentenceList) {
    if (isHeading(text, sentence)) continue;
    const body = text.slice(sentence.start, sentence.end);
    const found: { at: number; length: number; cue: (typeof CUES)[number] }[] = [];
    for (const { cue, pattern } of CUES_EVERYWHERE)
      for (const match of body.matchAll(pattern)) found.push({ at: sentence.start + match.index, length: match[0].length, cue });
    found.sort((a, b) => a.at - b.at);
    let previousActor: string | undefined;
    /** The speaker of the last verb of saying in the sentence: what follows it is their reported speech. */
    let speaker: { actor: string; subject: number; end: number } | undefined;
    for (const [index, { at, length, cue }] of found.entries()) {
      const next = found[index + 1];
      if (quotes.some((q) => q.start <= at && at < q.end)) continue; // quoted words are handled as quotes
      const [, stance, certainty, topicFirst, speech] = cue;
      // Speech with quoted words in its sentence is read as a quote.
      if (speech && quotes.some((q) => q.start < sentence.end && sentence.start < q.end)) continue;
      const before = actors.mentions.filter((m) => m.start >= sentence.start && m.end <= at && !m.inQuote && !isPossessive(text, m));
      // With no plain subject, "X's spokesman" or "X's office" speaks for X.
      const subject = before.at(-1) ?? actors.mentions.filter((m) => m.start >= sentence.start && m.end <= at && !m.inQuote && isPossessive(text, m)).at(-1);
      const lead = text.slice(subject ? subject.end : sentence.start, at);
      const pronoun = /\b(he|she)\b(?![\s\S]*\b(?:he|she)\b)/i.exec(lead);
      const coordinated = /\band\s+(?:\w+\s+)?$/.test(text.slice(Math.max(sentence.start, at - 12), at)) && previousActor;
      // Reported speech is the speaker's position ("He said his party's support was contingent on …", "she said London
      // was ready to …"), unless a new clause with its own subject starts after the verb of saying.
      const ownClause = speaker && before.some((m) => m.start >= speaker!.end && NEW_CLAUSE.test(text.slice(speaker!.end, m.start)));
      const reported = speaker && !ownClause ? speaker : undefined;
      const actor = reported
        ? reported.actor
        : coordinated
          ? previousActor
          : pronoun
            ? lastPersonBefore(actors, (subject ? subject.end : sentence.start) + pronoun.index, pronoun[1])
            : subject?.actor;
      if (!actor) continue;
      previousActor = actor;
      const subjectStart = reported ? reported.subject : subject && !coordinated && subject.start >= sentence.start ? subject.start : at;
      if (speech && !reported) speaker = { actor, subject: subjectStart, end: at + length };
      const possessor = actors.mentions.filter((m) => m.start >= sentence.start && m.end <= at && isPossessive(text, m)).at(-1);
      const from = topicFirst ? (possessor ?? subject)?.start ?? sentence.start : at;
      // A later cue inside this one's object is the more precise claim ("indicated that … contingent on …"),
      // unless it is a second verb of the same subject ("ruled out X and hinted Y"), where the object stops.
      // Indirect speech runs to the end of its sentence ("said that the plan, once agreed, would fail").
      let end = speech ? sentence.end : clauseEnd(text, at + length, sentence.end);
      if (next && next.at < end) {
        const joint = /\s+(?:and|but)\s+(?:\w+\s+)?$/.exec(text.slice(at + length, next.at));
        if (!joint) continue;
        end = at + length + joint.index;
      }
      const about = topicFirst ? text.slice((possessor ?? subject)?.end ?? sentence.start, at) : text.slice(at + length, end);
      const evidenceStart = Math.min(from, subjectStart);
      // The stance is read from the cue with the words just before it, so "did not rule out" is not "rule out".
      // A condition anywhere later in the sentence ("…, provided that …") governs the whole stance.
      // A second verb of the same subject ("backed X but said Y") is read without the first one's words.
      const previousCue = found[index - 1];
      const conjunction = previousCue ? /\b(?:and|but)\b/.exec(text.slice(previousCue.at + previousCue.length, at)) : null;
      const previousEnd = conjunction ? previousCue!.at + previousCue!.length + conjunction.index + conjunction[0].length : 0;
      const window = text.slice(Math.max(sentence.start, at - 30, previousEnd), end);
      const condition = readStance(text.slice(at, sentence.end));
      const reading = condition?.stance === 'conditional' ? condition : (readStance(window) ?? (speech ? readReportedIntent(window) : undefined));
      if (speech && !reading) continue;
      // "France and Italy want …": every actor of a coordinated subject takes the position.
      const subjects = [actor];
      if (subject && !reported && !coordinated && !pronoun && subject.actor === actor) {
        let head = subject;
        for (let k = before.indexOf(subject) - 1; k >= 0 && /^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(before[k]!.end, head.start)); k--) {
          head = before[k]!;
          if (!subjects.includes(head.actor)) subjects.unshift(head.actor);
        }
      }
      for (const who of subjects)
        out.push({
          actor: who,
          about,
          stance: reading?.stance ?? stance,
          certainty: reading?.certainty ?? certainty,
          basis: 'paraphrase',
          evidence: [{ start: Math.min(evidenceStart, before.find((m) => m.actor === who && m.start >= sentence.start)?.start ?? evidenceStart), end }],
          cue: text.slice(at, at + length),
          draft: { rule: `position:cue+${reading?.draft.rule ?? 'stance:cue'}`, confidence: Math.min(0.6, reading?.draft.confidence ?? 0.5) },
        });
    }
  }
  return out;
}

export function quotePositions(text: string, quotes: ExtractedQuote[], sentenceList: Range[]): DraftPosition[] {
  return quotes.flatMap((quote) => {
    if (!quote.speaker) return [];
    const words = quote.parts.map((p) => text.slice(p.start, p.end)).join(' ');
    const evidence = [...quote.parts];
    if (quote.attribution) evidence.push(quote.attribution);
    evidence.sort((a, b) => a.start - b.start);
    // The attribution's own verb counts ("rejected the plan as “…”"), so the stance is read over both.
    // A condition later in the sentence ("he could sign “within weeks”, but only if …") governs the whole stance.
    const last = quote.parts.at(-1)!;
    const sentenceEnd = sentenceList.find((s) => s.start <= last.end && last.end <= s.end)?.end ?? last.end;
    const condition = readStance(text.slice(last.end, sentenceEnd));
    const reading = condition?.stance === 'conditional' ? condition : readStance(text.slice(evidence[0]!.start, evidence.at(-1)!.end));
    const attributed = quote.draft?.confidence ?? 0.5;
    return [
      {
        actor: quote.speaker,
        about: words,
        stance: reading?.stance ?? 'none',
        certainty: reading?.certainty ?? 'noncommittal',
        basis: 'direct-quote' as const,
        evidence,
        cue: reading?.cue ?? '',
        draft: { rule: `position:quote+${reading?.draft.rule ?? 'stance:no-cue'}`, confidence: Math.round(attributed * (reading?.draft.confidence ?? 0.3) * 100) / 100 },
      },
    ];
  });
}
