// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { WorkspaceNotice } from '../../src/app/WorkspaceNotice';
import { useAppStore } from '../../src/store/appStore';
import { SetAsideList } from '../../src/views/data/SetAsideList';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

describe('what the user is told about saved work', () => {
  it('a failed save names what failed and offers export of each unsaved dataset and a retry', () => {
    useAppStore.getState().addDataset({ dataset: miniDataset(), texts: Object.fromEntries(miniTexts), origin: 'imported' });
    useAppStore.setState({ saveFailure: { message: 'Your browser’s storage is full, so your latest changes are not saved.', unsaved: ['mini'] } });
    render(<WorkspaceNotice />, { wrapper: MemoryRouter });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^Not saved\. Your browser’s storage is full/);
    expect(screen.getByRole('button', { name: 'Export “A mini story”' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try saving again' })).toBeTruthy();
  });

  it('lists a set-aside dataset with its problems, and removes it only when confirmed', async () => {
    const issues = Array.from({ length: 23 }, (_, i) => ({ path: `actors[${i}]`, message: 'Invalid input: expected object, received null' }));
    useAppStore.setState({ setAside: [{ key: 4, id: 'mini', title: 'A mini story', setAt: '2025-01-01T00:00:00Z', issues, record: { id: 'mini' } }] });
    render(<SetAsideList />);
    expect(screen.getByRole('heading', { name: 'Set aside: could not be opened' })).toBeTruthy();
    expect(screen.getByText('23 problems:')).toBeTruthy();
    expect(screen.getAllByText('actors[0]')).toHaveLength(1);
    expect(screen.getByText(/and 18 more/)).toBeTruthy();
    expect(screen.queryByText('actors[5]')).toBeNull();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(useAppStore.getState().setAside).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(useAppStore.getState().setAside).toHaveLength(0);
    expect(confirm).toHaveBeenCalledTimes(2);
  });
});
