// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DraftsNotice } from '../../src/app/DraftsNotice';
import { useDatasetIndex } from '../../src/data/useDatasetIndex';
import { useAppStore } from '../../src/store/appStore';
import MatrixPage from '../../src/views/matrix/MatrixPage';
import { PositionItem } from '../../src/views/shared/PositionItem';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';
import { renderRoute } from './renderRoute';

function Positions() {
  const index = useDatasetIndex();
  return (
    <>
      <DraftsNotice />
      <ul>
        {index.dataset.positions.map((p) => (
          <PositionItem key={p.id} index={index} position={p} show="topic" />
        ))}
      </ul>
    </>
  );
}

beforeEach(() => {
  const dataset = miniDataset();
  dataset.positions[1] = { ...dataset.positions[1]!, machineDrafted: true, draft: { rule: 'position:cue', confidence: 0.5 } };
  useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
  useAppStore.getState().addDataset({ dataset, texts: Object.fromEntries(miniTexts), origin: 'imported' });
});

describe('unconfirmed drafts in the views', () => {
  it('are outlined and tagged “Unconfirmed” in words, and confirmed ones are not', () => {
    renderRoute('/topics', '/topics', Positions);
    const drafted = document.getElementById('position-bob-treaty')!;
    expect(drafted.className).toMatch(/is-unconfirmed/);
    expect(drafted.textContent).toMatch(/Unconfirmed/);
    const confirmed = document.getElementById('position-alice-treaty')!;
    expect(confirmed.className).not.toMatch(/is-unconfirmed/);
    expect(confirmed.textContent).not.toMatch(/Unconfirmed/);
  });

  it('are left out of the views with drafts=hide, and come back when the switch is pressed again', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/topics', '/topics', Positions);
    expect(screen.getByText(/1 item is a machine draft no person has confirmed/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hide unconfirmed drafts' }));
    expect(router.state.location.search).toBe('?drafts=hide');
    expect(document.getElementById('position-bob-treaty')).toBeNull();
    expect(document.getElementById('position-alice-treaty')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Hide unconfirmed drafts' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Hide unconfirmed drafts' }));
    expect(document.getElementById('position-bob-treaty')).not.toBeNull();
  });

  it('are explained in the matrix legend while any is on show, and the entry goes with drafts=hide', () => {
    renderRoute('/matrix', '/matrix', MatrixPage);
    const entry = /Dashed outline: drafted by machine, not yet checked by a person/;
    expect(screen.getByRole('list', { name: 'Review' }).textContent).toMatch(entry);
    cleanup();
    renderRoute('/matrix', '/matrix?drafts=hide', MatrixPage);
    expect(screen.getByRole('grid')).toBeTruthy();
    expect(screen.queryByText(entry)).toBeNull();
  });
});
