// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtinDataset';
import { Layout } from '../../src/app/Layout';
import { useAppStore } from '../../src/store/appStore';
import ActorPage from '../../src/views/actors/ActorPage';
import ArticlePage from '../../src/views/article/ArticlePage';
import ComparePage from '../../src/views/compare/ComparePage';
import TopicPage from '../../src/views/topics/TopicPage';
import EventsPage from '../../src/views/events/EventsPage';
import MatrixPage from '../../src/views/matrix/MatrixPage';
import MineralsPage from '../../src/views/minerals/MineralsPage';
import NetworkPage from '../../src/views/network/NetworkPage';
import { OverviewPage } from '../../src/views/overview/OverviewPage';
import SpendingPage from '../../src/views/spending/SpendingPage';
import MethodPage from '../../src/views/method/MethodPage';
import { harbourDataset, harbourTexts } from '../fixtures/harbourCompact';
import { renderRoute } from './renderRoute';

const harbour = harbourDataset();

/** Words of the built-in article that no view may show for a dataset that does not contain them. */
const builtinWords = [
  ...builtinDataset.actors.map((a) => a.name),
  'Starmer',
  'Trump',
  'Washington',
  'Ukraine',
  'minerals',
  'NATO',
  'UK',
  'Britain',
  'general election',
  'the visit',
  'on Thursday',
  'just days earlier',
].filter((word) => !JSON.stringify(harbour).includes(word));

const leaks = (text: string) => builtinWords.filter((word) => new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text));

/** What a reader or a screen reader meets: each text node, and the labels and titles of elements, apart. */
function pageText(): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  for (const element of document.body.querySelectorAll('[aria-label], [title], [alt]'))
    for (const name of ['aria-label', 'title', 'alt']) parts.push(element.getAttribute(name) ?? '');
  return parts.join(' ');
}

const emptyWorkspace = () => useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
beforeEach(() => {
  emptyWorkspace();
  useAppStore.getState().addDataset({ dataset: harbourDataset(), texts: Object.fromEntries(harbourTexts), origin: 'imported' });
});
afterEach(emptyWorkspace);

const pages: [name: string, path: string, Page: ComponentType, heading: string, shows: string[], url?: string][] = [
  ['overview', '/', OverviewPage, harbour.title, [harbour.sources[0]!.title, ...harbour.topics.map((t) => t.label)]],
  ['matrix', '/matrix', MatrixPage, 'Who stands where', harbour.actors.filter((a) => !a.historical).map((a) => a.name)],
  ['spending', '/spending', SpendingPage, 'Figures: Defence spending', ['Liis Tamm', 'Aino Virtanen', 'Latvia', 'Council demand of Latvia', '6 figures on defence spending from 4 actors']],
  ['spending in pounds', '/spending', SpendingPage, 'Figures: Defence spending', ['Aino Virtanen', '£40 million last year', 'Defence spending in British pounds (GBP)'], '/spending?unit=money-gbp'],
  ['spending on troops', '/spending', SpendingPage, 'Figures: Troops', ['Latvia', '40 observers by 2027', 'Troops: number of observers'], '/spending?metric=troops'],
  ['deal', '/minerals', MineralsPage, 'Coast guard compact: claims against the draft', [harbour.deals[0]!.summary, 'Between Liis Tamm and Aino Virtanen', ...harbour.dealTerms.map((t) => t.label), '8%']],
  ['network', '/network', NetworkPage, 'The web of relations', ['Liis Tamm', 'Aino Virtanen', 'Nordic Council', 'Fishermen’s union']],
  ['events', '/events', EventsPage, 'Events, 12 May 2026', ['Tamm signs the compact in Helsinki', 'The older harbour treaty']],
  ['article', '/article', ArticlePage, 'The article, with its evidence', ['Liis Tamm', 'Helsinki']],
  ['compare', '/compare', ComparePage, 'Compare actors', ['Liis Tamm', 'Aino Virtanen', 'Coast guard compact', 'Fuel levy'], '/compare?actors=liis-tamm,aino-virtanen'],
  ['actor', '/actors/:id', ActorPage, 'Liis Tamm', ['Prime Minister of Estonia', 'Coast guard compact'], '/actors/liis-tamm'],
  ['method', '/method', MethodPage, 'How the data is coded', [harbour.title, ...harbour.topics.map((t) => t.question), harbour.positions[0]!.summary]],
  ['topic', '/topics/:id', TopicPage, 'Coast guard compact', ['Should the compact be signed?', 'Fishermen’s union'], '/topics/compact'],
];

describe('the views on a dataset other than the built-in one', () => {
  it('the fixture shares no name with the built-in article', () => {
    expect(builtinWords).toEqual(expect.arrayContaining(['Keir Starmer', 'Donald Trump', 'Washington', 'minerals']));
  });

  it.each(pages)('the %s page shows that dataset’s names, and no words of the built-in article', (_name, path, Page, heading, shows, url = path) => {
    renderRoute(path, url, Page);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading);
    const text = pageText();
    for (const name of shows) expect(text).toContain(name);
    expect(leaks(text)).toEqual([]);
  });

  it('compare opens on that dataset’s two actors with the most positions, ties in name order, and keeps the URL clean until a choice', async () => {
    const user = userEvent.setup();
    // Aino Virtanen and the fishermen’s union tie on two positions; renamed, the union comes first by name.
    const union = harbour.actors.find((a) => a.id === 'fishermens-union')!;
    useAppStore.getState().addDataset({
      dataset: { ...harbourDataset(), id: 'harbour-renamed', actors: harbour.actors.map((a) => (a === union ? { ...a, name: 'Aaland fishers' } : a)) },
      texts: Object.fromEntries(harbourTexts),
      origin: 'imported',
    });
    const { router } = renderRoute('/compare', '/compare', ComparePage);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Topic', 'Liis Tamm', 'Aaland fishers', 'Together']);
    expect(screen.getByRole('status').textContent).toMatch(/^Liis Tamm and Aaland fishers have the most positions/);
    expect(router.state.location.search).toBe('');

    await user.click(screen.getByRole('button', { name: 'Remove Aaland fishers' }));
    expect(router.state.location.search).toBe('?actors=liis-tamm');
    expect(screen.getByText(/Add at least one more actor to compare with Liis Tamm/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove Liis Tamm' }));
    expect(router.state.location.search).toBe('?actors=');
    expect(screen.queryByRole('table')).toBeNull();
    expect(leaks(pageText())).toEqual([]);
  });

  it('the frame around every page (navigation, dataset line, footer) names that dataset, and nothing of the built-in article', () => {
    renderRoute('/', '/', Layout);
    const text = pageText();
    expect(text).toContain(harbour.title);
    // The header's dataset switcher lists every dataset, the built-in one among them, by design.
    const switcher = screen.getByRole('combobox', { name: 'Dataset' });
    expect(within(switcher).getByRole('option', { selected: true }).textContent).toContain(harbour.title);
    // The footer's own text: pageText() joins text nodes with spaces, and each name is a node of its own.
    expect(screen.getByRole('contentinfo').textContent).toContain(`Source: ${harbour.sources[0]!.title}, ${harbour.sources[0]!.publisher}`);
    expect(leaks(text.replaceAll(builtinDataset.title, ''))).toEqual([]);
  });
});
