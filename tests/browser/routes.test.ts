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

for (const route of routesToCheck) {
  test(`${route.path} renders without errors, passes axe, and is screenshotted at 360 and 1280 px`, async () => {
    for (const width of [360, 1280]) {
      const page = await app.newPage({ width });
      await page.goto(`${app.url}${route.path}`);
      await page.locator(route.ready).first().waitFor();
      assert.deepEqual(await axeViolations(page), [], `axe on ${route.path} at ${width}px`);
      assert.deepEqual(page.errors, [], `errors on ${route.path}`);
      await screenshot(page, `route-${route.name}-${width}`);
      await page.close();
    }
  });
}
