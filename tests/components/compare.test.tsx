// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import ComparePage from '../../src/views/compare/ComparePage';

function Location() {
  const { search } = useLocation();
  return <output data-testid="search">{search}</output>;
}

const renderCompare = (url: string) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/compare" element={<><ComparePage /><Location /></>} />
      </Routes>
    </MemoryRouter>,
  );

describe('compare', () => {
  it('shows the actors chosen in the URL side by side, with the agreement score defined in words', () => {
    renderCompare('/compare?actors=keir-starmer,donald-trump');
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Keir Starmer' })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: 'Donald Trump' })).toBeTruthy();
    expect(screen.getByText(/the share of topics, among those where both have a recorded position/)).toBeTruthy();
    expect(screen.getByText(/agree on \d+ of \d+ shared topics/)).toBeTruthy();
  });

  it('opens the evidence of a topic from its row, with a way to the article', async () => {
    const user = userEvent.setup();
    renderCompare('/compare?actors=keir-starmer,donald-trump');
    const row = screen.getByRole('row', { name: /US security guarantees for Ukraine/ });
    await user.click(within(row).getByRole('button', { name: /Differ/ }));
    expect(screen.getByTestId('search').textContent).toContain('topic=us-security-guarantees');
    const panel = screen.getByRole('complementary', { name: 'US security guarantees for Ukraine' });
    expect(within(panel).getAllByRole('link', { name: 'Show in article' }).length).toBeGreaterThan(1);
  });

  it('scores from firm statements by default, says how many, and counts the rest at the flick of a switch kept in the URL', async () => {
    const user = userEvent.setup();
    renderCompare('/compare?actors=keir-starmer,donald-trump');
    const card = screen.getByRole('heading', { name: 'Keir Starmer and Donald Trump' }).closest('li')!;
    expect(within(card).getByText(/agree on 1 of 2 shared topics/)).toBeTruthy();
    expect(within(card).getByText('From 4 statements.')).toBeTruthy();
    expect(within(card).getByText(/3 shared topics left out/)).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: /Count hedged, reported and inferred positions too/ }));
    expect(screen.getByTestId('search').textContent).toContain('agreement=all');
    expect(within(card).getByText(/agree on 1 of 5 shared topics/)).toBeTruthy();
    expect(within(card).getByText('From 10 statements.')).toBeTruthy();
    // A topic that rests on a reading says so beside its name.
    expect(within(card).getByRole('button', { name: 'State visit for Trump' }).parentElement!.textContent).toMatch(/our reading/);
  });

  it('asks for a second actor, and drops unknown ones from the link with a notice', () => {
    renderCompare('/compare?actors=keir-starmer,no-such-person');
    expect(screen.getByText(/Add at least one more actor to compare with Keir Starmer/)).toBeTruthy();
    expect(screen.getByText(/Part of this link was ignored/)).toBeTruthy();
  });

  it('adds a chosen actor to the URL', async () => {
    const user = userEvent.setup();
    renderCompare('/compare?actors=keir-starmer,donald-trump');
    await user.type(screen.getByRole('combobox'), 'Macron');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByTestId('search').textContent).toBe('?actors=keir-starmer,donald-trump,emmanuel-macron');
    expect(screen.getByRole('heading', { name: 'Donald Trump and Emmanuel Macron' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Emmanuel Macron' })).toBeTruthy();
  });
});
