import type { Stance } from '../model/schema';

/**
 * The stance glyphs as path segments in a 16×16 box, so the same shapes can be drawn one by one
 * (StanceGlyph) or many to a path (the layer of marks of a large matrix).
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

/** Path data for segments drawn at (x, y), `scale` pixels to a unit of the box. */
export function segmentsPath(segments: readonly Segment[], x = 0, y = 0, scale = 1): string {
  const px = (n: number) => num(x + n * scale);
  const py = (n: number) => num(y + n * scale);
  return segments
    .map((s) => {
      switch (s[0]) {
        case 'M':
        case 'L':
          return `${s[0]}${px(s[1])} ${py(s[2])}`;
        case 'C':
          return `C${px(s[1])} ${py(s[2])} ${px(s[3])} ${py(s[4])} ${px(s[5])} ${py(s[6])}`;
        case 'A':
          return `A${num(s[1] * scale)} ${num(s[1] * scale)} 0 ${s[2]} ${s[3]} ${px(s[4])} ${py(s[5])}`;
        case 'Z':
          return 'Z';
      }
    })
    .join('');
}

/** A rounded rectangle as path data. */
export function roundedRectPath(x: number, y: number, width: number, height: number, r: number): string {
  const [l, t, rt, b] = [x, y, x + width, y + height].map(num) as [string, string, string, string];
  const R = num(r);
  return (
    `M${num(x + r)} ${t}H${num(x + width - r)}A${R} ${R} 0 0 1 ${rt} ${num(y + r)}V${num(y + height - r)}` +
    `A${R} ${R} 0 0 1 ${num(x + width - r)} ${b}H${num(x + r)}A${R} ${R} 0 0 1 ${l} ${num(y + height - r)}V${num(y + r)}A${R} ${R} 0 0 1 ${num(x + r)} ${t}Z`
  );
}
