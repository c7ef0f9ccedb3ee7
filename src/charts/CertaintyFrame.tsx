import type { Certainty } from '../model/schema';
import { placeShape, roundedRectShape } from './stanceGlyphShapes';
import { certaintyDash, frameColor } from './stancePalette';

const WIDTH = 22;
const HEIGHT = 17;
const STROKE = 1.6;
const frame = placeShape(roundedRectShape(WIDTH - STROKE, HEIGHT - STROKE, 3), STROKE / 2, STROKE / 2);

/** The frame a certainty draws around a mark in the matrix, alone, as a legend shows it. */
export function CertaintyFrame({ certainty }: { certainty: Certainty }) {
  return (
    <svg width={WIDTH} height={HEIGHT} aria-hidden="true" focusable="false" className="certainty-frame">
      <path d={frame} fill="none" stroke={frameColor} strokeWidth={STROKE} strokeDasharray={certaintyDash[certainty]} />
    </svg>
  );
}
