/**
 * Stance and certainty read from words: a condition ("only if", "contingent on") makes a stance
 * conditional; declining to say makes it no position; a hedge ("could", "hinted", "did not rule
 * out") makes it ambiguous; a verb of opposition, or a negated verb of support, makes it opposed; a
 * verb of support makes it supported. Opposition and support in one passage ("a fine idea, but only
 * a start") read as ambiguous.
 */
import type { Certainty, Stance } from '../model/schema';
import type { Draft } from './draft';

export interface StanceReading {
  stance: Stance;
  certainty: Certainty;
  /** The words that decided it. */
  cue: string;
  draft: Draft;
}

const NOT = String.raw`(?:not|never|n[’']t|no longer|declined to|refused to|failed to)`;
const SUPPORT_VERBS = String.raw`(?:support|supports|supported|back|backs|backed|backing|welcome|welcomes|welcomed|endorse|endorses|endorsed|favou?r|favou?rs|favou?red|accept|accepts|accepted|agree to|agreed to|agrees to|commit to|committed to|want|wants|wanted)`;

/** [rule, pattern, stance, certainty, confidence], tried in order; the first that matches decides. */
const RULES: [string, RegExp, Stance, Certainty, number][] = [
  ['stance:declined', /\b(?:declined to (?:say|comment|be drawn|give|commit)|would not be drawn|refused to (?:say|comment|be drawn)|no comment|would not say|did not say whether|noncommittal|is undecided|has not decided|remains? unclear|(?:remain|stay|remains|stays|remained|stayed) neutral)\b/i, 'none', 'noncommittal', 0.7],
  ['stance:condition', /(?<!\b(?:asked|ask|asks|wondered|know|see|even|as)\s)\b(?:if|only if|if,? and only if|provided (?:that)?|(?<!for )as long as(?! (?:necessary|needed|required|it takes))|so long as|contingent (?:on|upon)|conditional (?:on|upon)|on condition that|subject to|unless|in return for|in exchange for)\b/i, 'conditional', 'committed', 0.7],
  ['stance:not-ruled-out', /\b(?:(?:did|does|do|would|will|has|have|had) not (?:yet )?rul(?:e|ed) out|(?:didn|doesn|won|hasn|haven|hadn)[’']t (?:yet )?rul(?:e|ed) out|not ruling out|left the door open|kept the door open)\b/i, 'ambiguous', 'hinted', 0.6],
  ['stance:negated-opposition', /\b(?:not|never)\s+(?:\w+\s+)?(?:against|opposed to)\b/i, 'supports', 'committed', 0.6],
  ['stance:negated-support', new RegExp(String.raw`\b${NOT}\s+(?:\w+\s+)?${SUPPORT_VERBS}\b`, 'i'), 'opposes', 'committed', 0.65],
  ['stance:ruled-out', /\b(?:rule[sd]? out|ruling out)\b/i, 'opposes', 'ruled-out', 0.7],
  ['stance:opposition', /\b(?:rejects?|rejected|rejecting|oppose[sd]?|opposing|refuse[sd]?|refusing|veto(?:es|ed)?|block(?:s|ed)?|blocking|dismiss(?:es|ed)?|condemn(?:s|ed)?|resist(?:s|ed)?|balked at|voted against|warned against|will not accept|won[’']t accept|cannot accept|can[’']t accept|unacceptable|will not|won[’']t|never|(?:is|are|am|was|were|remains?|remained|stands?|stood|spoke|argued|campaigned|marched|protested|lobbied|voted) against)\b/i, 'opposes', 'committed', 0.65],
  ['stance:hedge', /\b(?:could|might|may|perhaps|possibly|hint(?:s|ed|ing)?|signal(?:l)?(?:s|ed|ing)?|floated|open to|worth (?:discussing|considering|exploring)|not (?:yet )?convinced|cautious|try to)\b/i, 'ambiguous', 'hinted', 0.5],
  ['stance:support', new RegExp(String.raw`\b(?:${SUPPORT_VERBS}|urge[sd]?|urging|call(?:s|ed)? for|calling for|push(?:es|ed)? for|pushing for|demand(?:s|ed)?|insist(?:s|ed)? on|pledge[sd]?|vow(?:s|ed)?|ready to|prepared to|determined to|will|must|need to|we need|have to|has to|fully|defend(?:s|ed)?|hope[sd]?|request(?:s|ed)?|asked\b(?=[^.;]{0,80}?\bto\s))\b`, 'i'), 'supports', 'committed', 0.6],
  // Last, evaluative words: weak evidence of a stance, so the lowest confidence.
  ['stance:evaluative-negative', /\b(?:unacceptable|mistake|reckless|illegal|unfair|violat(?:es|ed|ion)|disaster|disastrous|betrayal|absurd|provocation|provocative|outrageous|irresponsible|damaging|harmful|counterproductive|failure|flawed|unjust|unreasonable)\b/i, 'opposes', 'reported', 0.35],
  ['stance:evaluative-positive', /\b(?:historic|important step|step forward|breakthrough|success(?:ful)?|vital|essential|crucial|the right thing|the right decision|encouraging|constructive|positive|valuable|worthwhile|reasonable)\b/i, 'supports', 'reported', 0.35],
];

/** Opposition and support both spoken in one passage joined by "but": mixed, so ambiguous. */
const MIXED = /\bbut\b/i;

export function readStance(words: string): StanceReading | undefined {
  const hits = RULES.map((rule) => ({ rule, match: rule[1].exec(words) })).filter((h) => h.match);
  const first = hits[0];
  if (!first) return undefined;
  const [rule, , stance, certainty, confidence] = first.rule;
  // A support word inside the deciding match ("never accept") is that match's, not a second view.
  const apart = (h: (typeof hits)[number]) => h === first || h.match!.index < first.match!.index || h.match!.index >= first.match!.index + first.match![0].length;
  const mixed =
    MIXED.test(words) &&
    hits.some((h) => h.rule[2] === 'supports' && apart(h)) &&
    hits.some((h) => h.rule[2] === 'opposes' && apart(h)) &&
    stance !== 'conditional' &&
    stance !== 'none';
  if (mixed) return { stance: 'ambiguous', certainty: 'hinted', cue: first.match![0], draft: { rule: 'stance:mixed', confidence: 0.5 } };
  return { stance, certainty, cue: first.match![0], draft: { rule, confidence } };
}

/**
 * In reported speech "will" is written "would" ("she said Britain would press …"; "he said they would not sign"):
 * a stated intention, read only when no other cue decides. "Would be" and "would have" predict rather than intend.
 */
const REPORTED_REFUSAL = /\bwould(?: not|n[’']t| never)\s+(?!be\b|have\b|say\b|comment\b)\p{L}+/iu;
const REPORTED_INTENT = /\bwould\s+(?:(?:also|still|now|then|continue to|soon)\s+)?(?!be\b|have\b|not\b|never\b|like\b|prefer\b|rather\b|consider\b|only\b)\p{L}+/iu;

export function readReportedIntent(words: string): StanceReading | undefined {
  const refusal = REPORTED_REFUSAL.exec(words);
  if (refusal) return { stance: 'opposes', certainty: 'committed', cue: refusal[0], draft: { rule: 'stance:reported-refusal', confidence: 0.5 } };
  const intent = REPORTED_INTENT.exec(words);
  if (intent) return { stance: 'supports', certainty: 'committed', cue: intent[0], draft: { rule: 'stance:reported-intent', confidence: 0.45 } };
  return undefined;
}
