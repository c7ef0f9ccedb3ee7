import { useMemo } from 'react';
import { EvidencePanel } from '../../charts/EvidencePanel';
import { EvidenceList } from '../../charts/EvidenceList';
import { DroppedNotice } from '../../components/DroppedNotice';
import { useDatasetIndex } from '../../data/useDatasetIndex';
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
  const index = useDatasetIndex();
  const layout = useMemo(() => layoutGraph(buildRelationGraph(index)), [index]);
  const kinds = useMemo(() => new Set<RelationKind>(index.dataset.relations.map((r) => r.kind)), [index]);
  const tentative = index.dataset.relations.some((r) => r.status !== 'happened');
  const { state, dropped, update } = useUrlState(index.relations, parseNetworkParams, writeNetworkParams);
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
      <div className={relation ? 'network-layout has-panel' : 'network-layout'}>
        <div className="network-layout__main">
          {layout.nodes.length ? <NetworkGraph layout={layout} selected={relation?.id ?? null} onSelect={select} /> : <p className="empty-state">The article records no relation between actors.</p>}
          <RelationLegend kinds={kinds} tentative={tentative} />
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
            <EvidenceList evidence={relation.evidence} datum={{ kind: 'relation', id: relation.id }} />
          </EvidencePanel>
        )}
      </div>
      <h2 id="relation-list-title">The relations, listed</h2>
      <RelationList index={index} selected={relation?.id ?? null} onSelect={select} />
    </section>
  );
}
