import { cellPositions, type DatasetIndex } from './indexDataset';
import { leadPosition, type Agreement } from './matrixSelectors';
import type { Position } from './schema';

/**
 * Which statements an agreement score counts: `firm`, only positions the words state (reading 'stated')
 * and put firmly (committed or ruled out); `all`, hedged, reported and inferred ones as well.
 */
export type AgreementCount = 'firm' | 'all';

/** Why a position is not a firm statement: hedged (hinted, noncommittal), reported by others, or our reading. */
export type Softness = 'hedged' | 'reported' | 'inferred';

export function softnessOf(p: Position): Softness[] {
  const soft: Softness[] = [];
  if (p.certainty === 'hinted' || p.certainty === 'noncommittal') soft.push('hedged');
  if (p.certainty === 'reported' || p.basis === 'attributed') soft.push('reported');
  if (p.reading === 'inferred') soft.push('inferred');
  return soft;
}

export const isFirmStatement = (p: Position) => p.reading === 'stated' && (p.certainty === 'committed' || p.certainty === 'ruled-out');

const isReported = (p: Position) => p.certainty === 'reported' || p.basis === 'attributed';

/** One shared topic behind a score: the two lead positions compared, and how many statements each side had. */
export interface TopicComparison {
  topic: string;
  agree: boolean;
  leads: [Position, Position];
  /** The counted positions of each side on the topic. */
  statements: [number, number];
}

export interface EvidenceAgreement extends Agreement {
  topics: TopicComparison[];
  /** Positions counted behind the score, both sides together. */
  statements: number;
  /** Topics both have positions on that the count leaves out (under `firm`: neither side's or one side's are firm). */
  leftOut: string[];
  /**
   * When one side's part in the score is a single statement known only by report (certainty reported, or
   * attributed by others): that statement, so the view can say the score rests on it.
   */
  restsOnOneReported: Position | null;
}

/**
 * The agreement of two actors from the statements that count: on each topic both have counted positions
 * on, the lead positions (the most firmly put) agree when their stances are the same.
 */
export function agreementFromEvidence(index: DatasetIndex, a: string, b: string, count: AgreementCount): EvidenceAgreement {
  const counts = (p: Position) => count === 'all' || isFirmStatement(p);
  const topics: TopicComparison[] = [];
  const leftOut: string[] = [];
  for (const topic of index.topics.keys()) {
    const allLeft = cellPositions(index, a, topic);
    const allRight = cellPositions(index, b, topic);
    if (!allLeft.length || !allRight.length) continue;
    const left = allLeft.filter(counts);
    const right = allRight.filter(counts);
    const leftLead = leadPosition(left);
    const rightLead = leadPosition(right);
    if (!leftLead || !rightLead) {
      leftOut.push(topic);
      continue;
    }
    topics.push({ topic, agree: leftLead.stance === rightLead.stance, leads: [leftLead, rightLead], statements: [left.length, right.length] });
  }
  const agree = topics.filter((t) => t.agree).map((t) => t.topic);
  const disagree = topics.filter((t) => !t.agree).map((t) => t.topic);
  const side = (i: 0 | 1) => topics.flatMap((t) => (t.statements[i] === 1 ? [t.leads[i]] : []));
  const onlyStatement = (i: 0 | 1) => {
    const total = topics.reduce((sum, t) => sum + t.statements[i], 0);
    const [single] = side(i);
    return total === 1 && single && isReported(single) ? single : null;
  };
  return {
    shared: [...agree, ...disagree],
    agree,
    disagree,
    score: topics.length ? agree.length / topics.length : null,
    topics,
    statements: topics.reduce((sum, t) => sum + t.statements[0] + t.statements[1], 0),
    leftOut,
    restsOnOneReported: onlyStatement(0) ?? onlyStatement(1),
  };
}
