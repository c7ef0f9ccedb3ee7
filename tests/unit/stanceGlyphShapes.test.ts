import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glyphShapes, placeShape, roundedRectShape, segmentsShape } from '../../src/charts/stanceGlyphShapes';
import { stances } from '../../src/model/codes';

/** The absolute end point of every command of path data written as placeShape writes it (M, then relative). */
function endPoints(d: string): [number, number][] {
  const commands = [...d.matchAll(/([MmLlCcAaHhVvZz])([^MmLlCcAaHhVvZz]*)/g)].map(([, c, args]) => [c!, (args!.match(/-?[\d.]+/g) ?? []).map(Number)] as const);
  let [x, y, sx, sy] = [0, 0, 0, 0];
  const points: [number, number][] = [];
  for (const [c, a] of commands) {
    if (c === 'M') [x, y, sx, sy] = [a[0]!, a[1]!, a[0]!, a[1]!];
    else if (c === 'm') {
      [x, y] = [x + a[0]!, y + a[1]!];
      [sx, sy] = [x, y];
    }
    else if (c === 'l') [x, y] = [x + a[0]!, y + a[1]!];
    else if (c === 'c') [x, y] = [x + a[4]!, y + a[5]!];
    else if (c === 'a') [x, y] = [x + a[5]!, y + a[6]!];
    else if (c === 'h') x += a[0]!;
    else if (c === 'v') y += a[0]!;
    else if (c === 'z') [x, y] = [sx, sy];
    points.push([x, y]);
  }
  return points;
}

describe('glyph shapes written relative, placed anywhere', () => {
  it('reach the same points as the absolute segments, at any place and scale', () => {
    fc.assert(
      fc.property(fc.constantFrom(...stances), fc.integer({ min: -500, max: 5000 }), fc.integer({ min: -50, max: 500 }), fc.constantFrom(1, 1.125, 2), (stance, x, y, scale) => {
        const segments = glyphShapes[stance].stroke;
        const expected = segments.map((s) => (s[0] === 'C' ? [s[5], s[6]] : s[0] === 'A' ? [s[4], s[5]] : s[0] === 'Z' ? null : [s[1], s[2]])).filter((p) => p !== null);
        const actual = endPoints(placeShape(segmentsShape(segments, scale), x, y));
        expect(actual).toHaveLength(expected.length);
        actual.forEach(([ax, ay], i) => {
          expect(ax).toBeCloseTo(x + expected[i]![0]! * scale, 1);
          expect(ay).toBeCloseTo(y + expected[i]![1]! * scale, 1);
        });
      }),
    );
  });

  it('close a rounded rectangle where it started, its corners within the box', () => {
    const points = endPoints(placeShape(roundedRectShape(40, 28, 5), 100, 10));
    expect(points.at(-1)).toEqual([105, 10]);
    for (const [px, py] of points) {
      expect(px).toBeGreaterThanOrEqual(100);
      expect(px).toBeLessThanOrEqual(140);
      expect(py).toBeGreaterThanOrEqual(10);
      expect(py).toBeLessThanOrEqual(38);
    }
  });
});
