import { stances } from '../model/codes';
import type { Stance } from '../model/schema';

/**
 * The stance glyphs as path segments in a 16×16 box, so the same shapes can be drawn one by one
 * (StanceGlyph) or many to a path (the layer of marks of each matrix row).
 */
type Segment =
  | readonly ['M' | 'L', number, number]
  | readonly ['C', number, number, number, number, number, number]
  | readonly ['A', number, 0 | 1, 0 | 1, number, number]
  | readonly ['Z'];

export interface GlyphShape {
  stroke: readonly Segment[];
  /** In the 16×16 box's units. */
  strokeWidth: number;
  fill?: readonly Segment[];
}

export const glyphShapes: Record<Stance, GlyphShape> = {
  supports: { stroke: [['M', 3, 8.5], ['L', 6.5, 12], ['L', 13, 4]], strokeWidth: 2.2 },
  opposes: { stroke: [['M', 4, 4], ['L', 12, 12], ['M', 12, 4], ['L', 4, 12]], strokeWidth: 2.2 },
  // A ring, half filled: "it depends".
  conditional: {
    stroke: [['M', 3, 8], ['A', 5, 1, 0, 13, 8], ['A', 5, 1, 0, 3, 8]],
    strokeWidth: 1.6,
    fill: [['M', 8, 3], ['A', 5, 1, 0, 8, 13], ['Z']],
  },
  ambiguous: { stroke: [['M', 2, 9], ['C', 4, 5, 6, 5, 8, 8], ['C', 10, 11, 12, 11, 14, 7]], strokeWidth: 2.2 },
  none: { stroke: [['M', 4, 8], ['L', 12, 8]], strokeWidth: 2.2 },
};

const num = (n: number) => String(Math.round(n * 100) / 100);

/**
 * A shape as its start point and the rest in relative commands: written once, then placed many times
 * into one path at the cost of a short string each.
 */
export interface Shape {
  x: number;
  y: number;
  rest: string;
}

/** Path data for a shape whose box starts at (x, y). */
export const placeShape = (shape: Shape, x = 0, y = 0) => `M${num(x + shape.x)} ${num(y + shape.y)}${shape.rest}`;

/** Segments as a {@link Shape}, `scale` pixels to a unit. */
export function segmentsShape(segments: readonly Segment[], scale = 1): Shape {
  const [first, ...others] = segments;
  if (first?.[0] !== 'M') throw new Error('a shape starts with M');
  let [cx, cy] = [first[1], first[2]];
  let [sx, sy] = [cx, cy];
  const d = (n: number) => num(n * scale);
  const rest = others
    .map((s) => {
      switch (s[0]) {
        case 'M':
        case 'L': {
          const out = `${s[0].toLowerCase()}${d(s[1] - cx)} ${d(s[2] - cy)}`;
          [cx, cy] = [s[1], s[2]];
          if (s[0] === 'M') [sx, sy] = [cx, cy];
          return out;
        }
        case 'C': {
          const out = `c${d(s[1] - cx)} ${d(s[2] - cy)} ${d(s[3] - cx)} ${d(s[4] - cy)} ${d(s[5] - cx)} ${d(s[6] - cy)}`;
          [cx, cy] = [s[5], s[6]];
          return out;
        }
        case 'A': {
          const out = `a${d(s[1])} ${d(s[1])} 0 ${s[2]} ${s[3]} ${d(s[4] - cx)} ${d(s[5] - cy)}`;
          [cx, cy] = [s[4], s[5]];
          return out;
        }
        case 'Z':
          [cx, cy] = [sx, sy];
          return 'z';
      }
    })
    .join('');
  return { x: first[1] * scale, y: first[2] * scale, rest };
}

/** Every stance's glyph as {@link Shape}s, `scale` pixels to a unit of the 16×16 box. */
export function glyphShapesAt(scale: number): Record<Stance, { stroke: Shape; fill?: Shape }> {
  return Object.fromEntries(
    stances.map((stance) => {
      const { stroke, fill } = glyphShapes[stance];
      return [stance, { stroke: segmentsShape(stroke, scale), fill: fill && segmentsShape(fill, scale) }];
    }),
  ) as Record<Stance, { stroke: Shape; fill?: Shape }>;
}

/** A rounded rectangle as a {@link Shape}. */
export function roundedRectShape(width: number, height: number, r: number): Shape {
  const [w, h, R] = [num(width - 2 * r), num(height - 2 * r), num(r)];
  const corner = (dx: number, dy: number) => `a${R} ${R} 0 0 1 ${num(dx)} ${num(dy)}`;
  return { x: r, y: 0, rest: `h${w}${corner(r, r)}v${h}${corner(-r, r)}h-${w}${corner(-r, -r)}v-${h}${corner(r, -r)}z` };
}
