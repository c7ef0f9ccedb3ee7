// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/appStore';
import ArticlePage from '../../src/views/article/ArticlePage';
import { buildStory } from '../fixtures/story/storyDataset';
import { renderRoute } from './renderRoute';

const emptyWorkspace = () => useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
const story = buildStory();
beforeAll(() => {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
});
beforeEach(() => {
  emptyWorkspace();
  useAppStore.getState().addDataset({ dataset: story.dataset, texts: story.texts, origin: 'imported' });
});
afterEach(emptyWorkspace);

describe('the reader in a story of three articles', () => {
  it('shows the first article, named with its publisher and date, and switches to another through the URL', async () => {
    const { router } = renderRoute('/article', '/article', ArticlePage);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Veldmark pledges 2.5% of GDP on defence as Ostria demands more');
    expect(document.querySelector('.reader-byline')?.textContent).toBe('Northern Wire Service, 26 Feb 2025');
    const picker = screen.getByRole('combobox', { name: /Article/ });
    expect([...(picker as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      '26 Feb 2025: Veldmark pledges 2.5% of GDP on defence as Ostria demands more (Northern Wire Service)',
      '10 Apr 2025: Analysis: Spring thaw in the alliance as Sorensen raises her sights (The Harbour Review)',
      '25 Jun 2025: Allies agree 5% defence goal at Feldhaven summit; Lusenia holds out (Northern Wire Service)',
    ]);
    await userEvent.selectOptions(picker, story.dataset.sources[1]!.id);
    expect(new URLSearchParams(router.state.location.search).get('source')).toBe(story.dataset.sources[1]!.id);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Analysis: Spring thaw/);
    expect(document.querySelector('.reader-byline')?.textContent).toBe('The Harbour Review, 10 Apr 2025');
    expect(screen.getByRole('article').textContent).toContain('ready to consider sending observers');
  });

  it('opens on the article a "Show in article" link names, and drops the linked datum on switching', async () => {
    const [, spring, summit] = story.dataset.sources;
    const position = story.dataset.positions.find((p) => p.evidence.some((e) => e.source === spring!.id))!;
    const { router } = renderRoute('/article', `/article?datum=position:${position.id}&source=${spring!.id}&colour=actor`, ArticlePage);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Analysis: Spring thaw/);
    expect(document.querySelectorAll('mark.is-target').length).toBeGreaterThan(0);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Article/ }), summit!.id);
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('source')).toBe(summit!.id);
    expect(params.get('datum')).toBeNull();
    expect(params.get('colour')).toBe('actor');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Allies agree 5%/);
  });
});
