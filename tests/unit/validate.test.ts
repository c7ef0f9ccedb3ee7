import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import type { Dataset, Span } from '../../src/model/schema';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';
import { runs } from '../propertyRuns';

const issuesOf = (input: unknown) => {
  const result = validateDataset(input, miniTexts);
  return result.ok ? [] : result.issues;
};

const withEvidence = ['actors', 'positions', 'figures', 'deals', 'dealTerms', 'events', 'relations'] as const;

/** Every evidence span of a dataset, with the JSON path the validator uses for it. */
const spansOf = (dataset: Dataset) =>
  withEvidence.flatMap((name) => dataset[name].flatMap((item, i) => item.evidence.map((span, j) => ({ at: `${name}[${i}].evidence[${j}]`, name, i, j, span }))));

describe('validateDataset', () => {
  it('accepts a dataset that keeps every rule', () => {
    expect(issuesOf(miniDataset())).toEqual([]);
  });

  const broken: [string, (d: ReturnType<typeof miniDataset>) => void, string, RegExp][] = [
    ['a wrong schema version', (d) => ((d as { schemaVersion: number }).schemaVersion = 99), 'schemaVersion', /2/],
    ['an id that is not kebab-case', (d) => (d.actors[0]!.id = 'Alice Smith'), 'actors[0].id', /kebab-case/],
    ['an unknown actor kind', (d) => ((d.actors[0] as { kind: string }).kind = 'alien'), 'actors[0].kind', /./],
    ['an unknown stance', (d) => ((d.positions[0] as { stance: string }).stance = 'loves'), 'positions[0].stance', /./],
    ['a datum without evidence', (d) => (d.positions[0]!.evidence = []), 'positions[0].evidence', /at least one evidence/],
    ['a malformed date', (d) => (d.sources[0]!.published.date = '26/02/2025'), 'sources[0].published.date', /ISO date/],
    ['a bad sha256', (d) => (d.sources[0]!.sha256 = 'xyz'), 'sources[0].sha256', /sha256/],
    ['a non-http source URL', (d) => (d.sources[0]!.url = 'javascript:alert(1)'), 'sources[0].url', /http/],
    ['a window that ends before it starts', (d) => (d.figures[0]!.time = { earliest: 2030, latest: 2029, phrase: 'x' }), 'figures[0].time.earliest', /earliest/],
    ['a span whose length differs from its quote', (d) => (d.positions[0]!.evidence[0]!.end += 1), 'positions[0].evidence[0].exact', /length/],
    ['a span that ends where it starts', (d) => (d.positions[0]!.evidence[0]!.end = d.positions[0]!.evidence[0]!.start), 'positions[0].evidence[0].end', /end must be greater than start/],
    ['a duplicate id', (d) => (d.positions[1]!.id = 'alice-treaty'), 'positions[1].id', /duplicate id "alice-treaty"/],
    ['an unknown actor in a position', (d) => (d.positions[0]!.actor = 'zed'), 'positions[0].actor', /unknown actor "zed"/],
    ['an unknown topic', (d) => (d.positions[0]!.topic = 'moon'), 'positions[0].topic', /unknown topic "moon"/],
    ['an unknown condition', (d) => (d.positions[2]!.conditions = ['nope']), 'positions[2].conditions[0]', /unknown position/],
    ['a position that depends on itself', (d) => (d.positions[2]!.conditions = ['carol-treaty']), 'positions[2].conditions[0]', /itself/],
    ['an unknown deal', (d) => (d.dealTerms[0]!.deal = 'other'), 'dealTerms[0].deal', /unknown deal/],
    ['an unknown backer', (d) => (d.dealTerms[0]!.backers = ['zed']), 'dealTerms[0].backers[0]', /unknown actor/],
    ['an unknown relation end', (d) => (d.relations[0]!.to = 'zed'), 'relations[0].to', /unknown actor/],
    ['an unknown event actor', (d) => (d.events[0]!.actors = ['zed']), 'events[0].actors[0]', /unknown actor/],
    ['an unknown figure actor', (d) => (d.figures[0]!.actor = 'zed'), 'figures[0].actor', /unknown actor/],
    ['a figure of 1e308', (d) => (d.figures[0]!.quantity.value = 1e308), 'figures[0].quantity.value', /^1e\+308 is outside what an article can state: a value must be from 0 to 100 \(% of GDP\) or from 0 to 10,000 \(%\)/],
    ['a share of GDP over 100', (d) => (d.figures[0]!.quantity = { unit: 'share-of-gdp', value: 150 }), 'figures[0].quantity.value', /^150 is outside .*in share-of-gdp a value must be from 0 to 100/],
    ['a negative amount', (d) => (d.figures[0]!.quantity = { unit: 'money', value: -5, currency: 'USD' }), 'figures[0].quantity.value', /^-5 is outside/],
    ['money without a currency', (d) => (d.figures[0]!.quantity = { unit: 'money', value: 5 }), 'figures[0].quantity.currency', /needs its currency/],
    ['a currency that is not an ISO code', (d) => (d.figures[0]!.quantity = { unit: 'money', value: 5, currency: '£' }), 'figures[0].quantity.currency', /ISO 4217/],
    ['a count of nothing named', (d) => (d.figures[0]!.quantity = { unit: 'count', value: 12 }), 'figures[0].quantity.thing', /the thing it counts/],
    ['a share of GDP with a currency', (d) => (d.figures[0]!.quantity = { unit: 'share-of-gdp', value: 2, currency: 'USD' }), 'figures[0].quantity.currency', /only an amount of money/],
    ['a metric outside the vocabulary', (d) => (d.figures[0]!.metric = 'vibes'), 'figures[0].metric', /./],
    ['an inferred position that does not say why', (d) => (d.positions[0]!.reading = 'inferred'), 'positions[0].readingNote', /which words/],
    ['a relation without a status', (d) => Reflect.deleteProperty(d.relations[0]!, 'status'), 'relations[0].status', /./],
    ['a deal term worth 500% of GDP', (d) => (d.dealTerms[0]!.quantity = { unit: 'share-of-gdp', value: 500 }), 'dealTerms[0].quantity.value', /^500 is outside .*share-of-gdp/],
    ['an unknown source in a span', (d) => (d.actors[0]!.evidence[0]!.source = 'elsewhere'), 'actors[0].evidence[0].source', /unknown source/],
    [
      'a quote that is not in the text',
      (d) => {
        const span = d.positions[0]!.evidence[0]!;
        span.exact = 'X'.repeat(span.exact.length);
      },
      'positions[0].evidence[0].exact',
      /is not the text at/,
    ],
    ['a span past the end of the text', (d) => Object.assign(d.positions[0]!.evidence[0]!, { start: 9000, end: 9004, exact: 'abcd' }), 'positions[0].evidence[0].end', /past the end/],
    ['a prefix that does not match', (d) => (d.positions[1]!.evidence[0]!.prefix = 'nonsense'), 'positions[1].evidence[0].prefix', /prefix/],
    ['a suffix that does not match', (d) => (d.positions[1]!.evidence[0]!.suffix = 'nonsense'), 'positions[1].evidence[0].suffix', /suffix/],
  ];

  it.each(broken)('rejects %s, naming the path', (_name, breakIt, path, message) => {
    const dataset = miniDataset();
    breakIt(dataset);
    const issues = issuesOf(dataset);
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)?.message).toMatch(message);
  });

  it('names the root when the input is not an object at all', () => {
    expect(issuesOf('hello')[0]?.path).toBe('(root)');
  });

  it('rejects any non-dataset value without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(validateDataset(value, miniTexts).ok).toBe(false);
      }),
    );
  });

  it('never throws on a mutated dataset, and whatever it accepts has every span matching the text', () => {
    const paths = (value: unknown, at: (string | number)[] = []): (string | number)[][] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => {
            const here = [...at, Array.isArray(value) ? Number(k) : k];
            return [here, ...paths(v, here)];
          })
        : [];
    const allPaths = paths(miniDataset());
    const text = miniTexts.get('story')!;
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), fc.oneof(fc.anything(), fc.string(), fc.integer()), (path, replacement) => {
        const dataset = miniDataset() as unknown as Record<string | number, unknown>;
        let parent = dataset;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path[path.length - 1]!] = replacement;
        const result = validateDataset(dataset, miniTexts);
        if (!result.ok) return;
        const spans = spansOf(result.dataset);
        expect(spans.length).toBeGreaterThan(0);
        for (const { span } of spans) expect(text.slice(span.start, span.end)).toBe(span.exact);
      }),
      { numRuns: runs(500) },
    );
  });

  const text = miniTexts.get('story')!;
  const allSpans = spansOf(miniDataset());
  type Breakage = { field: 'exact' | 'prefix' | 'suffix' | 'source'; apply: (span: Span) => void };
  /** Ways to break one span that the validator must pin on one field of that span. */
  const breakageOf = (span: Span): fc.Arbitrary<Breakage> =>
    fc.oneof(
      fc
        .integer({ min: -span.start, max: text.length - span.end })
        .filter((by) => text.slice(span.start + by, span.end + by) !== span.exact)
        .map((by) => ({ field: 'exact', apply: (s: Span) => Object.assign(s, { start: s.start + by, end: s.end + by }) })),
      fc
        .integer({ min: 1 - span.exact.length, max: 5 })
        .filter((by) => by !== 0)
        .map((by) => ({ field: 'exact', apply: (s: Span) => Object.assign(s, { end: s.end + by }) })),
      fc
        .string({ minLength: span.exact.length, maxLength: span.exact.length })
        .filter((exact) => exact !== span.exact)
        .map((exact) => ({ field: 'exact', apply: (s: Span) => Object.assign(s, { exact }) })),
      fc
        .string({ minLength: 1, maxLength: 12 })
        .filter((prefix) => !text.slice(0, span.start).endsWith(prefix))
        .map((prefix) => ({ field: 'prefix', apply: (s: Span) => Object.assign(s, { prefix }) })),
      fc
        .string({ minLength: 1, maxLength: 12 })
        .filter((suffix) => !text.startsWith(suffix, span.end))
        .map((suffix) => ({ field: 'suffix', apply: (s: Span) => Object.assign(s, { suffix }) })),
      fc
        .string({ minLength: 1, maxLength: 12 })
        .filter((source) => source !== span.source)
        .map((source) => ({ field: 'source', apply: (s: Span) => Object.assign(s, { source }) })),
    ) as fc.Arbitrary<Breakage>;

  it('reports a broken span at that span’s own path, and nowhere else, whichever span it is', () => {
    expect(allSpans.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(
        fc.constantFrom(...allSpans).chain((target) => fc.tuple(fc.constant(target), breakageOf(target.span))),
        ([target, breakage]) => {
          const dataset = miniDataset();
          breakage.apply(dataset[target.name][target.i]!.evidence[target.j]!);
          expect(new Set(issuesOf(dataset).map((issue) => issue.path))).toEqual(new Set([`${target.at}.${breakage.field}`]));
        },
      ),
    );
  });
});

describe('the range of a figure', () => {
  it('accepts the ends of each unit’s range and says one thing about a value outside every range', () => {
    for (const quantity of [
      { unit: 'share-of-gdp', value: 0 },
      { unit: 'share-of-gdp', value: 100 },
      { unit: 'percent', value: 10_000 },
      { unit: 'money', value: 1e17, currency: 'IDR' },
      { unit: 'count', value: 1e12, thing: 'troops' },
    ] as const) {
      const dataset = miniDataset();
      dataset.figures[0]!.quantity = { ...quantity };
      expect(issuesOf(dataset)).toEqual([]);
    }
    const dataset = miniDataset();
    dataset.figures[0]!.quantity.value = 1e308;
    expect(issuesOf(dataset)).toHaveLength(1);
  });
});
