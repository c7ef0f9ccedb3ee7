/**
 * Both themes on every route: the system's colour scheme is followed, the header's toggle is
 * remembered, ?theme= wins over it, and axe finds nothing (contrast included) in either theme at phone
 * and laptop widths.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, screenshot, startApp, type AppSession } from './harness.ts';
import { routesToCheck } from './routes.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const pageBackground = (page: import('playwright-core').Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const DARK_PAPER = 'rgb(20, 20, 19)';
const LIGHT_PAPER = 'rgb(251, 250, 247)';

test('the app follows the system scheme; the toggle is remembered; ?theme= wins over both', async () => {
  const page = await app.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${app.url}/`);
  await page.locator('main h1').waitFor();
  assert.equal(await pageBackground(page), DARK_PAPER, 'a dark system gives the dark theme');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await toggle.click();
  assert.equal(await pageBackground(page), LIGHT_PAPER, 'the toggle switches to light');
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await pageBackground(page), LIGHT_PAPER, 'the choice is remembered over the system scheme');
  await page.goto(`${app.url}/matrix?theme=dark`);
  await page.getByRole('grid').waitFor();
  assert.equal(await pageBackground(page), DARK_PAPER, '?theme=dark wins over the stored choice');
  await page.close();
});

test('paper is printed in the light theme, whatever the screen shows', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/matrix?theme=dark`);
  await page.getByRole('grid').waitFor();
  await page.emulateMedia({ media: 'print' });
  const colours = await page.evaluate(() => ({ paper: getComputedStyle(document.documentElement).backgroundColor, ink: getComputedStyle(document.querySelector('main h1')!).color }));
  assert.deepEqual(colours, { paper: 'rgb(255, 255, 255)', ink: 'rgb(29, 29, 27)' });
  await page.close();
});

for (const theme of ['light', 'dark'] as const)
  for (const route of routesToCheck)
    test(`${route.path} in the ${theme} theme passes axe at 360 and 1280 px`, async () => {
      for (const width of [360, 1280]) {
        const page = await app.newPage({ width });
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`${app.url}${route.path}`);
        await page.locator(route.ready).first().waitFor();
        assert.equal(await pageBackground(page), theme === 'dark' ? DARK_PAPER : LIGHT_PAPER);
        assert.deepEqual(await axeViolations(page), [], `axe on ${route.path} (${theme}) at ${width}px`);
        assert.deepEqual(page.errors, []);
        if (theme === 'dark') await screenshot(page, `theme-${theme}-${route.name}-${width}`);
        await page.close();
      }
    });
