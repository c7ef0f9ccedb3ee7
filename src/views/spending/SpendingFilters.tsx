import { seriesColor } from '../../charts/seriesPalette';
import type { Actor } from '../../model/schema';

interface SpendingFiltersProps {
  actors: Actor[];
  /** Chosen actor ids; empty means all. */
  chosen: string[];
  onChange: (chosen: string[]) => void;
  table: boolean;
  onTable: (table: boolean) => void;
}

/** Which actors' figures to show, and chart or table. At least one actor stays chosen. */
export function SpendingFilters({ actors, chosen, onChange, table, onTable }: SpendingFiltersProps) {
  const isShown = (id: string) => !chosen.length || chosen.includes(id);
  const shownCount = actors.filter((a) => isShown(a.id)).length;
  const toggle = (id: string) => {
    const next = actors.filter((a) => (a.id === id ? !isShown(a.id) : isShown(a.id))).map((a) => a.id);
    onChange(next.length === actors.length ? [] : next);
  };
  return (
    <div className="filters spending-filters">
      <fieldset>
        <legend>Figures of</legend>
        <div className="spending-filters__actors">
          {actors.map((actor, i) => (
            <label key={actor.id} className="check">
              <input type="checkbox" checked={isShown(actor.id)} disabled={isShown(actor.id) && shownCount === 1} onChange={() => toggle(actor.id)} />
              <span className="spending-filters__swatch" style={{ background: seriesColor(i) }} aria-hidden="true" />
              {actor.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Show as</legend>
        <div className="spending-filters__view">
          <button type="button" className="toggle" aria-pressed={!table} onClick={() => onTable(false)}>
            Chart
          </button>
          <button type="button" className="toggle" aria-pressed={table} onClick={() => onTable(true)}>
            Table
          </button>
        </div>
      </fieldset>
    </div>
  );
}
