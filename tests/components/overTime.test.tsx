// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/appStore';
import MatrixPage from '../../src/views/matrix/MatrixPage';
import OverTimePage from '../../src/views/overTime/OverTimePage';
import { harbourDataset, harbourTexts } from '../fixtures/harbourCompact';
import { buildStory } from '../fixtures/story/storyDataset';
import { renderRoute } from './renderRoute';

const emptyWorkspace = () => useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
const showStory = () => {
  const story = buildStory();
  useAppStore.getState().addDataset({ dataset: story.dataset, texts: story.texts, origin: 'imported' });
};
beforeEach(emptyWorkspace);
afterEach(emptyWorkspace);

describe('/over-time on the test story', () => {
  beforeEach(showStory);

  it('draws one track per actor and topic, and labels each change', () => {
    renderRoute('/over-time', '/over-time', OverTimePage);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Who moved, and when');
    expect(screen.getByText(/ tracks, /).textContent).toBe('5 of 5 tracks, 6 changes.');
    const reversal = screen.getByRole('button', { name: /^Lina Ortiz on Monitoring mission: reversed, from Opposes, 26 Feb 2025 to Conditional, 10 Apr 2025/ });
    expect(reversal.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getAllByRole('button', { name: /Karl Brandt on Five percent goal: same/ })).toHaveLength(2);
  });

  it('opens a reversal with both passages side by side, each with its source, date and a link into its article', async () => {
    const { router } = renderRoute('/over-time', '/over-time', OverTimePage);
    await userEvent.click(screen.getByRole('button', { name: /Lina Ortiz on Monitoring mission: reversed/ }));
    expect(router.state.location.search).toMatch(/^\?step=/);
    const panel = screen.getByRole('complementary');
    const before = within(panel).getByRole('region', { name: 'Before: Opposes' });
    const after = within(panel).getByRole('region', { name: 'After: Conditional' });
    expect(before.textContent).toContain('Caldera will not send troops to the monitoring mission');
    expect(before.textContent).toContain('Northern Wire Service');
    expect(before.textContent).toContain('26 Feb 2025');
    expect(before.textContent).toContain('Also reported in one other passage.');
    expect(after.textContent).toContain('ready to consider sending observers');
    expect(after.textContent).toContain('The Harbour Review');
    const story = buildStory();
    expect(within(before).getByRole('link', { name: /Show in article/ }).getAttribute('href')).toBe(`/article?datum=position:lina-ortiz-monitoring-mission-3&source=${story.dataset.sources[0]!.id}`);
    expect(within(after).getByRole('link', { name: /Show in article/ }).getAttribute('href')).toContain(`source=${story.dataset.sources[1]!.id}`);
  });

  it('filters by actor and topic through the URL, and offers the same changes as a table', async () => {
    const { router } = renderRoute('/over-time', '/over-time?topics=monitoring-mission&show=table', OverTimePage);
    expect(screen.getByText(/ tracks, /).textContent).toBe('1 of 5 tracks, 2 changes.');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('button').textContent)).toEqual(['⇄ Reversed: compare the words', '~ Shifted: compare the words']);
    await userEvent.click(screen.getByRole('button', { name: 'Chart' }));
    expect(router.state.location.search).toBe('?topics=monitoring-mission');
  });
});

describe('/over-time on one article', () => {
  it('explains how to add articles instead of drawing an empty chart', () => {
    useAppStore.getState().addDataset({ dataset: harbourDataset(), texts: Object.fromEntries(harbourTexts), origin: 'imported' });
    renderRoute('/over-time', '/over-time', OverTimePage);
    expect(screen.getByText(/This dataset has one source/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Your data' })).toBeTruthy();
  });
});

describe('the matrix as of a date', () => {
  beforeEach(showStory);
  const cell = (name: RegExp) => screen.getByRole('gridcell', { name });

  it('shows each cell’s latest position, the latest source by default, and marks cells changed since the source before', () => {
    renderRoute('/matrix', '/matrix', MatrixPage);
    expect(screen.getByLabelText(/Positions as of/).getAttribute('aria-valuetext')).toBe('25 Jun 2025, source 3 of 3');
    expect(cell(/^Lina Ortiz, Monitoring mission/).getAttribute('aria-label')).toBe('Lina Ortiz, Monitoring mission: Supports (committed); shifted since 10 Apr 2025');
    expect(cell(/^Karl Brandt, Five percent goal/).getAttribute('aria-label')).toBe('Karl Brandt, Five percent goal: Supports (committed)');
  });

  it('goes back to an earlier source’s date through the URL', () => {
    renderRoute('/matrix', '/matrix?asOf=2025-04-10', MatrixPage);
    expect(cell(/^Lina Ortiz, Monitoring mission/).getAttribute('aria-label')).toBe('Lina Ortiz, Monitoring mission: Conditional (hinted); reversed since 26 Feb 2025');
    expect(cell(/^Tomas Varga, Five percent goal/).getAttribute('aria-label')).toBe('Tomas Varga, Five percent goal: no recorded position');
  });
});
