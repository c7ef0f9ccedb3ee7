import { StanceGlyph } from '../../charts/StanceGlyph';
import { stanceColor, stanceTint } from '../../charts/stancePalette';
import { stances } from '../../model/codes';
import { changes } from '../../model/overTime';
import { stanceLabel } from '../../model/vocabulary';
import { changeStyle } from './OverTimeChart';
import { changeLabel, changeMeaning } from './overTimeSelect';

/** What the marks, lines and badges of the view over time mean. */
export function OverTimeLegend() {
  return (
    <div className="legend over-time-legend" aria-label="Legend">
      <ul className="legend__group" aria-label="Stance of a statement">
        {stances.map((stance) => (
          <li key={stance} className="legend__item">
            <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true">
              <circle r={10} fill={stanceTint[stance]} stroke={stanceColor[stance]} strokeWidth={1.5} />
              <g transform="translate(-7,-7)">
                <StanceGlyph stance={stance} size={14} />
              </g>
            </svg>
            {stanceLabel[stance]}
          </li>
        ))}
      </ul>
      <ul className="legend__group" aria-label="Change from one statement to the next">
        {changes.map((change) => {
          const style = changeStyle[change];
          return (
            <li key={change} className="legend__item">
              <svg width="52" height="20" viewBox="0 -10 52 20" aria-hidden="true">
                <line x1={0} x2={52} stroke={style.color} strokeWidth={style.width} strokeDasharray={style.dash} />
                <rect x={15} y={-9} width={22} height={18} rx={9} fill={change === 'same' ? '#fff' : style.color} stroke={style.color} strokeWidth={1.5} />
                <text x={26} y={4.5} textAnchor="middle" fontSize="13" fontWeight="700" fill={change === 'same' ? '#55534e' : '#fff'}>
                  {style.symbol}
                </text>
              </svg>
              <span>
                <strong>{changeLabel[change]}</strong>: {changeMeaning[change]}
              </span>
            </li>
          );
        })}
        <li className="legend__item">
          <svg width="22" height="20" aria-hidden="true">
            <line x1={11} x2={11} y1={0} y2={20} stroke="#b9b4a8" strokeDasharray="1 3" />
          </svg>
          A source’s publication date
        </li>
      </ul>
    </div>
  );
}
