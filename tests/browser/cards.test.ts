/**
 * Link-preview cards: each view with a card has its 1200 × 630 PNG in the build, its page names it as
 * og:image and twitter:image (absolute) with the large preview, and a chat's preview of the link shows
 * the chart with the page's title and description.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cardViews } from '../../src/app/routeMeta.ts';
import { harbourDataset, harbourTexts } from '../fixtures/harbourCompact.ts';
import { screenshot, startApp, type AppSession } from './harness.ts';
import { importDataset } from './importDataset.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const DIST = process.env.DIST_DIR ?? 'dist';
const PNG_SIGNATURE = '89504e470d0a1a0a';

/** The width and height a PNG's header gives. */
function pngSize(file: Buffer): { width: number; height: number } {
  assert.equal(file.subarray(0, 8).toString('hex'), PNG_SIGNATURE, 'a PNG file');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

/** What a link preview reads from the head of the page at `path`. */
async function previewTags(path: string) {
  const page = await app.newPage();
  await page.goto(`${app.url}${path}`);
  await page.locator('main h1').waitFor();
  const content = (selector: string) => page.locator(selector).getAttribute('content');
  const tags = {
    title: await content('meta[property="og:title"]'),
    description: await content('meta[property="og:description"]'),
    ogImage: await content('meta[property="og:image"]'),
    twitterImage: await content('meta[name="twitter:image"]'),
    twitterCard: await content('meta[name="twitter:card"]'),
  };
  assert.deepEqual(page.errors, []);
  await page.close();
  return tags;
}

for (const [view, name] of cardViews)
  test(`/${view} has its card, ${name}.png, named by the page for link previews`, async () => {
    const file = join(DIST, 'cards', `${name}.png`);
    assert.ok(existsSync(file), `${file} is missing: run \`npm run build:cards\` after \`vite build\``);
    const png = readFileSync(file);
    assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
    assert.ok(png.length < 250 * 1024, `${name}.png is ${Math.round(png.length / 1024)} KB`);

    const head = await previewTags(`/${view}`);
    const image = `${app.url}/cards/${name}.png`;
    assert.equal(head.ogImage, image);
    assert.equal(head.twitterImage, image);
    assert.equal(head.twitterCard, 'summary_large_image');
    const served = await fetch(image);
    assert.equal(served.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await served.arrayBuffer()), png, 'the host serves the card as built');
  });

test('with a dataset of the reader’s own on show, a view has no card: the cards show the built-in story', async () => {
  const page = await app.newPage();
  await importDataset(page, app.url, harbourDataset(), harbourTexts);
  await page.goto(`${app.url}/matrix`);
  await page.waitForFunction(() => document.title.startsWith('Positions | The Baltic harbour compact'));
  assert.equal(await page.locator('meta[name="twitter:card"]').getAttribute('content'), 'summary');
  assert.equal(await page.locator('meta[property="og:image"], meta[name="twitter:image"]').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

test('a chat shows each link with its card under the page’s title and description', async () => {
  let messages = '';
  for (const view of cardViews.keys()) {
    const url = `${app.url}/${view}`;
    const tags = await previewTags(`/${view}`);
    messages += `<div class="message"><a href="${escapeHtml(url)}">${escapeHtml(url)}</a>
      <div class="unfurl"><div class="site">Stance Explorer</div><div class="title">${escapeHtml(tags.title ?? '')}</div>
      <div class="description">${escapeHtml(tags.description ?? '')}</div><img src="${escapeHtml(tags.ogImage ?? '')}" alt=""></div></div>`;
  }
  const page = await app.newPage({ width: 1000, height: 900 });
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chat</title><style>
    body { margin: 0; padding: 16px; font: 15px/1.4 system-ui, 'DejaVu Sans', sans-serif; background: #fff; color: #1d1c1d; }
    .chat { display: grid; grid-template-columns: repeat(2, 460px); gap: 20px; }
    .message a { color: #1264a3; font-size: 13px; }
    .unfurl { margin-top: 6px; padding-left: 12px; border-left: 4px solid #ddd; }
    .site { font-size: 13px; color: #616061; }
    .title { font-weight: 700; color: #1264a3; }
    .description { margin-bottom: 6px; }
    .unfurl img { display: block; width: 440px; height: auto; border-radius: 8px; border: 1px solid #e8e8e8; }
  </style></head><body><div class="chat">${messages}</div></body></html>`);
  await page.waitForFunction(
    (count) => document.images.length === count && [...document.images].every((img) => img.complete && img.naturalWidth === 1200 && img.naturalHeight === 630),
    cardViews.size,
  );
  await screenshot(page, 'cards-chat-preview');
  await page.close();
});
