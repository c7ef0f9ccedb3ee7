import { certainties, stances } from '../model/codes';
import { certaintyLabel, stanceLabel } from '../model/vocabulary';
import { StanceGlyph } from './StanceGlyph';
import { certaintyDash, stanceTint } from './stancePalette';

/** One legend entry per frame style; certainties drawn alike share it ("Committed or ruled out"). */
const frameStyles = [...new Set(certainties.map((c) => certaintyDash[c]))].map((dash) => ({
  dash,
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
        {frameStyles.map(({ dash, labels }) => (
          <li key={labels} className="legend__item">
            <svg width="22" height="16" aria-hidden="true">
              <rect x="1.5" y="1.5" width="19" height="13" rx="3" fill="none" stroke="#333" strokeWidth="1.6" strokeDasharray={dash} />
            </svg>
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
