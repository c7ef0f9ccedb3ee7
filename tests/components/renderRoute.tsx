import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ComponentType } from 'react';

/** Renders a page at a URL inside a real router, so search-param state behaves as in the app. */
export function renderRoute(path: string, url: string, Component: ComponentType) {
  const router = createMemoryRouter([{ path, Component }], { initialEntries: [url] });
  return { router, ...render(<RouterProvider router={router} />) };
}
