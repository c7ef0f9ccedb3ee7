import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/cli/hash';
import { validateDataset } from '../../src/model/validate';

const dir = 'tests/fixtures/story';
const files = ['01-pledges-wire.txt', '03-summit-wire.txt', '02-spring-analysis.txt'].map((f) => join(dir, f));

describe('npm run extract with several articles', () => {
  it('writes one valid dataset with one source per article, in the order given, each with its date and text', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'story-')), 'story.json');
    execFileSync('npx', ['tsx', 'src/cli/extract.ts', ...files, '--published', '2025-02-26', '--published', '2025-06-25', '--published', '2025-04-10', '--out', out], { stdio: 'pipe' });
    const { texts, ...dataset } = JSON.parse(readFileSync(out, 'utf8')) as { texts: Record<string, string> } & Record<string, unknown>;
    const checked = validateDataset(dataset, new Map(Object.entries(texts)));
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    if (!checked.ok) return;
    const { sources } = checked.dataset;
    expect(sources.map((s) => s.published.date)).toEqual(['2025-02-26', '2025-06-25', '2025-04-10']);
    expect(sources.map((s) => texts[s.id])).toEqual(files.map((f) => readFileSync(f, 'utf8')));
    for (const source of sources) expect(source.sha256).toBe(sha256Hex(texts[source.id]!));
    // The same person across the three articles is one actor.
    expect(checked.dataset.actors.filter((a) => a.name === 'Lina Ortiz')).toHaveLength(1);
  }, 30_000);
});
