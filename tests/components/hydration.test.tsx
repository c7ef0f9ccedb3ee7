// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appRoutes } from '../../src/app/appRoutes';
import { loadMatchedViews } from '../../src/app/loadMatchedViews';
import { prerenderPaths, renderPath } from '../../src/app/prerender';
import { viewRoutes } from '../../src/app/routes';
import { builtinIndex } from '../../src/data/builtinDataset';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('prerendered pages', () => {
  const paths = prerenderPaths(builtinIndex);

  it('cover every view and every actor and topic of the dataset', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/matrix');
    expect(paths.filter((p) => p.startsWith('/actors/'))).toHaveLength(builtinIndex.actors.size);
    expect(paths.filter((p) => p.startsWith('/topics/'))).toHaveLength(builtinIndex.topics.size);
  });

  // React's development build reports every difference between the markup and its first render.
  it.each(paths)('%s is taken over by the browser without a hydration mismatch', async (path) => {
    const html = await renderPath(appRoutes(viewRoutes), path);
    expect(html).toContain('<main');
    const container = document.createElement('div');
    container.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
    document.body.append(container);
    const before = container.querySelector('h1')?.textContent;
    // jsdom has no Web Worker; /data starts the extractor's in an effect, after the page is taken over.
    vi.stubGlobal('Worker', class { postMessage() {} terminate() {} });
    const errors = vi.spyOn(console, 'error');
    const routes = appRoutes(viewRoutes);
    await loadMatchedViews(routes, path);
    const router = createMemoryRouter(routes, { initialEntries: [path] });
    await act(async () => {
      hydrateRoot(
        container,
        <StrictMode>
          <RouterProvider router={router} />
        </StrictMode>,
      );
    });
    expect(errors.mock.calls.map((call) => call.map(String).join(" ").slice(0, 1500))).toEqual([]);
    expect(container.querySelector('h1')?.textContent).toBe(before);
  });
});
