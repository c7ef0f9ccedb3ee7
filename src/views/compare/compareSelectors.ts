import { cellPositions, type DatasetIndex } from '../../model/indexDataset';
import { agreementFromEvidence, type AgreementCount, type EvidenceAgreement } from '../../model/agreement';
import { leadPosition } from '../../model/matrixSelectors';
import type { Position, Topic } from '../../model/schema';

/**
 * `agree`: every chosen actor has a position and the lead stances are the same; `differ`: at least two
 * recorded lead stances differ; `gap`: someone has no recorded position and the rest do not differ.
 */
export type RowStatus = 'agree' | 'differ' | 'gap';

export interface CompareRow {
  topic: Topic;
  /** Each chosen actor's positions on the topic, in the order the actors were chosen. */
  positions: (readonly Position[])[];
  /** The position that speaks for each actor (see `leadPosition`), undefined where none is recorded. */
  leads: (Position | undefined)[];
  status: RowStatus;
}

export interface PairScore {
  a: string;
  b: string;
  agreement: EvidenceAgreement;
}

export interface Comparison {
  /** Topics on which at least one chosen actor has a position, in dataset order. */
  rows: CompareRow[];
  /** Every pair of chosen actors, in the order chosen. */
  pairs: PairScore[];
}

function rowStatus(leads: (Position | undefined)[]): RowStatus {
  const stances = new Set(leads.flatMap((p) => (p ? [p.stance] : [])));
  if (stances.size > 1) return 'differ';
  return leads.every(Boolean) ? 'agree' : 'gap';
}

/** The chosen actors side by side, topic by topic, with an agreement score for each pair from the statements `count` admits. */
export function compareActors(index: DatasetIndex, actorIds: readonly string[], count: AgreementCount = 'firm'): Comparison {
  const rows = index.dataset.topics.flatMap((topic) => {
    const positions = actorIds.map((a) => cellPositions(index, a, topic.id));
    if (!positions.some((p) => p.length)) return [];
    const leads = positions.map((p) => leadPosition(p));
    return [{ topic, positions, leads, status: rowStatus(leads) }];
  });
  const pairs = actorIds.flatMap((a, i) => actorIds.slice(i + 1).map((b) => ({ a, b, agreement: agreementFromEvidence(index, a, b, count) })));
  return { rows, pairs };
}

/** The actors with the most positions (ties in name order), shown before anybody is chosen. */
export function suggestedActors(index: DatasetIndex, count = 2): string[] {
  const name = (id: string) => index.actors.get(id)?.name ?? id;
  return [...index.positionsByActor.entries()]
    .filter(([, positions]) => positions.length > 0)
    .sort((a, b) => b[1].length - a[1].length || name(a[0]).localeCompare(name(b[0])) || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([id]) => id);
}
