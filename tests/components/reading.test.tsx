// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/data/builtinDataset';
import { leadPosition } from '../../src/model/matrixSelectors';
import type { Dataset, Position } from '../../src/model/schema';
import { useAppStore } from '../../src/store/appStore';
import ActorPage from '../../src/views/actors/ActorPage';
import ArticlePage from '../../src/views/article/ArticlePage';
import ComparePage from '../../src/views/compare/ComparePage';
import MatrixPage from '../../src/views/matrix/MatrixPage';
import NetworkPage from '../../src/views/network/NetworkPage';
import { OverviewPage } from '../../src/views/overview/OverviewPage';
import TopicPage from '../../src/views/topics/TopicPage';
import { harbourDataset, harbourTexts } from '../fixtures/harbourCompact';
import { renderRoute } from './renderRoute';

const emptyWorkspace = () => useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
afterEach(emptyWorkspace);

const cases: { name: string; dataset: Dataset; show: () => void }[] = [
  { name: 'the built-in article', dataset: builtinDataset, show: emptyWorkspace },
  {
    name: 'the harbour compact',
    dataset: harbourDataset(),
    show: () => {
      emptyWorkspace();
      useAppStore.getState().addDataset({ dataset: harbourDataset(), texts: Object.fromEntries(harbourTexts), origin: 'imported' });
    },
  },
];

const hideToggle = () => screen.getByRole('checkbox', { name: /Hide our readings/ });

describe.each(cases)('our readings in $name', ({ dataset, show }) => {
  // An inferred position that leads its cell, so the cell's mark is drawn for it.
  const cellOf = (p: Position) => dataset.positions.filter((q) => q.actor === p.actor && q.topic === p.topic);
  const position = dataset.positions.find((p) => p.reading === 'inferred' && leadPosition(cellOf(p)) === p)!;
  const relation = dataset.relations.find((r) => r.reading === 'inferred')!;
  const name = (id: string) => dataset.actors.find((a) => a.id === id)!.name;
  const topic = dataset.topics.find((t) => t.id === position.topic)!;
  const inferredPositions = dataset.positions.filter((p) => p.reading === 'inferred').length;
  const inferredRelations = dataset.relations.filter((r) => r.reading === 'inferred').length;

  it('the matrix names them in the cell, hatches them, explains the hatching, and a toggle hides them in the URL', async () => {
    show();
    const user = userEvent.setup();
    const { router } = renderRoute('/matrix', '/matrix', MatrixPage);
    const cell = () => screen.getByRole('gridcell', { name: new RegExp(`^${name(position.actor)}, ${topic.label}:`) });
    expect(cell().getAttribute('aria-label')).toMatch(/our reading/);
    expect(document.querySelectorAll('.row-marks__hatched').length).toBeGreaterThan(0);
    expect(screen.getByText(/^Hatched: our reading of the words/)).toBeTruthy();
    const count = () => Number(/(\d+) positions\./.exec(screen.getByText(/^Showing \d+ of/).textContent ?? '')?.[1]);
    const before = count();

    expect(hideToggle().closest('label')?.textContent).toContain(`(${inferredPositions} position`);
    await user.click(hideToggle());
    expect(router.state.location.search).toBe('?reading=stated');
    expect(count()).toBe(before - inferredPositions);
    expect(cell().getAttribute('aria-label')).not.toMatch(/our reading/);
    expect(document.querySelectorAll('.row-marks__hatched')).toHaveLength(0);
    await user.click(hideToggle());
    expect(router.state.location.search).toBe('');
    expect(count()).toBe(before);
  });

  it('an open matrix cell says why we read the words so', () => {
    show();
    renderRoute('/matrix', `/matrix?cell=${position.actor}~${position.topic}`, MatrixPage);
    const panel = screen.getByRole('complementary');
    expect(within(panel).getByText(position.readingNote!)).toBeTruthy();
    expect(within(panel).getByText('Why we read it so:')).toBeTruthy();
  });

  it('compare says “our reading” in the cell of a lead position that is, and the filter keeps the other actors’ params', async () => {
    show();
    const user = userEvent.setup();
    const other = dataset.positions.find((p) => p.actor !== position.actor && p.reading === 'stated')!.actor;
    const { router } = renderRoute('/compare', `/compare?actors=${position.actor},${other}`, ComparePage);
    const table = screen.getByRole('table');
    expect(within(table).getAllByText('our reading').length).toBeGreaterThan(0);
    await user.click(hideToggle());
    expect(router.state.location.search).toBe(`?actors=${position.actor},${other}&reading=stated`);
    expect(within(screen.queryByRole('table') ?? document.body).queryAllByText('our reading')).toHaveLength(0);
  });

  it('the network beads their lines, names them in the tooltip and the list, and hides them on request', () => {
    show();
    const { unmount } = renderRoute('/network', `/network?relation=${relation.id}`, NetworkPage);
    expect(document.querySelectorAll('.network__beads')).toHaveLength(inferredRelations);
    const titles = [...document.querySelectorAll('.network__edge title')].map((t) => t.textContent ?? '');
    expect(titles.filter((t) => /\(our reading\)|, our reading\)/.test(t))).toHaveLength(inferredRelations);
    expect(within(screen.getByRole('table')).getAllByText('our reading')).toHaveLength(inferredRelations);
    expect(within(screen.getByRole('complementary')).getByText(relation.readingNote!)).toBeTruthy();
    expect(screen.getByText(/^Beaded: our reading of the words/)).toBeTruthy();
    unmount();

    renderRoute('/network', '/network?reading=stated', NetworkPage);
    expect(document.querySelectorAll('.network__beads')).toHaveLength(0);
    expect(document.querySelectorAll('.network__edge')).toHaveLength(dataset.relations.length - inferredRelations);
    expect(hideToggle()).toHaveProperty('checked', true);
  });

  it('the reader breaks their bands, says why in the passage panel, and hides them on request', async () => {
    show();
    const user = userEvent.setup();
    renderRoute('/article', '/article', ArticlePage);
    const highlighting = () => Number(/^Highlighting (\d+)/.exec(screen.getByText(/^Highlighting \d+ of/).textContent ?? '')?.[1]);
    const before = highlighting();
    const mark = [...document.querySelectorAll<HTMLElement>('mark.hl')].find((m) => m.dataset.datums?.split(' ').includes(`position:${position.id}`))!;
    expect(mark.style.backgroundImage).toContain('repeating-linear-gradient');
    await user.click(mark);
    const panel = screen.getByRole('complementary', { name: /This passage supports/ });
    expect(within(panel).getByText(position.readingNote!)).toBeTruthy();
    expect(screen.getByText(/^Broken band:/)).toBeTruthy();

    await user.click(hideToggle());
    expect(highlighting()).toBe(before - inferredPositions - inferredRelations);
    expect([...document.querySelectorAll<HTMLElement>('mark.hl')].some((m) => m.dataset.datums?.includes(`position:${position.id}`))).toBe(false);
  });

  it('actor and topic pages say why beside the position, and the filter hides it', async () => {
    show();
    const user = userEvent.setup();
    const { unmount } = renderRoute('/actors/:id', `/actors/${position.actor}`, ActorPage);
    const item = document.getElementById(`position-${position.id}`)!;
    expect(within(item).getByText(position.readingNote!)).toBeTruthy();
    await user.click(hideToggle());
    expect(document.getElementById(`position-${position.id}`)).toBeNull();
    unmount();

    renderRoute('/topics/:id', `/topics/${position.topic}?reading=stated`, TopicPage);
    expect(document.getElementById(`position-${position.id}`)).toBeNull();
    await user.click(hideToggle());
    expect(within(document.getElementById(`position-${position.id}`)!).getByText(position.readingNote!)).toBeTruthy();
  });

  it('the overview counts them apart', () => {
    show();
    renderRoute('/', '/', OverviewPage);
    const stats = screen.getByRole('list', { name: 'What the dataset holds' });
    const positions = within(stats).getByText('positions').closest('li')!;
    const words = (li: Element) => li.textContent?.replace(/\s+/g, ' ');
    expect(words(positions)).toBe(`${dataset.positions.length}positions, ${inferredPositions} of them our reading`);
    const relations = within(stats).getByText('relations').closest('li')!;
    expect(words(relations)).toBe(`${dataset.relations.length}relations, ${inferredRelations} of them our reading`);
  });
});

it('a reading value that means nothing is dropped with a notice, and the views show all', () => {
  useAppStore.setState({ datasets: {}, activeId: null });
  renderRoute('/matrix', '/matrix?reading=maybe', MatrixPage);
  expect(screen.getByText(/Part of this link was ignored/).closest('.notice')?.textContent).toContain('reading: “maybe”');
  expect(hideToggle()).toHaveProperty('checked', false);
});
