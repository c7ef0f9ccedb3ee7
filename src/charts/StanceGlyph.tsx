import type { Stance } from '../model/schema';
import { stanceColor } from './stancePalette';

/** Paths in a 16×16 box: a shape per stance, so the stance reads without colour. */
const glyphPath: Record<Stance, string> = {
  supports: 'M3 8.5 6.5 12 13 4',
  opposes: 'M4 4 12 12 M12 4 4 12',
  conditional: 'M8 3a5 5 0 1 0 0 10z',
  ambiguous: 'M2 9c2-4 4-4 6-1s4 3 6-1',
  none: 'M4 8h8',
};

interface StanceGlyphProps {
  stance: Stance;
  /** Pixel size of the square glyph; default 16. */
  size?: number;
  /** Draw in this colour instead of the stance's own. */
  color?: string;
}

/** The stance's glyph, decorative: the text beside it or the cell's label carries the words. */
export function StanceGlyph({ stance, size = 16, color = stanceColor[stance] }: StanceGlyphProps) {
  const filled = stance === 'conditional';
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="stance-glyph">
      {filled && <circle cx="8" cy="8" r="5" fill="none" stroke={color} strokeWidth="1.6" />}
      <path d={glyphPath[stance]} fill={filled ? color : 'none'} stroke={color} strokeWidth={filled ? 0 : 2.2} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
