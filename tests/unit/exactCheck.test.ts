import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateSynthetic } from '../../src/cli/gen-synthetic';
import { exactGuard } from '../../src/model/exactCheck';
import { datasetSchema, type Dataset } from '../../src/model/schema';
import { formatPath, validateDataset } from '../../src/model/validate';
import { mutate, mutationArb, pathsOf, type Json, type Path } from '../fixtures/jsonMutations';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';
import { runs } from '../propertyRuns';

const isExactDataset = exactGuard(datasetSchema);
type Loose = Record<string, unknown>;

/** The mini dataset with every optional field filled in, so that changes reach them too. */
function fullDataset(): Dataset {
  const d = miniDataset();
  d.sources[0]!.url = 'https://example.com/story';
  d.sources[0]!.published.note = 'stated';
  d.actors[0]!.country = 'Utopia';
  d.positions[0]!.machineDrafted = true;
  d.positions[0]!.draft = { rule: 'said-x', confidence: 0.8 };
  Object.assign(d.positions[1]!, { reading: 'inferred', readingNote: 'read from the visit, not stated' });
  d.actors[0]!.draft = { rule: 'name', confidence: 1 };
  d.figures.push({ ...structuredClone(d.figures[0]!), id: 'troops', metric: 'troops', quantity: { unit: 'count', value: 71_000, thing: 'troops' } });
  Object.assign(d.figures[0]!, { appliesTo: 'bob', machineDrafted: false, time: { year: 2027, earliest: 2026, latest: 2028, phrase: 'by 2027', note: 'a window' } });
  d.dealTerms.push({ ...structuredClone(d.dealTerms[0]!), id: 'fund-claim', status: 'claimed', draftCounterpart: 'fund-term', quantity: { unit: 'money', value: 5, currency: 'USD' } });
  return d;
}

/** What zod says of a value: its issues, as validateDataset words them, or the value it gives back. */
function zodVerdict(input: unknown) {
  const parsed = datasetSchema.safeParse(input);
  return parsed.success
    ? { ok: true as const, data: parsed.data }
    : { ok: false as const, issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
}

/** Values that keep to the schema often enough for the guard to have something to say yes to. */
const plausibleValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('alice', 'bob-treaty', 'story', 'Not Kebab', '', 'x', '😀', '\ud800', 'supports', 'loves', 'person', 'claimed', 'usd', 'https://a.b', 'javascript:x', '2025-02-26', '26/02/2025'),
  fc.constantFrom(0, 1, -1, 2.5, 2026, 2030, Number.MAX_SAFE_INTEGER + 2, true, false, null, undefined, [], {}),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.integer({ min: -3, max: 400 }),
);

const base = fullDataset() as unknown as Json;
const paths = pathsOf(base);
const change = fc.oneof(
  fc.tuple(fc.constantFrom(...paths), mutationArb),
  fc.tuple(fc.constantFrom(...paths), plausibleValue.map((value) => ({ kind: 'replace' as const, value: value as Json }))),
);

/** The base dataset with one to three changes. */
const changedDataset = fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
  let value = structuredClone(base);
  for (const [path, mutation] of changes as [Path, Parameters<typeof mutate>[2]][]) {
    try {
      value = mutate(value, path, mutation);
    } catch {
      // An earlier change removed the way to this path: leave it.
    }
  }
  return value as unknown;
});

describe('exactGuard on the dataset schema', () => {
  it('says yes to the curated dataset, the synthetic one and the mini one, so validateDataset keeps them as they are', () => {
    const curated: unknown = JSON.parse(readFileSync('data/article.json', 'utf8'));
    const curatedTexts = new Map([['article', readFileSync('data/article.txt', 'utf8')]]);
    const synthetic = generateSynthetic({ actors: 12, topics: 5, positions: 300, seed: 7 });
    const syntheticJson: unknown = JSON.parse(JSON.stringify(synthetic.dataset));
    for (const [input, texts] of [
      [curated, curatedTexts],
      [syntheticJson, new Map([['article', synthetic.text]])],
      [fullDataset(), miniTexts],
    ] as const) {
      expect(isExactDataset(input)).toBe(true);
      const result = validateDataset(input, texts);
      expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([]);
      // The same object back shows the fast path ran: zod's path returns a copy.
      expect(result.ok && result.dataset === input).toBe(true);
    }
  });

  it('says yes only to what zod accepts and gives back unchanged (changed datasets, fast-check)', () => {
    fc.assert(
      fc.property(changedDataset, (input) => {
        if (!isExactDataset(input)) return;
        const verdict = zodVerdict(input);
        expect(verdict.ok).toBe(true);
        if (verdict.ok) expect(verdict.data).toStrictEqual(input);
      }),
      { numRuns: runs(3000) },
    );
  });

  it('on JSON data, says yes to everything zod accepts without stripping anything (so nothing falls back needlessly)', () => {
    fc.assert(
      fc.property(changedDataset, (changed) => {
        const input: unknown = JSON.parse(JSON.stringify(changed) ?? 'null');
        const verdict = zodVerdict(input);
        expect(isExactDataset(input)).toBe(verdict.ok && isDeepStrictEqual(verdict.data, input));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('says no to any other value, without throwing', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }), (input) => {
        expect(isExactDataset(input)).toBe(false);
      }),
      { numRuns: runs(300) },
    );
  });

  const broken: [string, (d: Dataset) => void][] = [
    ['a wrong enum value', (d) => ((d.positions[0] as Loose).stance = 'loves')],
    ['a missing key', (d) => delete (d.actors[1] as Loose).role],
    ['a bad id', (d) => (d.topics[0]!.id = 'Not Kebab')],
    ['a negative start', (d) => (d.positions[0]!.evidence[0]!.start = -1)],
    ['a fractional end', (d) => (d.positions[0]!.evidence[0]!.end = 3.5)],
    ['empty evidence', (d) => (d.relations[0]!.evidence = [])],
    ['an empty label', (d) => (d.topics[0]!.label = '')],
    ['a time window that ends before it starts', (d) => Object.assign(d.figures[0]!.time!, { earliest: 2030, latest: 2029 })],
    ['a non-http URL', (d) => (d.sources[0]!.url = 'javascript:alert(1)')],
    ['a string where a number goes', (d) => ((d.figures[0]!.quantity as Loose).value = '5')],
    ['a wrong schema version', (d) => ((d as Loose).schemaVersion = 3)],
  ];

  it.each(broken)('says no to %s, and validateDataset reports exactly what zod reports', (_name, breakIt) => {
    const input = fullDataset();
    breakIt(input);
    expect(isExactDataset(input)).toBe(false);
    const verdict = zodVerdict(input);
    expect(verdict.ok).toBe(false);
    const result = validateDataset(input, miniTexts);
    expect(result).toEqual({ ok: false, issues: verdict.ok ? [] : verdict.issues });
  });

  it('says no to an extra key, which zod strips: the dataset validateDataset gives back is zod’s copy, without it', () => {
    const input = fullDataset();
    (input.actors[0] as Loose).nickname = 'Al';
    expect(isExactDataset(input)).toBe(false);
    const result = validateDataset(input, miniTexts);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset).not.toBe(input);
    expect(result.dataset).toStrictEqual(fullDataset());
  });

  it('says no to an array with a named property, which zod drops from its copy (structured clone keeps it)', () => {
    const input = fullDataset();
    const conditions = Object.assign(input.positions[0]!.conditions, { start: 12 });
    expect(Object.keys(structuredClone(conditions))).toContain('start');
    expect(isExactDataset(input)).toBe(false);
    const result = validateDataset(input, miniTexts);
    expect(result.ok && Object.keys(result.dataset.positions[0]!.conditions)).toEqual([]);
  });
});

describe('exactGuard on other schemas', () => {
  const understood: [string, z.ZodType][] = [
    ['a string of at least 2 code points', z.string().min(2)],
    ['a string of at most 2 code points', z.string().max(2)],
    ['a positive int', z.int().positive()],
    ['a number below 10', z.number().lt(10)],
    ['a regex', z.string().regex(/^a+$/)],
    ['a literal', z.literal(['a', 1, null])],
    ['an enum', z.enum(['x', 'y'])],
    ['an object with an optional refined field', z.object({ a: z.string().optional(), b: z.object({ n: z.number() }).refine((v) => v.n > 0).optional() })],
    ['an array of at least one boolean', z.array(z.boolean()).min(1)],
  ];

  it.each(understood)('%s: yes only to what zod accepts unchanged', (_name, schema) => {
    const guard = exactGuard(schema);
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'binary', maxLength: 4 }), fc.integer(), fc.double()), (value) => {
        if (!guard(value)) return;
        const parsed = schema.safeParse(value);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toStrictEqual(value);
      }),
      { numRuns: runs(500) },
    );
  });

  it('counts code points as zod does: one emoji is one character', () => {
    expect(exactGuard(z.string().min(2))('😀')).toBe(false);
    expect(exactGuard(z.string().max(1))('😀')).toBe(true);
    expect(exactGuard(z.object({ n: z.int() }))({ n: 2 ** 60 })).toBe(false);
  });

  const changing: [string, z.ZodType, unknown][] = [
    ['a default', z.object({ a: z.string().default('x') }), { a: 'y' }],
    ['a transform', z.string().transform((s) => s.toUpperCase()), 'a'],
    ['a trim', z.string().trim(), 'a'],
    ['coercion', z.coerce.number(), 1],
    ['a loose object', z.looseObject({ a: z.string() }), { a: 'a' }],
    ['a union', z.union([z.string(), z.number()]), 'a'],
    ['a URL format', z.url(), 'https://a.b'],
    ['an exact optional', z.object({ a: z.string().exactOptional() }), { a: 'a' }],
    ['a refined optional', z.object({ a: z.string().optional().refine((v) => v !== 'x') }), { a: 'a' }],
  ];

  it.each(changing)('leaves %s to zod: says no even to a value zod accepts', (_name, schema, value) => {
    expect(schema.safeParse(value).success).toBe(true);
    expect(exactGuard(schema)(value)).toBe(false);
  });
});
