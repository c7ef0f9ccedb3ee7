import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startApp, type AppSession } from './harness.ts';
import { routesToCheck } from './routes.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

const policyOf = (text: string) => text.split(';').map((part) => part.trim()).filter(Boolean).sort();

test('the built app carries the policy, and public/_headers sends the same one plus frame-ancestors', async () => {
  const html = await (await fetch(`${app.url}/`)).text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(meta, 'index.html has a CSP meta');
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'"]) assert.ok(meta.includes(directive), directive);
  assert.ok(!meta.includes('unsafe-eval') && !meta.includes('unsafe-inline'), 'no unsafe-eval or unsafe-inline');
  const headers = readFileSync(join(process.env.DIST_DIR ?? 'dist', '_headers'), 'utf8');
  const header = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
  assert.deepEqual(policyOf(header), [...policyOf(meta), "frame-ancestors 'none'"].sort());
  assert.match(headers, /X-Content-Type-Options: nosniff/);
});

for (const route of routesToCheck)
  test(`${route.path} runs under the policy with no violation reported`, async () => {
    const page = await app.newPage();
    const violations = await watchViolations(page);
    await page.goto(`${app.url}${route.path}`);
    await page.locator(route.ready).first().waitFor();
    // Give lazy chunks, fonts and effects a moment to load and report.
    await page.waitForTimeout(300);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

test("the page's own inline style applies, and an injected one does not: the policy allows styles by hash", async () => {
  const page = await app.newPage();
  const violations = await watchViolations(page);
  await page.goto(`${app.url}/matrix`);
  await page.locator('h1').first().waitFor();
  // The stylesheet carried inline lays the page out (build/inlineStyleSheet.ts): the skip link sits off screen.
  assert.ok((await page.locator('.skip-link').boundingBox())!.x < 0, 'the inline stylesheet applies');
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { display: none }';
    document.head.append(style);
  });
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), 'block');
  assert.ok((await violations()).some((v) => v.startsWith('style-src')), 'the blocked style is reported');
  await page.context().close();
});

test('the policy is enforced: an injected inline script does not run, and is reported', async () => {
  const page = await app.newPage();
  const violations = await watchViolations(page);
  await page.goto(`${app.url}/`);
  await page.locator('h1').first().waitFor();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
  });
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected), undefined);
  assert.ok((await violations()).some((v) => v.startsWith('script-src')), 'the blocked script is reported');
  await page.context().close();
});
