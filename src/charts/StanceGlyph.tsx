import type { Stance } from '../model/schema';
import { glyphShapes, segmentsPath } from './stanceGlyphShapes';
import { stanceColor } from './stancePalette';

interface StanceGlyphProps {
  stance: Stance;
  /** Pixel size of the square glyph; default 16. */
  size?: number;
  /** Draw in this colour instead of the stance's own. */
  color?: string;
}

/** The stance's glyph, decorative: the text beside it or the cell's label carries the words. */
export function StanceGlyph({ stance, size = 16, color = stanceColor[stance] }: StanceGlyphProps) {
  const shape = glyphShapes[stance];
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="stance-glyph">
      {shape.fill && <path d={segmentsPath(shape.fill)} fill={color} />}
      <path d={segmentsPath(shape.stroke)} fill="none" stroke={color} strokeWidth={shape.strokeWidth} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
