import { glyphShapes, glyphShapesAt, placeShape, roundedRectShape } from '../../charts/stanceGlyphShapes';
import { certainties, stances } from '../../model/codes';
import { leadPosition } from '../../model/matrixSelectors';
import type { Certainty, Position, Stance } from '../../model/schema';

/**
 * The marks of one row of the matrix, as a few paths: a tint, a glyph and a frame per cell, gathered by
 * stance and by certainty, so a row costs a few elements however many cells it has.
 */

/** The mark's box, its glyph and its frame, in pixels; the layer is LAYER_HEIGHT tall with the marks centred. */
export const MARK = { width: 40, height: 28, radius: 5, glyph: 18, frameWidth: 1.6, badgeRadius: 8 } as const;
export const LAYER_HEIGHT = 36;
const BADGE_OVERHANG = 5.6;
const MARK_TOP = (LAYER_HEIGHT - MARK.height) / 2;

const tintShape = roundedRectShape(MARK.width, MARK.height, MARK.radius);
// The frame's stroke is centred on a box inset by half its width, so all of it falls inside the mark's box.
const FRAME_INSET = MARK.frameWidth / 2;
const frameShape = roundedRectShape(MARK.width - 2 * FRAME_INSET, MARK.height - 2 * FRAME_INSET, MARK.radius);
const glyphScale = MARK.glyph / 16;
const glyphs = glyphShapesAt(glyphScale);
/** Badges by number of digits: a disc for one, a pill for more. */
const badgeShape = (digits: number) => {
  const width = 2 * MARK.badgeRadius + (digits - 1) * 6;
  return { width, shape: roundedRectShape(width, 2 * MARK.badgeRadius, MARK.badgeRadius) };
};

export interface RowMarks {
  tints: { stance: Stance; d: string }[];
  /** Marks whose lead position is our reading are hatched, not tinted: their outlines, by stance. */
  hatches: { stance: Stance; d: string }[];
  glyphs: { stance: Stance; stroke: string; strokeWidth: number; fill: string | null }[];
  frames: { certainty: Certainty; d: string }[];
  /** A count where a cell holds several positions: the badges' path, and each count's centre. */
  badgeDiscs: string;
  badges: { x: number; y: number; count: number }[];
}

/** Marks for the cells of a row, `columnWidth` pixels apart from the layer's left edge. */
export function rowMarks(cells: readonly (readonly Position[] | undefined)[], columnWidth: number): RowMarks {
  const tints = new Map<Stance, string>();
  const hatches = new Map<Stance, string>();
  const glyphStrokes = new Map<Stance, string>();
  const glyphFills = new Map<Stance, string>();
  const frames = new Map<Certainty, string>();
  let badgeDiscs = '';
  const badges: RowMarks['badges'] = [];
  const add = <K>(paths: Map<K, string>, key: K, d: string) => paths.set(key, (paths.get(key) ?? '') + d);
  cells.forEach((positions, i) => {
    const lead = positions && leadPosition(positions);
    if (!lead) return;
    const left = i * columnWidth + (columnWidth - MARK.width) / 2;
    add(lead.reading === 'inferred' ? hatches : tints, lead.stance, placeShape(tintShape, left, MARK_TOP));
    add(frames, lead.certainty, placeShape(frameShape, left + FRAME_INSET, MARK_TOP + FRAME_INSET));
    const glyph = glyphs[lead.stance];
    const gx = left + (MARK.width - MARK.glyph) / 2;
    const gy = MARK_TOP + (MARK.height - MARK.glyph) / 2;
    add(glyphStrokes, lead.stance, placeShape(glyph.stroke, gx, gy));
    if (glyph.fill) add(glyphFills, lead.stance, placeShape(glyph.fill, gx, gy));
    if (positions.length > 1) {
      // The badge's top right corner overhangs the mark's.
      const { width, shape } = badgeShape(String(positions.length).length);
      const right = left + MARK.width + BADGE_OVERHANG;
      const top = MARK_TOP - BADGE_OVERHANG;
      badgeDiscs += placeShape(shape, right - width, top);
      badges.push({ x: right - width / 2, y: top + MARK.badgeRadius, count: positions.length });
    }
  });
  const inOrder = <K extends string>(keys: readonly K[], paths: Map<K, string>) => keys.filter((k) => paths.has(k));
  return {
    tints: inOrder(stances, tints).map((stance) => ({ stance, d: tints.get(stance)! })),
    hatches: inOrder(stances, hatches).map((stance) => ({ stance, d: hatches.get(stance)! })),
    glyphs: inOrder(stances, glyphStrokes).map((stance) => ({
      stance,
      stroke: glyphStrokes.get(stance)!,
      strokeWidth: glyphShapes[stance].strokeWidth * glyphScale,
      fill: glyphFills.get(stance) ?? null,
    })),
    frames: inOrder(certainties, frames).map((certainty) => ({ certainty, d: frames.get(certainty)! })),
    badgeDiscs,
    badges,
  };
}
