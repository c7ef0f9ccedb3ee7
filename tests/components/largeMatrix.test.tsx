// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { generateSynthetic } from '../../src/cli/gen-synthetic';
import { indexDataset } from '../../src/model/indexDataset';
import { selectMatrix } from '../../src/model/matrixSelectors';
import { defaultMatrixState } from '../../src/views/matrix/matrixState';
import { MatrixGrid } from '../../src/views/matrix/MatrixGrid';

const { dataset, text } = generateSynthetic({ actors: 120, topics: 30, positions: 3000, seed: 3 });
const view = selectMatrix(indexDataset(dataset, new Map([['article', text]])), defaultMatrixState);

function renderLargeGrid() {
  const onOpen = vi.fn();
  const router = createMemoryRouter([{ path: '/matrix', element: <MatrixGrid view={view} selected={null} onOpen={onOpen} /> }], { initialEntries: ['/matrix'] });
  render(<RouterProvider router={router} />);
  return { onOpen, grid: screen.getByRole('grid') };
}

describe('a large matrix (120 actors × 30 topics)', () => {
  it('draws only part of the grid, while its ARIA sizes and indexes tell the whole', () => {
    const { grid } = renderLargeGrid();
    expect(grid.getAttribute('aria-rowcount')).toBe('121');
    expect(grid.getAttribute('aria-colcount')).toBe('31');
    const cells = within(grid).getAllByRole('gridcell');
    expect(cells.length).toBeLessThan((120 * 30) / 4);
    expect(cells[0]!.getAttribute('aria-colindex')).toBe('2');
    expect(within(grid).getAllByRole('row')[1]!.getAttribute('aria-rowindex')).toBe('2');
    // Each drawn row's marks are one layer of paths, not a mark per cell.
    expect(grid.querySelectorAll('svg.row-marks').length).toBe(within(grid).getAllByRole('rowheader').length);
  });

  it('moves the keyboard focus to cells that were not drawn, and opens the last one', async () => {
    const user = userEvent.setup();
    const { grid, onOpen } = renderLargeGrid();
    const lastActor = view.rows.at(-1)!;
    const lastTopic = view.columns.at(-1)!;
    expect(grid.querySelector(`[data-key="${lastActor.id}~${lastTopic.id}"]`)).toBeNull();
    within(grid).getAllByRole('gridcell')[0]!.focus();
    await user.keyboard('{End}');
    expect(document.activeElement?.getAttribute('aria-colindex')).toBe('31');
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(new RegExp(`^${lastActor.name}, ${lastTopic.label}:`));
    expect(document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe('121');
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(lastActor.id, lastTopic.id);
  });

  it('stays drawn as a large matrix, names on one line, when a filter leaves only a few rows', () => {
    const few = { ...view, rows: view.rows.slice(0, 5), columns: view.columns.slice(0, 4) };
    const router = createMemoryRouter(
      [{ path: '/matrix', element: <MatrixGrid view={few} whole={{ rows: 120, columns: 30 }} selected={null} onOpen={vi.fn()} /> }],
      { initialEntries: ['/matrix'] },
    );
    render(<RouterProvider router={router} />);
    const grid = screen.getByRole('grid');
    expect(grid.classList.contains('matrix--large')).toBe(true);
    expect(within(grid).getAllByRole('rowheader')).toHaveLength(5);
  });
});
