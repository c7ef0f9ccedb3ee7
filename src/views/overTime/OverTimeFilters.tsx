import { ActorPicker } from '../../components/ActorPicker';
import { TopicChecklist } from '../../components/TopicChecklist';
import type { Actor, Topic } from '../../model/schema';
import type { OverTimeState } from './overTimeState';

interface OverTimeFiltersProps {
  actors: Actor[];
  topics: Topic[];
  state: OverTimeState;
  update: (change: Partial<OverTimeState>) => void;
}

/** Whose tracks, on which topics, and chart or table; a filter change goes back to the first page. */
export function OverTimeFilters({ actors, topics, state, update }: OverTimeFiltersProps) {
  return (
    <div className="filters over-time-filters">
      <ActorPicker label="Actors" actors={actors} selected={state.actors} onChange={(ids) => update({ actors: ids, page: 1 })} />
      <TopicChecklist topics={topics} selected={state.topics} onChange={(ids) => update({ topics: ids, page: 1 })} legend="Topics to show" />
      <fieldset>
        <legend>Show as</legend>
        <div className="over-time-filters__view">
          <button type="button" className="toggle" aria-pressed={!state.table} onClick={() => update({ table: false })}>
            Chart
          </button>
          <button type="button" className="toggle" aria-pressed={state.table} onClick={() => update({ table: true })}>
            Table
          </button>
        </div>
      </fieldset>
    </div>
  );
}
