// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appRoutes } from '../../src/app/router';
import { viewRoutes } from '../../src/app/routes';

function Exploding(): never {
  throw new Error('The view broke while drawing');
}

const withBrokenView = () =>
  createMemoryRouter(appRoutes([{ path: 'broken', label: 'Broken view', inNav: true, load: async () => ({ default: Exploding }) }, ...viewRoutes]), {
    initialEntries: ['/broken'],
  });

describe('a view that throws', () => {
  // React reports the caught error on the console; the test is about what the user sees.
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('shows its message with a way back, inside the app’s own header and navigation', async () => {
    render(<RouterProvider router={withBrokenView()} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This view could not be shown');
    expect(alert.textContent).toContain('The view broke while drawing');
    expect(screen.getByRole('navigation', { name: 'Views' }).textContent).toContain('Positions');
    expect(screen.getByRole('link', { name: 'Back to the overview' }).getAttribute('href')).toBe('/');
  });

  it('leaves the rest of the app working: the way back and the navigation lead to working views', async () => {
    const user = userEvent.setup();
    const router = withBrokenView();
    render(<RouterProvider router={router} />);
    await user.click(await screen.findByRole('link', { name: 'Back to the overview' }));
    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await screen.findByRole('heading', { level: 1 })).textContent).not.toBe('This view could not be shown');
    await user.click(screen.getByRole('link', { name: 'Positions' }));
    expect((await screen.findByRole('grid', {}, { timeout: 5000 })).getAttribute('aria-label')).toBe('Positions of actors on topics');
  });
});
