import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

const issuesOf = (input: unknown) => {
  const result = validateDataset(input, miniTexts);
  return result.ok ? [] : result.issues;
};

describe('validateDataset', () => {
  it('accepts a dataset that keeps every rule', () => {
    expect(issuesOf(miniDataset())).toEqual([]);
  });

  const broken: [string, (d: ReturnType<typeof miniDataset>) => void, string, RegExp][] = [
    ['a wrong schema version', (d) => ((d as { schemaVersion: number }).schemaVersion = 99), 'schemaVersion', /1/],
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
    ['a figure of 1e308', (d) => (d.figures[0]!.value = 1e308), 'figures[0].value', /^1e\+308 is outside what an article can state: a value must be from 0 to 100 \(% of GDP\) or from 0 to 1,000,000,000,000,000 \(US dollars\)/],
    ['a share of GDP over 100', (d) => Object.assign(d.figures[0]!, { value: 150, unit: 'percent-of-gdp' }), 'figures[0].value', /^150 is outside .*in percent-of-gdp a value must be from 0 to 100/],
    ['a negative amount', (d) => Object.assign(d.figures[0]!, { value: -5, unit: 'usd' }), 'figures[0].value', /^-5 is outside/],
    ['a deal term worth 500% of GDP', (d) => (d.dealTerms[0]!.value = { amount: 500, unit: 'percent-of-gdp' }), 'dealTerms[0].value.amount', /^500 is outside .*percent-of-gdp/],
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
        const spans = JSON.stringify(result.dataset);
        for (const match of spans.matchAll(/"start":(\d+),"end":(\d+),"exact":("(?:[^"\\]|\\.)*")/g))
          expect(text.slice(Number(match[1]), Number(match[2]))).toBe(JSON.parse(match[3]!));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the range of a figure', () => {
  it('accepts the ends of each unit’s range and says one thing about a value outside every range', () => {
    for (const [value, unit] of [[0, 'percent-of-gdp'], [100, 'percent-of-gdp'], [1e15, 'usd']] as const) {
      const dataset = miniDataset();
      Object.assign(dataset.figures[0]!, { value, unit });
      expect(issuesOf(dataset)).toEqual([]);
    }
    const dataset = miniDataset();
    dataset.figures[0]!.value = 1e308;
    expect(issuesOf(dataset)).toHaveLength(1);
  });
});
