import { useMemo } from 'react';
import { EvidencePanel } from '../../charts/EvidencePanel';
import { EvidenceList } from '../../charts/EvidenceList';
import { ReadingLegend } from '../../charts/ReadingLegend';
import { ReadingNote } from '../../charts/ReadingNote';
import { DroppedNotice } from '../../components/DroppedNotice';
import { ReadingToggle } from '../../components/ReadingToggle';
import { useReadingIndex } from '../../components/useReadingIndex';
import { buildRelationGraph, layoutGraph } from '../../model/relationGraph';
import type { RelationKind } from '../../model/schema';
import { useUrlState } from '../../url/useUrlState';
import { ActorLink } from '../shared/EntityLinks';
import { NetworkGraph } from './NetworkGraph';
import { parseNetworkParams, writeNetworkParams } from './networkState';
import { RelationLegend } from './RelationLegend';
import { RelationList } from './RelationList';
import { relationStyle } from './relationStyle';
import './network.css';

export default function NetworkPage() {
  const { index, all, inferred } = useReadingIndex();
  const layout = useMemo(() => layoutGraph(buildRelationGraph(index)), [index]);
  const kinds = useMemo(() => new Set<RelationKind>(index.dataset.relations.map((r) => r.kind)), [index]);
  const tentative = index.dataset.relations.some((r) => r.status !== 'happened');
  const { state, dropped, update } = useUrlState(all.relations, parseNetworkParams, writeNetworkParams);
  const relation = state.relation ? index.relations.get(state.relation) : undefined;
  // Choosing the open relation again closes it.
  const select = (id: string | null) => update({ relation: id && id !== state.relation ? id : null });
  const name = (id: string) => index.actors.get(id)?.name ?? id;

  return (
    <section className="page page--network" aria-labelledby="network-title">
      <header className="page__header">
        <h1 id="network-title">The web of relations</h1>
        <p className="page__lede">
          Who persuades, presses, visits or sides with whom. Choose a line to read the words behind it; choose an actor to
          open their page. Drag actors to untangle, scroll or pinch to zoom.
        </p>
      </header>
      <DroppedNotice dropped={dropped} onDismiss={() => select(null)} />
      <ReadingToggle inferred={{ relations: inferred.relations }} />
      <div className={relation ? 'network-layout has-panel' : 'network-layout'}>
        <div className="network-layout__main">
          {layout.nodes.length ? <NetworkGraph layout={layout} selected={relation?.id ?? null} onSelect={select} /> : <p className="empty-state">The article records no relation between actors.</p>}
          <RelationLegend kinds={kinds} tentative={tentative} />
          {inferred.relations > 0 && <ReadingLegend form="beads" />}
        </div>
        {relation && (
          <EvidencePanel title={`${name(relation.from)} ${relationStyle[relation.kind].label} ${name(relation.to)}`} onClose={() => select(null)}>
            <p>
              <ActorLink id={relation.from} label={name(relation.from)} /> → <ActorLink id={relation.to} label={name(relation.to)} />
            </p>
            {relation.status !== 'happened' && (
              <p>
                <strong>{relation.status === 'possible' ? 'Possible' : 'Proposed'}:</strong> not something that has happened.
              </p>
            )}
            <p>{relation.summary}</p>
            <ReadingNote datum={relation} />
            <EvidenceList evidence={relation.evidence} datum={{ kind: 'relation', id: relation.id }} />
          </EvidencePanel>
        )}
      </div>
      <h2 id="relation-list-title">The relations, listed</h2>
      <RelationList index={index} selected={relation?.id ?? null} onSelect={select} />
    </section>
  );
}
