import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path into a JSON value, containers included. */
function pathsOf(value: Json, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((key) => pathsOf((value as Record<string | number, Json>)[key]!, [...at, key]))];
}

/** One small change a careless or hostile editor could make at a path. */
const mutationArb = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue() as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('nudge' as const), by: fc.integer({ min: -3, max: 3 }).filter((n) => n !== 0) }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('pollute' as const), key: fc.constantFrom('__proto__', 'constructor', 'prototype') }),
);
type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

function mutate(root: Json, path: Path, mutation: Mutation): Json {
  if (!path.length) return mutation.kind === 'replace' ? mutation.value : root;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, root) as Record<string | number, Json>;
  const key = path.at(-1)!;
  const current = parent[key]!;
  if (mutation.kind === 'replace') parent[key] = mutation.value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  }
  else if (mutation.kind === 'nudge')
    parent[key] = typeof current === 'number' ? current + mutation.by : typeof current === 'string' ? current.slice(0, Math.max(0, current.length + mutation.by)) + 'x'.repeat(Math.max(0, mutation.by)) : current;
  else if (current && typeof current === 'object' && !Array.isArray(current))
    Object.defineProperty(current, mutation.key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
  return root;
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const collections = ['sources', 'actors', 'topics', 'positions', 'figures', 'deals', 'dealTerms', 'events', 'relations'] as const;

/**
 * An oracle written apart from the validator: what an accepted dataset must never contain. If the
 * validator says yes, none of these may be found.
 */
function brokenRules(d: Record<string, Record<string, unknown>[]>, texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const ids = (name: string) => new Set(d[name]!.map((item) => item.id));
  for (const name of collections) {
    const seen = new Set<unknown>();
    for (const item of d[name]!) {
      if (typeof item.id !== 'string' || !kebab.test(item.id)) problems.push(`${name}: bad id ${String(item.id)}`);
      if (seen.has(item.id)) problems.push(`${name}: duplicate ${String(item.id)}`);
      seen.add(item.id);
    }
  }
  const actors = ids('actors');
  const topics = ids('topics');
  for (const p of d.positions!) if (!actors.has(p.actor) || !topics.has(p.topic)) problems.push(`position ${String(p.id)} refers to nothing`);
  for (const r of d.relations!) if (!actors.has(r.from) || !actors.has(r.to)) problems.push(`relation ${String(r.id)} refers to nothing`);
  for (const s of d.sources!) if (s.url !== undefined && !/^https?:\/\//i.test(String(s.url))) problems.push(`source url ${String(s.url)}`);
  for (const name of collections) {
    if (name === 'sources' || name === 'topics') continue;
    for (const item of d[name]!) {
      const evidence = item.evidence as { source: string; start: number; end: number; exact: string; prefix: string; suffix: string }[];
      if (!Array.isArray(evidence) || !evidence.length) problems.push(`${name} ${String(item.id)} has no evidence`);
      for (const span of evidence ?? []) {
        const text = texts.get(span.source) ?? '';
        if (text.slice(span.start, span.end) !== span.exact || !span.exact) problems.push(`span ${span.start}-${span.end} misquotes`);
        if (text.slice(Math.max(0, span.start - span.prefix.length), span.start) !== span.prefix) problems.push('prefix');
        if (text.slice(span.end, span.end + span.suffix.length) !== span.suffix) problems.push('suffix');
      }
    }
  }
  return problems;
}

const base = miniDataset() as unknown as Json;
const paths = pathsOf(base);

describe('validateDataset under hostile input (fuzz)', () => {
  it('never throws, whatever value it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }), (input) => {
        expect(validateDataset(input, miniTexts).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a valid dataset with one change, and never accepts what breaks a rule', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), mutationArb, (path, mutation) => {
        const input = mutate(structuredClone(base), path, mutation);
        const result = validateDataset(input, miniTexts);
        if (result.ok) expect(brokenRules(result.dataset as never, miniTexts)).toEqual([]);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  it('rejects every span moved off its quote, by any amount', () => {
    const spans = paths.filter((p) => p.at(-1) === 'start' && p.includes('evidence'));
    fc.assert(
      fc.property(fc.constantFrom(...spans), fc.integer({ min: -20, max: 20 }).filter((n) => n !== 0), (path, by) => {
        const input = mutate(structuredClone(base), path, { kind: 'nudge', by });
        const end = [...path.slice(0, -1), 'end'];
        mutate(input, end, { kind: 'nudge', by });
        expect(validateDataset(input, miniTexts).ok).toBe(false);
      }),
    );
  });

  it('drops prototype-reaching keys rather than letting them through to the dataset', () => {
    const json = JSON.stringify(miniDataset()).replace('"actors":[{', '"actors":[{"__proto__":{"isAdmin":true},');
    const result = validateDataset(JSON.parse(json), miniTexts);
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.dataset.actors[0] as { isAdmin?: boolean }).isAdmin).toBeUndefined();
    expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined();
  });
});
