import { stances } from '../model/codes';
import type { Stance } from '../model/schema';
import { glyphShapes, placeShape, segmentsShape } from './stanceGlyphShapes';
import { stanceColor } from './stancePalette';

interface StanceGlyphProps {
  stance: Stance;
  /** Pixel size of the square glyph; default 16. */
  size?: number;
  /** Draw in this colour instead of the stance's own. */
  color?: string;
}

const paths = Object.fromEntries(
  stances.map((stance) => {
    const { stroke, fill } = glyphShapes[stance];
    return [stance, { stroke: placeShape(segmentsShape(stroke)), fill: fill && placeShape(segmentsShape(fill)) }];
  }),
) as Record<Stance, { stroke: string; fill?: string }>;

/** The stance's glyph, decorative: the text beside it or the cell's label carries the words. */
export function StanceGlyph({ stance, size = 16, color = stanceColor[stance] }: StanceGlyphProps) {
  const path = paths[stance];
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="stance-glyph">
      {path.fill && <path d={path.fill} fill={color} />}
      <path d={path.stroke} fill="none" stroke={color} strokeWidth={glyphShapes[stance].strokeWidth} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
