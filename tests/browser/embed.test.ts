/**
 * Embeds: the Embed button's code, pasted into a plain page on another origin, shows the view without
 * the site's header, fits the frame to its content, and passes axe; the host's headers (public/_headers,
 * applied as a static host reads them) let only embed addresses be framed.
 */
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, waitForInteractive } from './harness.ts';
import { serveStaticHost } from './staticHost.ts';
import type { Browser } from 'playwright-core';

let app: Awaited<ReturnType<typeof serveStaticHost>>;
let browser: Browser;
before(async () => {
  app = await serveStaticHost();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await app?.close();
});

const hostPage = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host article</title></head><body><main><h1>A host article</h1><p>A paragraph before the chart.</p>${body}<p>A paragraph after it.</p></main></body></html>`;

async function embedCodeFor(path: string, width = 1280): Promise<string> {
  const page = waitForInteractive(await (await browser.newContext({ viewport: { width, height: 900 } })).newPage());
  await page.goto(`${app.url}${path}`);
  await page.locator('main h1').waitFor();
  await page.getByText('Embed this view').click();
  const code = page.getByRole('textbox', { name: /Code to paste/ });
  await page.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('#embed-code')?.value ?? '') !== '');
  const value = await code.inputValue();
  await page.context().close();
  return value;
}

for (const [path, legend, width] of [
  ['/matrix', '.legend', 1280],
  ['/spending?mark=uk-defence-2-5-by-2027', '.legend', 360],
] as const)
  test(`the Embed button's code for ${path}, in a plain page at ${width} px, shows the view whole without scrolling inside`, async () => {
    const code = await embedCodeFor(path, width);
    const [pathname, query] = path.split('?');
    assert.ok(code.includes(`<iframe src="${app.url}/embed${pathname}${query ? `?${query}` : ''}"`), code);
    assert.match(code, /title="[^"]+\(Stance Explorer\)"/, 'the frame has a title for screen readers');
    const host = await serveStaticHost({ '/': hostPage(code) });
    // A context of its own: axe needs one.
    const page = await (await browser.newContext({ viewport: { width, height: 800 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(host.url);
      const frame = page.frameLocator('iframe');
      await frame.locator('main h1').waitFor();
      await frame.locator(legend).first().waitFor();
      assert.equal(await frame.getByRole('navigation', { name: 'Views' }).count(), 0, 'no site navigation');
      assert.match(await frame.locator('.app-footer').innerText(), /Source: /, 'the citation is shown');
      const back = frame.getByRole('link', { name: /See the full view/ });
      assert.equal(await back.getAttribute('href'), `${app.url}${path}`);
      // The host script sets the frame's height from the embed's messages, until the embed fits it.
      await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
      const inside = page.frames().find((f) => f.url().includes('/embed'))!;
      await inside.waitForFunction(() => document.documentElement.scrollHeight <= window.innerHeight + 1, undefined, { timeout: 5000 });
      const sizes = await inside.evaluate(() => ({ content: document.querySelector('.app')!.getBoundingClientRect().height, frame: window.innerHeight }));
      assert.ok(Math.abs(sizes.content - sizes.frame) <= 2, `the frame fits its content (${JSON.stringify(sizes)})`);
      const results = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
      await page.screenshot({ path: `tests/output/screenshots/embed-${pathname!.slice(1)}-${width}.png`, fullPage: true });
      assert.deepEqual(errors, []);
    } finally {
      await page.context().close();
      await host.close();
    }
  });

test('only embed addresses may be framed: the host headers refuse every other page', async () => {
  const plain = await fetch(`${app.url}/matrix`);
  assert.match(plain.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  assert.equal(plain.headers.get('x-frame-options'), 'DENY');
  const embed = await fetch(`${app.url}/embed/matrix`);
  assert.match(embed.headers.get('content-security-policy') ?? '', /frame-ancestors \*$/);
  assert.equal(embed.headers.get('x-frame-options'), null);

  const host = await serveStaticHost({ '/': hostPage(`<iframe title="Embed" src="${app.url}/embed/matrix"></iframe><iframe title="Page" src="${app.url}/matrix"></iframe>`) });
  const page = await (await browser.newContext()).newPage();
  try {
    await page.goto(host.url);
    await page.frameLocator('iframe[title="Embed"]').getByRole('grid').waitFor();
    await page.waitForTimeout(500);
    const refused = page.frames().find((f) => f !== page.mainFrame() && !f.url().includes('/embed/'));
    assert.ok(refused, 'the second frame exists');
    assert.equal(await refused.locator('main h1').count(), 0, 'the plain page is not drawn in a frame');
  } finally {
    await page.context().close();
    await host.close();
  }
});
