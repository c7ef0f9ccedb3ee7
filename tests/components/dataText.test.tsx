// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatasetSwitcher } from '../../src/components/DatasetSwitcher';
import { DroppedNotice } from '../../src/components/DroppedNotice';
import { useAppStore } from '../../src/store/appStore';
import { DatasetList } from '../../src/views/data/DatasetList';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

const SPOOF = '\u202Egnp.exe';

const inRouter = (element: React.ReactNode) => render(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);

beforeEach(() => {
  useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
  useAppStore.getState().addDataset({ dataset: { ...miniDataset(), title: SPOOF }, texts: Object.fromEntries(miniTexts), origin: 'imported' });
});

describe('titles from data cannot reorder themselves or their surroundings', () => {
  it('the header switcher shows the hidden override as a code, isolated, so the title never reads “exe.png”', () => {
    inRouter(<DatasetSwitcher />);
    const chosen = screen.getByRole('combobox', { name: 'Dataset' }) as HTMLSelectElement;
    const label = chosen.selectedOptions[0]!.textContent!;
    expect(label).toBe('\u2068[U+202E]gnp.exe\u2069');
    expect(label).not.toContain('\u202E');
  });

  it('the dataset list draws the title inside <bdi>, with the override made visible', () => {
    inRouter(<DatasetList />);
    const item = screen.getByText('[U+202E]gnp.exe');
    expect(item.tagName).toBe('BDI');
    expect(document.body.textContent).not.toContain('\u202E');
  });
});

describe('the notice for unknown ids in a link', () => {
  it('names three of 10,000 unknown ids and counts the rest, in a notice of sane length', () => {
    const dropped = Array.from({ length: 10_000 }, (_, i) => ({ param: 'actors', value: `no-such-actor-${i}` }));
    render(<DroppedNotice dropped={dropped} onDismiss={() => {}} />);
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain('These 10,000 values name nothing');
    expect(notice.textContent).toContain('actors: “no-such-actor-0”, actors: “no-such-actor-1”, actors: “no-such-actor-2” and 9,997 more.');
    expect(notice.textContent).not.toContain('no-such-actor-3”');
    expect(notice.textContent!.length).toBeLessThan(300);
  });

  it('cuts a very long value and isolates it', () => {
    render(<DroppedNotice dropped={[{ param: 'topics', value: `\u202E${'x'.repeat(5000)}` }]} onDismiss={() => {}} />);
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain('This value names nothing');
    expect(notice.querySelector('bdi')!.textContent).toBe(`[U+202E]${'x'.repeat(38)}…`);
  });
});
