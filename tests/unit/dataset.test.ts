import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDatasetFile, validateDatasetFile } from '../../src/cli/validate-data';
import { jsonSchemaText } from '../../src/model/jsonSchema';
import type { Dataset, Span } from '../../src/model/schema';

const dataset = JSON.parse(readFileSync('data/article.json', 'utf8')) as Dataset;
const article = readFileSync('data/article.txt', 'utf8');

function allSpans(value: unknown): Span[] {
  if (Array.isArray(value)) return value.flatMap(allSpans);
  if (value && typeof value === 'object') {
    if ('exact' in value && 'start' in value) return [value as Span];
    return Object.values(value).flatMap(allSpans);
  }
  return [];
}

describe('the shipped dataset', () => {
  it('passes every rule of validate:data', () => {
    expect(validateDatasetFile('data/article.json')).toEqual([]);
  });

  it('draws no coding-lint warning: its coded judgements say no more than its words', () => {
    expect(lintDatasetFile('data/article.json')).toEqual([]);
  });

  it('quotes the article exactly in every span', () => {
    const spans = allSpans(dataset);
    expect(spans.length).toBeGreaterThan(100);
    for (const span of spans) expect(article.slice(span.start, span.end)).toBe(span.exact);
  });

  it('gives every actor, position, figure, term, event and relation its evidence', () => {
    for (const name of ['actors', 'positions', 'figures', 'dealTerms', 'events', 'relations'] as const)
      for (const item of dataset[name]) expect(item.evidence.length, `${name} ${item.id}`).toBeGreaterThan(0);
  });

  it('covers every number the article states', () => {
    const numbers = [...article.matchAll(/\$?\d[\d.,]*%?(?: billion)?/g)].map((m) => m[0]);
    const quoted = allSpans([...dataset.figures, ...dataset.dealTerms, ...dataset.events]).map((s) => s.exact).join(' ');
    const stated = numbers.filter((n) => /%|\$|billion|20\d\d/.test(n));
    expect(stated.length).toBeGreaterThan(0);
    for (const n of stated) expect(quoted, n).toContain(n.replace(/[.,]$/, ''));
  });

  it('has a JSON Schema in data/schema that matches the zod schema (run npm run schema:write when this fails)', () => {
    expect(readFileSync('data/schema/dataset.schema.json', 'utf8')).toBe(jsonSchemaText());
  });
});

describe('npm run validate:data', () => {
  it('exits non-zero and names the JSON path of a quote that is not in the article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stance-'));
    copyFileSync('data/article.txt', join(dir, 'article.txt'));
    const broken = structuredClone(dataset);
    broken.positions[2]!.evidence[0]!.exact = broken.positions[2]!.evidence[0]!.exact.replace(/\w/, 'Q');
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    let output = '';
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'src/cli/validate-data.ts', join(dir, 'broken.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failure = error as { status: number; stderr: string };
      status = failure.status;
      output = failure.stderr;
    }
    expect(status).toBe(1);
    expect(output).toMatch(/positions\[2\]\.evidence\[0\]\.exact: .* is not the text at/);
    // Starting tsx in a child process takes seconds on a loaded machine.
  }, 60_000);

  it('prints coding-lint warnings for a valid dataset and still exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stance-'));
    copyFileSync('data/article.txt', join(dir, 'article.txt'));
    const loose = structuredClone(dataset);
    const index = loose.positions.findIndex((p) => p.certainty === 'committed' && p.stance === 'supports');
    loose.positions[index]!.certainty = 'hinted';
    loose.positions[index]!.evidence = [loose.actors[0]!.evidence[0]!];
    writeFileSync(join(dir, 'loose.json'), JSON.stringify(loose));
    const result = spawnSync('npx', ['tsx', 'src/cli/validate-data.ts', join(dir, 'loose.json')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`positions\\[${index}\\] \\(${loose.positions[index]!.id}\\): .*hedge.*\\[hinted-without-hedge\\]`));
  }, 60_000);

  it('reports malformed JSON by file instead of crashing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stance-'));
    writeFileSync(join(dir, 'bad.json'), '{"schemaVersion": 1,');
    expect(validateDatasetFile(join(dir, 'bad.json'))[0]).toMatchObject({ path: '(file)', message: expect.stringMatching(/not readable JSON/) });
  });

  it('reports a text whose hash does not match', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stance-'));
    writeFileSync(join(dir, 'article.txt'), `${article} (edited)`);
    writeFileSync(join(dir, 'd.json'), JSON.stringify(dataset));
    expect(validateDatasetFile(join(dir, 'd.json'))).toContainEqual(expect.objectContaining({ path: 'sources[0].sha256' }));
  });
});
