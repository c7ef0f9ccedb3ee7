import { certainties, stances } from '../model/codes';
import { certaintyLabel, stanceLabel } from '../model/vocabulary';
import './cell-mark.css';
import { StanceGlyph } from './StanceGlyph';
import { certaintyDash, stanceTint } from './stancePalette';

/** One legend entry per frame style; certainties drawn alike share it ("Committed or ruled out"). */
const frameStyles = [...new Set(certainties.map((c) => certaintyDash[c]))].map((dash) => ({
  /** The first certainty drawn this way; its class draws the frame exactly as the cells do. */
  certainty: certainties.find((c) => certaintyDash[c] === dash)!,
  labels: certainties
    .filter((c) => certaintyDash[c] === dash)
    .map((c, i) => (i ? certaintyLabel[c].toLowerCase() : certaintyLabel[c]))
    .join(' or '),
}));

/** What the matrix's colours, glyphs and frames mean. */
export function StanceLegend() {
  return (
    <div className="legend" aria-label="Legend">
      <ul className="legend__group" aria-label="Stance">
        {stances.map((stance) => (
          <li key={stance} className="legend__item">
            <span className="legend__swatch" style={{ background: stanceTint[stance] }}>
              <StanceGlyph stance={stance} size={14} />
            </span>
            {stanceLabel[stance]}
          </li>
        ))}
      </ul>
      <ul className="legend__group" aria-label="Certainty, drawn as the frame">
        {frameStyles.map(({ certainty, labels }) => (
          <li key={labels} className="legend__item">
            <span className={`cell-mark cell-mark--frame certainty-${certainty}`} aria-hidden="true" />
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
