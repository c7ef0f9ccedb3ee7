import { useId } from 'react';
import { HATCH, HATCH_PERIOD } from '../../charts/readingMark';
import { certaintyDash, frameColor, stanceColor, stanceTint } from '../../charts/stancePalette';
import type { Position } from '../../model/schema';
import { LAYER_HEIGHT, MARK, rowMarks } from './rowMarks';

interface RowMarksProps {
  /** The drawn cells of the row, left to right. */
  cells: readonly (readonly Position[] | undefined)[];
  columnWidth: number;
}

/**
 * The marks of a row of the matrix, drawn as one SVG layer over its cells. Decorative: each cell's
 * label says the same in words, and clicks go through to the cells.
 */
export function RowMarks({ cells, columnWidth }: RowMarksProps) {
  const marks = rowMarks(cells, columnWidth);
  const hatchId = useId();
  return (
    <svg className="row-marks" width={cells.length * columnWidth} height={LAYER_HEIGHT} aria-hidden="true" focusable="false">
      {marks.tints.map(({ stance, d }) => (
        <path key={stance} d={d} fill={stanceTint[stance]} />
      ))}
      {marks.hatches.length > 0 && (
        <defs>
          {/* A pattern, not clipped lines: a browser paints a pattern as one tile repeated, a fraction of the work. */}
          {marks.hatches.map(({ stance }) => (
            <pattern key={stance} id={`${hatchId}${stance}`} patternUnits="userSpaceOnUse" width={HATCH_PERIOD} height={HATCH_PERIOD} patternTransform="rotate(45)">
              <rect width={HATCH.width} height={HATCH_PERIOD} fill={stanceColor[stance]} fillOpacity={HATCH.opacity} />
            </pattern>
          ))}
        </defs>
      )}
      {marks.hatches.map(({ stance, d }) => (
        <g key={stance} className="row-marks__hatched">
          <path d={d} fill="var(--panel)" />
          <path d={d} fill={`url(#${hatchId}${stance})`} />
        </g>
      ))}
      {marks.frames.map(({ certainty, d }) => (
        <path key={certainty} d={d} fill="none" stroke={frameColor} strokeWidth={MARK.frameWidth} strokeDasharray={certaintyDash[certainty]} />
      ))}
      {marks.glyphs.map(({ stance, stroke, strokeWidth, fill }) => (
        <g key={stance}>
          {fill && <path d={fill} fill={stanceColor[stance]} />}
          <path d={stroke} fill="none" stroke={stanceColor[stance]} strokeWidth={strokeWidth} strokeLinecap="round" strokeLinejoin="round" />
        </g>
      ))}
      {marks.badges.length > 0 && <path d={marks.badgeDiscs} className="row-marks__badge" />}
      {/* Keyed by order, so a filter updates the counts in place rather than replacing them. */}
      {marks.badges.map(({ x, y, count }, i) => (
        <text key={i} x={x} y={y} className="row-marks__count">
          {count}
        </text>
      ))}
    </svg>
  );
}
