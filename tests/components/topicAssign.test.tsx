// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { unassignedTopic } from '../../src/model/codebookTopics';
import { UNASSIGNED_TOPIC_ID } from '../../src/model/codes';
import type { Dataset } from '../../src/model/schema';
import { useAppStore } from '../../src/store/appStore';
import { ReviewPanel } from '../../src/views/data/ReviewPanel';
import { MemoryRouter } from 'react-router';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

const store = useAppStore.getState;
const dataset = () => store().datasets.mini!.dataset;
const topicOf = (id: string) => dataset().positions.find((p) => p.id === id)!.topic;

/** The mini dataset with Dora's position left unassigned, as the extractor leaves one. */
function withUnassigned(): Dataset {
  const base = miniDataset();
  return { ...base, topics: [...base.topics, unassignedTopic], positions: base.positions.map((p) => (p.id === 'dora-pact' ? { ...p, topic: UNASSIGNED_TOPIC_ID } : p)) };
}

/** The review panel of the dataset on show, re-rendered as the store changes, as DataPage does. */
function ActiveReview() {
  const saved = useAppStore((s) => (s.activeId ? s.datasets[s.activeId] : undefined));
  return saved ? <ReviewPanel saved={saved} /> : null;
}

function renderReview() {
  store().addDataset({ dataset: withUnassigned(), texts: Object.fromEntries(miniTexts), origin: 'imported' });
  render(
    <MemoryRouter>
      <ActiveReview />
    </MemoryRouter>,
  );
}

/** The review row of a position, found by its actor and topic as the row's heading writes them. */
const row = (actor: string, topic: string) =>
  screen.getAllByRole('listitem').find((li) => li.querySelector('.review-row__head')?.textContent?.startsWith(`${actor} on ${topic}`))!;

beforeEach(() => {
  useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
});

describe('the topic control of a review row', () => {
  it('moves a position to a codebook topic, and undo puts it back', async () => {
    renderReview();
    const user = userEvent.setup();
    const dora = row('Dora', 'Unassigned');
    const controls = within(dora).getByRole('group', { name: 'Topic of this position' });
    const select = within(controls).getByRole('combobox', { name: 'Topic' });
    expect(within(select).getByRole('group', { name: 'Codebook: Sanctions and economic pressure' })).toBeTruthy();
    await user.selectOptions(select, 'Sanctions');
    await user.click(within(controls).getByRole('button', { name: 'Move' }));
    expect(topicOf('dora-pact')).toBe('sanctions');
    expect(dataset().topics.map((t) => t.id)).not.toContain(UNASSIGNED_TOPIC_ID);
    expect(row('Dora', 'Sanctions')).toBeTruthy();
    expect(screen.getByText('Moved to Sanctions.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(topicOf('dora-pact')).toBe(UNASSIGNED_TOPIC_ID);
    expect((within(row('Dora', 'Unassigned')).getByRole('combobox', { name: 'Topic' }) as HTMLSelectElement).value).toBe(UNASSIGNED_TOPIC_ID);
  });

  it('moves a position to another topic of the dataset', async () => {
    renderReview();
    const user = userEvent.setup();
    const bob = row('Bob', 'Treaty');
    await user.selectOptions(within(bob).getByRole('combobox', { name: 'Topic' }), 'Pact');
    await user.click(within(bob).getByRole('button', { name: 'Move' }));
    expect(topicOf('bob-treaty')).toBe('pact');
  });

  it('adds a topic a person names, which the position can then move to', async () => {
    renderReview();
    const user = userEvent.setup();
    const alice = row('Alice', 'Fund');
    const toggle = within(alice).getByRole('button', { name: 'New topic…' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    const name = within(alice).getByRole('textbox', { name: 'Name of the new topic' });
    expect(document.activeElement).toBe(name);
    await user.type(name, 'Whaling moratorium{Enter}');
    expect(dataset().topics.at(-1)).toMatchObject({ id: 'whaling-moratorium', label: 'Whaling moratorium', group: 'Added in review' });
    expect(topicOf('alice-fund')).toBe('fund');
    expect(document.activeElement).toBe(within(row('Alice', 'Fund')).getByRole('button', { name: 'New topic…' }));
    await user.click(within(row('Alice', 'Fund')).getByRole('button', { name: 'Move' }));
    expect(topicOf('alice-fund')).toBe('whaling-moratorium');
  });

  it('closes the new-topic form on Escape without adding anything', async () => {
    renderReview();
    const user = userEvent.setup();
    const alice = row('Alice', 'Fund');
    await user.click(within(alice).getByRole('button', { name: 'New topic…' }));
    await user.type(within(alice).getByRole('textbox', { name: 'Name of the new topic' }), 'Half a name{Escape}');
    expect(within(alice).queryByRole('textbox', { name: 'Name of the new topic' })).toBeNull();
    expect(dataset().topics).toHaveLength(4);
  });
});
