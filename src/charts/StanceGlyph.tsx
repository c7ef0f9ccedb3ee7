import type { Stance } from '../model/schema';
import { glyphShapes, glyphShapesAt, placeShape } from './stanceGlyphShapes';
import { stanceColor } from './stancePalette';

interface StanceGlyphProps {
  stance: Stance;
  /** Pixel size of the square glyph; default 16. */
  size?: number;
  /** Draw in this colour instead of the stance's own. */
  color?: string;
}

const shapes = glyphShapesAt(1);

/** The stance's glyph, decorative: the text beside it or the cell's label carries the words. */
export function StanceGlyph({ stance, size = 16, color = stanceColor[stance] }: StanceGlyphProps) {
  const { stroke, fill } = shapes[stance];
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="stance-glyph">
      {fill && <path d={placeShape(fill)} fill={color} />}
      <path d={placeShape(stroke)} fill="none" stroke={color} strokeWidth={glyphShapes[stance].strokeWidth} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
