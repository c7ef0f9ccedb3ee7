import { certainties, stances } from '../model/codes';
import { certaintyLabel, stanceLabel } from '../model/vocabulary';
import { CertaintyFrame } from './CertaintyFrame';
import { StanceGlyph } from './StanceGlyph';
import { certaintyDash, tintClass } from './stancePalette';

/** One legend entry per frame style; certainties drawn alike share it ("Committed or ruled out"). */
const frameStyles = [...new Set(certainties.map((c) => certaintyDash[c]))].map((dash) => ({
  /** The first certainty drawn this way. */
  certainty: certainties.find((c) => certaintyDash[c] === dash)!,
  labels: certainties
    .filter((c) => certaintyDash[c] === dash)
    .map((c, i) => (i ? certaintyLabel[c].toLowerCase() : certaintyLabel[c]))
    .join(' or '),
}));

interface StanceLegendProps {
  /** Whether the view draws certainty as frames (the matrix does; the compare table does not). */
  frames?: boolean;
}

/** What a view's colours, glyphs, frames and counts mean. */
export function StanceLegend({ frames = true }: StanceLegendProps) {
  return (
    <div className="legend" aria-label="Legend">
      <ul className="legend__group" aria-label="Stance">
        {stances.map((stance) => (
          <li key={stance} className="legend__item">
            <span className={`legend__swatch ${tintClass(stance)}`}>
              <StanceGlyph stance={stance} size={14} />
            </span>
            {stanceLabel[stance]}
          </li>
        ))}
      </ul>
      <ul className="legend__group" aria-label={frames ? 'Certainty, drawn as the frame' : 'Counts'}>
        {frames &&
          frameStyles.map(({ certainty, labels }) => (
            <li key={labels} className="legend__item">
              <CertaintyFrame certainty={certainty} />
              {labels}
            </li>
          ))}
        <li className="legend__item">
          <span className="count-badge" aria-hidden="true">2</span> Several positions in one cell
        </li>
      </ul>
    </div>
  );
}
