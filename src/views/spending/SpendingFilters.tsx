import { seriesClass } from '../../charts/seriesPalette';
import type { Actor } from '../../model/schema';
import { scaleLabel, type FigureScale } from './figureScales';

interface SpendingFiltersProps {
  metrics: { id: string; label: string; count: number }[];
  metric: string;
  onMetric: (metric: string) => void;
  scales: FigureScale[];
  scale: FigureScale;
  onScale: (key: string) => void;
  actors: Actor[];
  /** Chosen actor ids; empty means all. */
  chosen: string[];
  onChange: (chosen: string[]) => void;
  table: boolean;
  onTable: (table: boolean) => void;
}

const figures = (n: number) => `${n} ${n === 1 ? 'figure' : 'figures'}`;

/**
 * What to draw: the metric, its unit when its figures come in several (one axis each, never converted),
 * whose figures, and chart or table. At least one actor stays chosen.
 */
export function SpendingFilters({ metrics, metric, onMetric, scales, scale, onScale, actors, chosen, onChange, table, onTable }: SpendingFiltersProps) {
  const isShown = (id: string) => !chosen.length || chosen.includes(id);
  const shownCount = actors.filter((a) => isShown(a.id)).length;
  const toggle = (id: string) => {
    const next = actors.filter((a) => (a.id === id ? !isShown(a.id) : isShown(a.id))).map((a) => a.id);
    onChange(next.length === actors.length ? [] : next);
  };
  return (
    <div className="filters spending-filters">
      {metrics.length > 1 && (
        <label className="spending-filters__metric">
          <span className="spending-filters__name">Figures on</span>
          <select value={metric} onChange={(event) => onMetric(event.target.value)}>
            {metrics.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label} ({figures(m.count)})
              </option>
            ))}
          </select>
        </label>
      )}
      {scales.length > 1 && (
        <fieldset>
          <legend>Unit</legend>
          <div className="spending-filters__units">
            {scales.map((s) => (
              <label key={s.key} className="check">
                <input type="radio" name="spending-unit" value={s.key} checked={s.key === scale.key} onChange={() => onScale(s.key)} />
                {scaleLabel(s)} · {figures(s.count)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset>
        <legend>Figures of</legend>
        <div className="spending-filters__actors">
          {actors.map((actor, i) => (
            <label key={actor.id} className="check">
              <input type="checkbox" checked={isShown(actor.id)} disabled={isShown(actor.id) && shownCount === 1} onChange={() => toggle(actor.id)} />
              <span className={`spending-filters__swatch ${seriesClass(i)}`} aria-hidden="true" />
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
