// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appRoutes } from '../../src/app/appRoutes';
import { viewRoutes } from '../../src/app/routes';
import { builtinDataset } from '../../src/data/builtinDataset';
import type { Dataset } from '../../src/model/schema';
import { useAppStore } from '../../src/store/appStore';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

function Exploding(): never {
  throw new Error('The view broke while drawing');
}

const routerAt = (path: string) =>
  createMemoryRouter(appRoutes([{ path: 'broken', label: 'Broken view', inNav: true, page: 'broken/BrokenPage', load: async () => ({ default: Exploding }) }, ...viewRoutes]), {
    initialEntries: [path],
  });

/** A saved dataset whose content no view can draw (as a damaged record in storage would be). */
function saveDamagedDataset() {
  const damaged = { ...miniDataset(), id: 'damaged', title: 'Damaged draft', actors: [null, 42] } as unknown as Dataset;
  useAppStore.setState({
    datasets: { damaged: { dataset: damaged, texts: Object.fromEntries(miniTexts), origin: 'imported', savedAt: '2026-01-01T00:00:00Z' } },
    activeId: 'damaged',
  });
}

const expectWaysOut = (alert: HTMLElement) => {
  expect(screen.getByRole('navigation', { name: 'Views' }).textContent).toContain('Positions');
  expect(screen.getByRole('combobox', { name: 'Dataset' })).toBeTruthy();
  expect(within(alert).getByRole('link', { name: 'Go to your data' }).getAttribute('href')).toBe('/data');
};

describe('a view that throws', () => {
  // React reports the caught error on the console; the test is about what the user sees.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
  });
  afterEach(() => vi.restoreAllMocks());

  it('says what went wrong inside the app’s own header, navigation and dataset switcher', async () => {
    render(<RouterProvider router={routerAt('/broken')} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This view could not be shown');
    expect(alert.textContent).toContain('not what this view expects');
    expect(alert.textContent).toContain('The view broke while drawing');
    expectWaysOut(alert);
  });

  it('leaves the rest of the app working: “Go to your data” and the navigation lead to working views', async () => {
    const user = userEvent.setup();
    const router = routerAt('/broken');
    render(<RouterProvider router={router} />);
    await user.click(await screen.findByRole('link', { name: 'Go to your data' }));
    expect((await screen.findByRole('heading', { level: 1, name: 'Your data' }, { timeout: 5000 })).textContent).toBe('Your data');
    expect(router.state.location.pathname).toBe('/data');
    await user.click(screen.getByRole('link', { name: 'Positions' }));
    expect((await screen.findByRole('grid', {}, { timeout: 5000 })).getAttribute('aria-label')).toBe('Positions of actors on topics');
  });
});

describe('a saved dataset that breaks the views', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
  });
  afterEach(() => vi.restoreAllMocks());

  it('names the dataset and brings back a working view with “Show the built-in dataset”', async () => {
    saveDamagedDataset();
    const user = userEvent.setup();
    render(<RouterProvider router={routerAt('/matrix')} />);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('“Damaged draft”');
    expect(alert.textContent).toContain('still saved in this browser');
    expectWaysOut(alert);
    await user.click(within(alert).getByRole('button', { name: 'Show the built-in dataset' }));
    expect((await screen.findByRole('grid', {}, { timeout: 5000 })).getAttribute('aria-label')).toBe('Positions of actors on topics');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useAppStore.getState().activeId).toBeNull();
    expect(Object.keys(useAppStore.getState().datasets)).toEqual(['damaged']);
  });

  it('can be left from the header’s dataset switcher on any page', async () => {
    saveDamagedDataset();
    const user = userEvent.setup();
    render(<RouterProvider router={routerAt('/')} />);
    await screen.findByRole('alert', {}, { timeout: 5000 });
    const switcher = screen.getByRole('combobox', { name: 'Dataset' });
    await user.selectOptions(switcher, `\u2068${builtinDataset.title}\u2069 (built in)`);
    expect((await screen.findByRole('heading', { level: 1, name: builtinDataset.title }, { timeout: 5000 })).tagName).toBe('H1');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
