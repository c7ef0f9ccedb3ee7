/**
 * Hostile input: the app is built with a dataset whose every string is an attack (through the
 * build's datasetAlias plugin, build/datasetAlias.ts), then opened at every route and with a link
 * full of attacks. Nothing may run, the page must keep working, and the attacks must show as text.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { datasetAlias } from '../../build/datasetAlias';
import { spanAt } from '../../src/model/anchor.ts';
import { SCHEMA_VERSION, type Dataset, type Span } from '../../src/model/schema.ts';
import { sha256Hex } from '../../src/cli/hash.ts';
import { startApp, type AppSession } from './harness.ts';
import { routesToCheck } from './routes.ts';

/** Each sets window.__xss if it ever runs. */
const payloads = [
  '<img src=x onerror="window.__xss=1">',
  '</script><script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  '"><svg onload=window.__xss=1>',
  "'><iframe src=\"javascript:window.__xss=1\"></iframe>",
  '{{constructor.constructor("window.__xss=1")()}}',
  '\u202Eevil\u202C right-to-left override',
  '__proto__',
];
const longName = `${'A very long name '.repeat(600)}`.slice(0, 10_000);

function hostileDataset(): { dataset: Dataset; text: string } {
  const sentences: string[] = [];
  const spans: Span[] = [];
  let length = 0;
  const quote = (sentence: string): Span[] => {
    const span = { source: 'article', start: length, end: length + sentence.length, exact: sentence, prefix: '', suffix: '' };
    sentences.push(sentence, '\n');
    length += sentence.length + 1;
    spans.push(span);
    return [span];
  };
  const p = (i: number) => payloads[i % payloads.length]!;
  const actors: Dataset['actors'] = payloads.map((payload, i) => ({
    id: `actor-${i}`,
    name: i === payloads.length - 1 ? longName : `${payload} ${i}`,
    kind: 'person',
    role: p(i + 1),
    country: p(i + 2),
    aliases: [p(i + 3)],
    historical: i % 4 === 0,
    evidence: quote(`Actor ${i} said ${payload}`),
  }));
  const topics: Dataset['topics'] = payloads.slice(0, 4).map((payload, i) => ({ id: `topic-${i}`, label: `${payload} #${i}`, question: p(i + 1), group: p(i + 2) }));
  const stances = ['supports', 'opposes', 'conditional', 'ambiguous', 'none'] as const;
  const positions: Dataset['positions'] = actors.flatMap((actor, a) =>
    topics.map((topic, t) => ({
      id: `position-${a}-${t}`,
      actor: actor.id,
      topic: topic.id,
      stance: stances[(a + t) % stances.length]!,
      certainty: 'committed' as const,
      basis: 'direct-quote' as const,
      reading: 'stated' as const,
      summary: `${p(a + t)} summary`,
      conditions: [],
      evidence: quote(`Position ${a}-${t}: ${p(a + t + 1)}`),
    })),
  );
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    id: 'hostile',
    title: `${payloads[0]} ${payloads[1]}`,
    sources: [{ id: 'article', title: p(2), publisher: p(3), published: { date: '2025-02-26', inferred: true, note: p(4) }, textPath: 'article.txt', sha256: '', url: 'https://example.com/"><script>window.__xss=1</script>' }],
    actors,
    topics,
    positions,
    figures: [{ id: 'figure-0', actor: 'actor-1', metric: 'money', label: p(0), quantity: { unit: 'money', value: 5, currency: 'USD' }, status: 'claimed', evidence: quote(`Figure: ${p(1)}`) }],
    deals: [{ id: 'deal-0', label: p(0), summary: p(1), parties: ['actor-1', 'actor-2'], evidence: quote(`Deal: ${p(2)}`) }],
    dealTerms: [{ id: 'term-0', deal: 'deal-0', label: p(3), description: p(4), status: 'in-draft', backers: ['actor-1'], contesters: ['actor-2'], evidence: quote(`Term: ${p(5)}`) }],
    events: [{ id: 'event-0', date: { value: '2025-02-26', precision: 'day', derivation: 'stated', note: p(0) }, label: p(1), actors: ['actor-1'], evidence: quote(`Event: ${p(2)}`) }],
    relations: [{ id: 'relation-0', from: 'actor-1', to: 'actor-2', kind: 'criticises', status: 'happened', reading: 'stated', summary: p(6), evidence: quote(`Relation: ${p(7)}`) }],
  };
  const text = sentences.join('');
  for (const span of spans) Object.assign(span, spanAt('article', text, span.start, span.end));
  dataset.sources[0]!.sha256 = sha256Hex(text);
  return { dataset, text };
}

let app: AppSession;
let hostile: { dataset: Dataset; text: string };
const work = mkdtempSync(join(tmpdir(), 'stance-xss-'));
before(async () => {
  hostile = hostileDataset();
  const { dataset, text } = hostile;
  writeFileSync(join(work, 'dataset.json'), JSON.stringify(dataset));
  writeFileSync(join(work, 'article.txt'), text);
  process.env.DIST_DIR = join(work, 'dist');
  await build({ configFile: 'vite.config.ts', plugins: [datasetAlias(join(work, 'dataset.json'))], logLevel: 'error', build: { outDir: process.env.DIST_DIR, emptyOutDir: true } });
  app = await startApp();
});
after(async () => {
  await app?.close();
  rmSync(work, { recursive: true, force: true });
});

const ran = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

for (const route of routesToCheck)
  test(`${route.path}: no payload runs, and the page works`, async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}${route.path}`);
    // Views built for the article may show an empty state here, so wait for the page, not its chart.
    await page.locator('main h1').first().waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.route-error').count(), 0, 'the view did not crash');
    assert.equal(await ran(page), undefined);
    assert.deepEqual(page.errors, []);
    // No element or attribute was made from data: the only scripts are the app's own.
    assert.equal(await page.locator('img[src="x"], iframe, svg[onload], [onerror]').count(), 0);
    await page.context().close();
  });

test('the matrix shows the payloads as text, opens a cell and filters, with nothing run', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/matrix`);
  await page.locator('[role="grid"]').waitFor();
  const names = await page.locator('.matrix__actor-name').allTextContents();
  assert.ok(names.includes(`${payloads[0]} 0`), 'the <img> payload is a visible name');
  assert.ok(names.some((n) => n.startsWith('</script><script>')), 'the </script> payload is a visible name');
  assert.ok(names.includes(longName), 'the 10,000-character name is shown whole (clipped by CSS, not by code)');
  // The long name must not push the page wider than the window.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no page-wide horizontal scroll');

  await page.locator('.matrix__cell:not(.is-empty)').first().click();
  const panel = page.locator('.evidence-quote mark').first();
  await panel.waitFor();
  assert.match((await panel.textContent()) ?? '', /Position \d-\d: /);
  await page.getByRole('button', { name: /Opposes/ }).click();
  await page.waitForURL(/stances=opposes/);
  assert.equal(await ran(page), undefined);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a link full of payloads is dropped with a notice that shows them as text', async () => {
  const page = await app.newPage();
  const hostile = new URLSearchParams({ actors: payloads.join(','), cell: `${payloads[0]}~${payloads[1]}`, sort: payloads[2]!, with: payloads[3]! });
  await page.goto(`${app.url}/matrix?${hostile}`);
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link was ignored' });
  await notice.waitFor();
  const text = (await notice.textContent()) ?? '';
  assert.ok(text.includes('<img src=x onerror="window.__xss=1">'), 'the payload reads as text');
  assert.ok(text.includes('javascript:window.__xss=1'));
  assert.equal(await ran(page), undefined);
  assert.deepEqual(page.errors, []);
  await notice.getByRole('button', { name: 'Remove them from the link' }).click();
  await page.waitForURL((url) => !url.search.includes('onerror'));
  assert.equal(await page.locator('[role="grid"]').count(), 1);
  await page.context().close();
});

test('importing a hostile dataset through /data shows it as text, runs nothing, and refuses a javascript: link', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/data`);
  const input = page.locator('input[type="file"]').last();
  const file = (dataset: Dataset) => ({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...dataset, texts: { article: hostile.text } })) });

  const withScriptLink = structuredClone(hostile.dataset);
  withScriptLink.sources[0]!.url = 'javascript:window.__xss=1';
  await input.setInputFiles(file(withScriptLink));
  const refused = page.getByRole('alert').filter({ hasText: 'was not imported' });
  await refused.waitFor();
  assert.match((await refused.textContent()) ?? '', /sources\[0\]\.url/);

  const renamed = structuredClone(hostile.dataset);
  renamed.id = 'hostile-import';
  await input.setInputFiles(file(renamed));
  await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
  await page.getByRole('link', { name: 'Positions' }).click();
  await page.locator('[role="grid"]').waitFor();
  assert.ok((await page.locator('.matrix__actor-name').allTextContents()).includes(`${payloads[1]} 1`));
  assert.equal(await ran(page), undefined);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
