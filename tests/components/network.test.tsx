// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtinDataset';
import { useHoverStore } from '../../src/store/hoverStore';
import NetworkPage from '../../src/views/network/NetworkPage';

const renderNetwork = (url = '/network') =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/network" element={<NetworkPage />} />
      </Routes>
    </MemoryRouter>,
  );

describe('the relations view', () => {
  it('draws an edge per relation and lists every relation in a table', () => {
    renderNetwork();
    expect(document.querySelectorAll('.network__edge')).toHaveLength(builtinDataset.relations.length);
    const table = screen.getByRole('table', { name: /every relation/i });
    expect(within(table).getAllByRole('row')).toHaveLength(builtinDataset.relations.length + 1);
  });

  it('draws a proposed or possible relation hollow and says which in words, on the line, in the list and in the legend', () => {
    renderNetwork();
    const tentative = builtinDataset.relations.filter((r) => r.status !== 'happened');
    expect(tentative.length).toBeGreaterThan(0);
    const edges = [...document.querySelectorAll('.network__edge--tentative')];
    expect(edges).toHaveLength(tentative.length);
    expect(edges.map((e) => e.querySelector('.network__status')!.textContent).sort()).toEqual(tentative.map((r) => r.status).sort());
    const row = document.getElementById(`relation-${tentative[0]!.id}`)!;
    expect(row.textContent).toContain(`(${tentative[0]!.status})`);
    expect(within(screen.getByRole('list', { name: 'Status' })).getByText(/only proposed or possible/)).toBeTruthy();
  });

  it('opens a relation’s quotes from the list with the keyboard', async () => {
    const user = userEvent.setup();
    renderNetwork();
    const button = screen.getByRole('button', { name: 'Quotes: Keir Starmer persuades Donald Trump' });
    button.focus();
    await user.keyboard('{Enter}');
    const panel = screen.getByRole('complementary', { name: 'Keir Starmer persuades Donald Trump' });
    expect(within(panel).getByText(/to persuade US President Donald Trump/)).toBeTruthy();
  });

  it('highlights an actor’s relations while they are hovered anywhere', async () => {
    renderNetwork();
    await act(async () => useHoverStore.getState().setHovered({ kind: 'actor', id: 'emmanuel-macron' }));
    const macronRelations = builtinDataset.relations.filter((r) => r.from === 'emmanuel-macron' || r.to === 'emmanuel-macron');
    expect(document.querySelectorAll('.relation-table tr.is-linked')).toHaveLength(macronRelations.length);
    expect(document.querySelectorAll('.network__node.is-linked')).toHaveLength(1);
    expect(document.querySelectorAll('.network__edge:not(.is-dim)')).toHaveLength(macronRelations.length);
  });

  it('sets the shared hover when an actor in the list is pointed at', async () => {
    const user = userEvent.setup();
    renderNetwork();
    await user.hover(screen.getAllByRole('link', { name: 'Volodymyr Zelensky' })[0]!);
    expect(useHoverStore.getState().hovered).toEqual({ kind: 'actor', id: 'volodymyr-zelensky' });
  });
});
