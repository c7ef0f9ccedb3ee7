import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { mutate, mutationArb, pathsOf, type Json } from '../fixtures/jsonMutations';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';
import { runs } from '../propertyRuns';

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
      { numRuns: runs(300) },
    );
  });

  it('never throws on a valid dataset with one change, and never accepts what breaks a rule', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...paths), mutationArb, (path, mutation) => {
        const input = mutate(structuredClone(base), path, mutation);
        const result = validateDataset(input, miniTexts);
        if (result.ok) {
          accepted++;
          expect(brokenRules(result.dataset as never, miniTexts)).toEqual([]);
        } else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(1500) },
    );
    // The oracle judges only accepted datasets: if no change were ever accepted it would have judged nothing.
    expect(accepted).toBeGreaterThan(0);
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
