// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import MatrixPage from '../../src/views/matrix/MatrixPage';
import { renderRoute } from './renderRoute';

const rowNames = () =>
  screen.getAllByRole('rowheader').map((header) => header.querySelector('.matrix__actor-name')?.textContent);

const renderMatrix = (query = '') => renderRoute('/matrix', `/matrix${query}`, MatrixPage);

describe('the position matrix', () => {
  it('shows every actor of the article, and narrows the rows to actors picked by type-ahead', async () => {
    const user = userEvent.setup();
    const { router } = renderMatrix();
    expect(rowNames()).toHaveLength(25);
    await user.type(screen.getByRole('combobox', { name: 'Actors' }), 'zel');
    await user.keyboard('{Enter}');
    expect(rowNames()).toEqual(['Volodymyr Zelensky']);
    expect(router.state.location.search).toBe('?actors=volodymyr-zelensky');
    // Aliases match too: "the president" is how the article often names Trump.
    await user.type(screen.getByRole('combobox', { name: 'Actors' }), 'Trump');
    await user.keyboard('{Enter}');
    expect(rowNames()).toEqual(['Donald Trump', 'Volodymyr Zelensky']);
    await user.click(screen.getByRole('button', { name: 'Remove Volodymyr Zelensky' }));
    expect(rowNames()).toEqual(['Donald Trump']);
  });

  it('filters by stance and hides historical actors', async () => {
    const user = userEvent.setup();
    renderMatrix();
    expect(rowNames()).toContain('Margaret Thatcher');
    await user.click(screen.getByRole('checkbox', { name: 'Hide historical actors' }));
    expect(rowNames()).not.toContain('Margaret Thatcher');
    await user.click(screen.getByRole('button', { name: /Opposes/ }));
    expect(rowNames()).toEqual(expect.arrayContaining(['Donald Trump', 'Russia', 'North Korea']));
    expect(rowNames()).not.toContain('Keir Starmer');
    const filled = screen.getAllByRole('gridcell').filter((c) => !c.classList.contains('is-empty'));
    expect(filled.length).toBeGreaterThan(0);
    for (const cell of filled)
      expect(cell.getAttribute('aria-label')).toMatch(/Opposes/);
  });

  it('opens a cell with the keyboard and shows the position with the article’s words', async () => {
    const user = userEvent.setup();
    renderMatrix('?actors=keir-starmer&topics=us-security-guarantees,lasting-peace');
    const grid = screen.getByRole('grid');
    const first = within(grid).getAllByRole('gridcell')[0]!;
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Keir Starmer, Lasting peace/);
    await user.keyboard('{Enter}');
    const panel = screen.getByRole('complementary', { name: 'Keir Starmer on Lasting peace, not a ceasefire' });
    expect(within(panel).getByText(/we need a lasting peace, not a ceasefire/)).toBeTruthy();
    expect(within(panel).getByText('Direct quote')).toBeTruthy();
  });

  it('drops unknown ids from the URL with a visible notice, and shows the rest', () => {
    renderMatrix('?actors=keir-starmer,vladimir-lenin');
    expect(screen.getByText(/Part of this link was ignored/).parentElement?.textContent).toMatch(/actors: “vladimir-lenin”/);
    expect(rowNames()).toEqual(['Keir Starmer']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove them from the link' }));
    expect(screen.queryByText(/Part of this link was ignored/)).toBeNull();
  });

  it('says so when no position matches, and clears the filters on request', async () => {
    const user = userEvent.setup();
    renderMatrix('?actors=margaret-thatcher&stances=opposes');
    expect(screen.getByText('No position matches these filters.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(rowNames()).toHaveLength(25);
  });
});
