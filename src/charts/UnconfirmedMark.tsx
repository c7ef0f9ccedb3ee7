/**
 * How every view draws a machine draft no person has confirmed: a dashed outline round its mark and the
 * word "unconfirmed" in its tag, tooltip and accessible name, never colour alone.
 */
import { isUnconfirmed } from '../model/drafts';
import './charts.css';

type Datum = { machineDrafted?: boolean };

/** Said in tooltips and accessible names. */
export const UNCONFIRMED_NOTE = 'Unconfirmed: drafted by machine, not yet checked by a person';

/** The class that draws the dashed outline (charts.css), with a leading space; empty for a confirmed datum. */
export const unconfirmedClass = (datum: Datum | undefined) => (datum && isUnconfirmed(datum) ? ' is-unconfirmed' : '');

/** Words to add to an accessible name: ", unconfirmed draft"; empty for a confirmed datum. */
export const unconfirmedWords = (datum: Datum | undefined) => (datum && isUnconfirmed(datum) ? ', unconfirmed draft' : '');

/** A small tag reading "Unconfirmed", with the reason as a tooltip; nothing for a confirmed datum. */
export function UnconfirmedTag({ datum }: { datum: Datum | undefined }) {
  if (!datum || !isUnconfirmed(datum)) return null;
  return (
    <span className="tag tag--unconfirmed" title={UNCONFIRMED_NOTE}>
      Unconfirmed
    </span>
  );
}

/** The dashed outline in an SVG chart: a rectangle round a mark of `width` × `height` at the origin. */
export function UnconfirmedOutline({ width, height, gap = 2.5 }: { width: number; height: number; gap?: number }) {
  return (
    <rect className="unconfirmed-outline" x={-gap} y={-gap} width={width + gap * 2} height={height + gap * 2} rx={gap + 2} fill="none" stroke="var(--unconfirmed-line)" strokeWidth="1.5" strokeDasharray="2 2" />
  );
}

/** The legend entry for the dashed outline, for views that draw it round a cell or a label. */
export function UnconfirmedLegend() {
  return (
    <div className="legend">
      <ul className="legend__group" aria-label="Review">
        <li className="legend__item">
          <span className="legend__swatch unconfirmed-legend__sample is-unconfirmed" aria-hidden="true" />
          Dashed outline: drafted by machine, not yet checked by a person
        </li>
      </ul>
    </div>
  );
}
