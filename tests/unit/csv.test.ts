import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, type CsvCell } from '../../src/model/csv';
import { runs } from '../propertyRuns';

/** A strict RFC 4180 reader, so the tests check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
    } else while (i < text.length && text[i] !== ',' && text[i] !== '\r') cell += text[i++];
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}

const formulaStart = /^[=+\-@\t\r]/;

describe('toCsv', () => {
  it('writes a header row then one row per item, in column order, with CRLF line ends', () => {
    const csv = toCsv([{ id: 'uk', value: 2.5 }, { id: 'nato', value: 5 }], ['id', { key: 'value', header: 'Value (% of GDP)' }]);
    expect(csv).toBe('"id","Value (% of GDP)"\r\n"uk",2.5\r\n"nato",5\r\n');
  });

  it('writes null, undefined and missing keys as empty cells', () => {
    expect(parseCsv(toCsv([{ a: null, b: undefined }], ['a', 'b', 'c']))[1]).toEqual(['', '', '']);
  });

  it('keeps commas, quotes and line breaks inside one cell', () => {
    const text = 'He said, “no”\nand "left"';
    expect(parseCsv(toCsv([{ q: text }], ['q']))[1]).toEqual([text]);
  });

  it('neutralises text that would start a formula, with an apostrophe', () => {
    for (const danger of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(parseCsv(toCsv([{ c: danger }], ['c']))[1]).toEqual([`'${danger}`]);
  });

  it('writes finite numbers, negative ones too, as plain numbers', () => {
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(500000000000)).toBe('500000000000');
    expect(csvCell(-Infinity)).toBe(`"'-Infinity"`);
  });

  it('never lets a text cell start a formula, and gives back every other cell as written', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('=', '+', '-', '@', '\t', '\r').chain((c) => fc.string().map((s) => c + s)), fc.double(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.record({ a: cell, b: cell }), { maxLength: 8 }), (rows: Record<'a' | 'b', CsvCell>[]) => {
        const parsed = parseCsv(toCsv(rows, ['a', 'b']));
        expect(parsed).toHaveLength(rows.length + 1);
        rows.forEach((row, r) =>
          (['a', 'b'] as const).forEach((key, c) => {
            const written = parsed[r + 1]![c]!;
            const value = row[key];
            if (typeof value === 'number' && Number.isFinite(value)) return expect(Number(written) === value).toBe(true); // -0 reads back as 0, which is equal
            expect(written).not.toMatch(formulaStart);
            const text = value === null || value === undefined ? '' : String(value);
            expect(written).toBe(formulaStart.test(text) ? `'${text}` : text);
          }),
        );
      }),
      { numRuns: runs(300) },
    );
  });
});
