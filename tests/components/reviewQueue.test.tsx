// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/model/schema';
import { useAppStore } from '../../src/store/appStore';
import { ReviewQueue } from '../../src/views/data/ReviewQueue';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';
import { renderRoute } from './renderRoute';

/** The mini story with three positions and the event drafted and unconfirmed. */
function drafted(): Dataset {
  const d = miniDataset();
  const mark = (confidence: number) => ({ machineDrafted: true, draft: { rule: confidence > 0.5 ? 'position:quote' : 'position:cue', confidence } });
  d.positions = d.positions.map((p, i) => (i < 3 ? { ...p, ...mark([0.9, 0.3, 0.6][i]!) } : p));
  d.events = d.events.map((e) => ({ ...e, machineDrafted: true, draft: { rule: 'event:date-stated', confidence: 0.8 } }));
  return d;
}

function Queue() {
  const dataset = useAppStore((s) => s.datasets[s.activeId!]!.dataset);
  return <ReviewQueue dataset={dataset} />;
}

const rows = () => within(screen.getByRole('list', { name: 'Unconfirmed drafts' })).getAllByRole('listitem');
const unconfirmedPositions = () => useAppStore.getState().datasets.mini!.dataset.positions.filter((p) => p.machineDrafted).map((p) => p.id);

beforeEach(() => {
  useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
  useAppStore.getState().addDataset({ dataset: drafted(), texts: Object.fromEntries(miniTexts), origin: 'imported' });
});

describe('the review queue from the keyboard', () => {
  it('shows each draft’s rule and confidence, and the keys on screen', () => {
    renderRoute('/data', '/data', Queue);
    expect(rows()).toHaveLength(4);
    expect(rows()[0]!.textContent).toMatch(/Rule position:quote · 90% sure/);
    const legend = screen.getByText(/Keys, while the queue has focus/).parentElement!;
    for (const does of ['next', 'previous', 'accept', 'reject', 'undo', 'accept all shown']) expect(legend.textContent).toContain(does);
  });

  it('accepts, rejects, moves and undoes without the mouse, and says what it did', async () => {
    const user = userEvent.setup();
    renderRoute('/data', '/data', Queue);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Accept all 4 shown/ }));
    await user.keyboard('j');
    expect(document.activeElement).toBe(rows()[0]);
    await user.keyboard('a');
    expect(unconfirmedPositions()).toEqual(['bob-treaty', 'carol-treaty']);
    expect(screen.getByRole('status').textContent).toMatch(/Accepted position “Alice on Treaty: supports”. 3 shown left./);
    expect(document.activeElement).toBe(rows()[0]);
    expect(rows()[0]!.textContent).toMatch(/Bob on Treaty/);
    await user.keyboard('j');
    expect(document.activeElement).toBe(rows()[1]);
    await user.keyboard('{Delete}');
    expect(useAppStore.getState().datasets.mini!.dataset.positions.some((p) => p.id === 'carol-treaty')).toBe(false);
    expect(document.activeElement?.textContent).toMatch(/Signing/);
    await user.keyboard('u');
    expect(rows().map((r) => r.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/Carol on Treaty/)]));
    expect(document.activeElement?.textContent).toMatch(/Carol on Treaty/);
    await user.keyboard('k{ArrowUp}x');
    expect(unconfirmedPositions()).toEqual(['carol-treaty']);
  });

  it('never acts while the person types in a field', async () => {
    const user = userEvent.setup();
    renderRoute('/data', '/data', Queue);
    await user.selectOptions(screen.getByLabelText('Rule'), 'position:cue');
    screen.getByLabelText('Rule').focus();
    await user.keyboard('ax{Delete}{Enter}');
    expect(unconfirmedPositions()).toEqual(['alice-treaty', 'bob-treaty', 'carol-treaty']);
  });

  it('sorts by confidence and filters by rule, in the URL, and accepts all shown as one undo step', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/data', '/data', Queue);
    await user.selectOptions(screen.getByLabelText('Order'), 'least-sure');
    expect(rows()[0]!.textContent).toMatch(/30% sure/);
    await user.click(screen.getByRole('checkbox', { name: /Positions/ }));
    await user.selectOptions(screen.getByLabelText('Rule'), 'position:quote');
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ order: 'least-sure', kind: 'position', rule: 'position:quote' });
    expect(rows()).toHaveLength(2);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    rows()[0]!.focus();
    await user.keyboard('{Shift>}A{/Shift}');
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/Accept all 2 drafts shown/));
    expect(unconfirmedPositions()).toEqual(['bob-treaty']);
    await user.keyboard('u');
    expect(unconfirmedPositions()).toEqual(['alice-treaty', 'bob-treaty', 'carol-treaty']);
    confirm.mockRestore();
  });
});
