import { glyphShapes, roundedRectPath, segmentsPath } from '../../charts/stanceGlyphShapes';
import { certainties, stances } from '../../model/codes';
import { leadPosition } from '../../model/matrixSelectors';
import type { Certainty, Position, Stance } from '../../model/schema';

/**
 * The marks of one row of a large matrix, as a few paths: a tint, a glyph and a frame per cell (as
 * cell-mark.css draws them in a small matrix), gathered by stance and by certainty. A few paths per
 * row paint far faster than an image or element per cell.
 */

/** The mark's box, its glyph and its frame, in pixels; the layer is LAYER_HEIGHT tall with the marks centred. */
export const MARK = { width: 40, height: 28, radius: 5, glyph: 18, frameWidth: 1.6, badgeRadius: 8 } as const;
export const LAYER_HEIGHT = 36;
const BADGE_OVERHANG = 5.6;

export interface RowMarks {
  tints: { stance: Stance; d: string }[];
  glyphs: { stance: Stance; stroke: string; strokeWidth: number; fill: string | null }[];
  frames: { certainty: Certainty; d: string }[];
  /** A count where a cell holds several positions: the badges' path, and each count's centre. */
  badgeDiscs: string;
  badges: { x: number; y: number; count: number }[];
}

/** Marks for the cells of a row, `columnWidth` pixels apart from the layer's left edge. */
export function rowMarks(cells: readonly (readonly Position[] | undefined)[], columnWidth: number): RowMarks {
  const tints = new Map<Stance, string[]>();
  const glyphStrokes = new Map<Stance, string[]>();
  const glyphFills = new Map<Stance, string[]>();
  const frames = new Map<Certainty, string[]>();
  const badgeDiscs: string[] = [];
  const badges: RowMarks['badges'] = [];
  const add = <K>(groups: Map<K, string[]>, key: K, d: string) => {
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  };
  const glyphScale = MARK.glyph / 16;
  const top = (LAYER_HEIGHT - MARK.height) / 2;
  cells.forEach((positions, i) => {
    const lead = positions && leadPosition(positions);
    if (!lead) return;
    const left = i * columnWidth + (columnWidth - MARK.width) / 2;
    const box = roundedRectPath(left, top, MARK.width, MARK.height, MARK.radius);
    add(tints, lead.stance, box);
    // The frame's stroke is centred on a box inset by half its width, as the CSS frame draws it.
    const inset = MARK.frameWidth / 2;
    add(frames, lead.certainty, roundedRectPath(left + inset, top + inset, MARK.width - 2 * inset, MARK.height - 2 * inset, MARK.radius));
    const shape = glyphShapes[lead.stance];
    const gx = left + (MARK.width - MARK.glyph) / 2;
    const gy = top + (MARK.height - MARK.glyph) / 2;
    add(glyphStrokes, lead.stance, segmentsPath(shape.stroke, gx, gy, glyphScale));
    if (shape.fill) add(glyphFills, lead.stance, segmentsPath(shape.fill, gx, gy, glyphScale));
    if (positions.length > 1) {
      // A disc for one digit, a pill for more; its top right corner overhangs the mark's, as in cell-mark.css.
      const r = MARK.badgeRadius;
      const width = 2 * r + (String(positions.length).length - 1) * 6;
      const right = left + MARK.width + BADGE_OVERHANG;
      const badgeTop = top - BADGE_OVERHANG;
      badgeDiscs.push(roundedRectPath(right - width, badgeTop, width, 2 * r, r));
      badges.push({ x: right - width / 2, y: badgeTop + r, count: positions.length });
    }
  });
  const inOrder = <K extends string>(keys: readonly K[], groups: Map<K, string[]>) => keys.filter((k) => groups.has(k));
  return {
    tints: inOrder(stances, tints).map((stance) => ({ stance, d: tints.get(stance)!.join('') })),
    glyphs: inOrder(stances, glyphStrokes).map((stance) => ({
      stance,
      stroke: glyphStrokes.get(stance)!.join(''),
      strokeWidth: glyphShapes[stance].strokeWidth * glyphScale,
      fill: glyphFills.get(stance)?.join('') ?? null,
    })),
    frames: inOrder(certainties, frames).map((certainty) => ({ certainty, d: frames.get(certainty)!.join('') })),
    badgeDiscs: badgeDiscs.join(''),
    badges,
  };
}
