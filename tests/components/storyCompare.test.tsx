// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/appStore';
import ComparePage from '../../src/views/compare/ComparePage';
import { buildStory } from '../fixtures/story/storyDataset';
import { renderRoute } from './renderRoute';

const emptyWorkspace = () => useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
beforeEach(() => {
  emptyWorkspace();
  const story = buildStory();
  useAppStore.getState().addDataset({ dataset: story.dataset, texts: story.texts, origin: 'imported' });
});
afterEach(emptyWorkspace);

const pairCard = () => screen.getByRole('heading', { level: 3, name: /Anna Sorensen/ }).closest('li')!;

describe('/compare on the test story', () => {
  it('shows agreement as of the latest source date, and how it changed since the one before', () => {
    renderRoute('/compare', '/compare?actors=anna-sorensen,karl-brandt', ComparePage);
    const picker = screen.getByRole('combobox', { name: 'Agreement as of' }) as HTMLSelectElement;
    expect(picker.value).toBe('2025-06-25');
    expect([...picker.options].map((o) => o.textContent)).toEqual(['26 Feb 2025 (source date 1 of 3)', '10 Apr 2025 (source date 2 of 3)', '25 Jun 2025 (source date 3 of 3)']);
    // Only at the summit did Sorensen state a position on the five percent goal that Brandt had backed all along.
    expect(pairCard().textContent).toContain('100% agree on 1 of 1 shared topic');
    expect(pairCard().textContent).toContain('new: no shared topic on 10 Apr 2025');
  });

  it('moves to an earlier date through the URL, where the two had no topic in common yet', async () => {
    const { router } = renderRoute('/compare', '/compare?actors=anna-sorensen,karl-brandt', ComparePage);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Agreement as of' }), '2025-04-10');
    expect(new URLSearchParams(router.state.location.search).get('asOf')).toBe('2025-04-10');
    expect(pairCard().textContent).toContain('No topic on which both have a firmly stated position.');
    // Brandt's goal is there already; Sorensen has yet to speak to it.
    expect(screen.getByRole('row', { name: /Five percent goal/ }).textContent).toMatch(/^Five percent goalNo recorded positionSupports/);
  });

  it('reports an asOf that is no source date, and shows the latest', () => {
    renderRoute('/compare', '/compare?actors=anna-sorensen,karl-brandt&asOf=2025-05-01', ComparePage);
    expect((screen.getByRole('combobox', { name: 'Agreement as of' }) as HTMLSelectElement).value).toBe('2025-06-25');
    expect(screen.getByText(/asOf/)).toBeTruthy();
  });
});
