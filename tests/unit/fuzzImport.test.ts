import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/model/csv';
import { DEFAULT_MAX_BYTES, parseJsonSafely } from '../../src/model/safeJson';
import { validateDataset } from '../../src/model/validate';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';
import { runs } from '../propertyRuns';

const forbiddenKeys = ['__proto__', 'constructor', 'prototype'];

/** Every own key anywhere in a parsed value. */
function allKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allKeys);
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((key) => [key, ...allKeys((value as Record<string, unknown>)[key])]);
}

/** JSON text with prototype-reaching keys hidden at any depth. */
const hostileJson = fc
  .letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), tie('object'), fc.array(tie('value'), { maxLength: 4 })),
    object: fc.dictionary(fc.oneof(fc.constantFrom(...forbiddenKeys), fc.string({ maxLength: 6 })), tie('value'), { maxKeys: 4 }),
  }))
  .value.map((value) => JSON.stringify(value));

describe('the importer’s JSON parser under hostile input (fuzz)', () => {
  it('never throws on any text, and answers with a value or a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), hostileJson), (text) => {
        const result = parseJsonSafely(text);
        if (result.ok) expect(result).toHaveProperty('value');
        else expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('never hands on a prototype-reaching key, at any depth, and pollutes nothing', () => {
    fc.assert(
      fc.property(hostileJson, (text) => {
        const result = parseJsonSafely(text);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(allKeys(result.value).filter((key) => forbiddenKeys.includes(key))).toEqual([]);
        // What an app might do with imported data: merge it into its own objects.
        Object.assign({}, result.value);
        structuredClone(result.value);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: runs(1000) },
    );
  });

  it('refuses a 50 MB file at once, with a message that says why', () => {
    const huge = `{"title":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const started = performance.now();
    const result = parseJsonSafely(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/too large.*limit is 5\.0 MB/);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(DEFAULT_MAX_BYTES).toBe(5 * 1024 * 1024);
  });

  it('refuses nesting deep enough to exhaust the stack', () => {
    const result = parseJsonSafely('['.repeat(100_000) + ']'.repeat(100_000));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/nested/) });
  });

  it('with the validator after it, never accepts a dataset carrying extra hostile keys as data', () => {
    fc.assert(
      fc.property(fc.constantFrom(...forbiddenKeys), fc.jsonValue({ maxDepth: 2 }), (key, payload) => {
        const text = JSON.stringify(miniDataset()).replace('"positions":[{', () => `"positions":[{${JSON.stringify(key)}:${JSON.stringify(payload)},`);
        const parsed = parseJsonSafely(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const result = validateDataset(parsed.value, miniTexts);
        expect(result.ok).toBe(true);
        if (result.ok) expect(Object.keys(result.dataset.positions[0]!)).not.toContain(key);
      }),
      { numRuns: runs(200) },
    );
  });
});

/** Characters a spreadsheet reads as the start of a formula (OWASP CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;
const payloads = ['=HYPERLINK("http://evil","x")', '+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', '<img src=x onerror=alert(1)>', '\u202eevil'];

describe('the CSV writer under hostile text (fuzz)', () => {
  it('never throws, and no text cell it writes starts a formula', () => {
    const text = fc.oneof(fc.constantFrom(...payloads), fc.string({ unit: 'binary' }), fc.constantFrom(...payloads).chain((p) => fc.string().map((s) => p + s)));
    fc.assert(
      fc.property(fc.array(fc.record({ name: text, note: text }), { maxLength: 6 }), (rows) => {
        const csv = toCsv(rows, ['name', 'note']);
        expect(csv.endsWith('\r\n')).toBe(true);
        for (const row of rows)
          for (const value of [row.name, row.note]) {
            // A written text cell is quoted; the first character inside the quote is what a spreadsheet judges.
            const inner = csvCell(value).slice(1);
            expect(formulaStart.test(inner)).toBe(false);
          }
      }),
      { numRuns: runs(500) },
    );
  });
});
