// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/appStore';
import { ImportPanel } from '../../src/views/data/ImportPanel';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

const fileOf = (name: string, content: string) => new File([content], name, { type: 'application/json' });
const picker = () => screen.getByLabelText('Choose a dataset file');

beforeEach(() => {
  useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
});

describe('importing a dataset', () => {
  it('lists every error with its JSON path, and leaves the workspace as it was', async () => {
    useAppStore.getState().addDataset({ dataset: miniDataset(), texts: Object.fromEntries(miniTexts), origin: 'imported' });
    const before = useAppStore.getState().datasets;
    const broken = JSON.parse(readFileSync('data/article.json', 'utf8'));
    broken.positions[3].stance = 'adores';
    broken.figures[0].quantity.value = 'lots';
    render(<ImportPanel />);
    await userEvent.upload(picker(), fileOf('broken.json', JSON.stringify(broken)));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/“broken.json” was not imported: 2 problems/);
    expect(alert.textContent).toMatch(/Nothing you had has changed/);
    const paths = [...alert.querySelectorAll('code')].map((c) => c.textContent);
    expect(paths).toEqual(['positions[3].stance', 'figures[0].quantity.value']);
    expect(useAppStore.getState().datasets).toBe(before);
    expect(useAppStore.getState().activeId).toBe('mini');
  });

  it('says plainly when the file is not JSON', async () => {
    render(<ImportPanel />);
    await userEvent.upload(picker(), fileOf('notes.json', 'this is not json'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/\(file\).*not valid JSON/);
  });

  it('imports the built-in article’s file, whose text it knows, and puts it on show', async () => {
    render(<ImportPanel />);
    await userEvent.upload(picker(), fileOf('article.json', readFileSync('data/article.json', 'utf8')));
    expect((await screen.findByRole('status')).textContent).toMatch(/Imported “.+”; it is now on show/);
    expect(useAppStore.getState().activeId).not.toBeNull();
  });

  it('takes a file dropped on the panel, as it does a picked one', async () => {
    render(<ImportPanel />);
    const zone = screen.getByRole('heading', { name: 'Import a dataset' }).closest('section')!;
    fireEvent.dragOver(zone);
    expect(zone.className).toMatch(/is-dragging/);
    fireEvent.drop(zone, { dataTransfer: { files: [fileOf('notes.json', 'this is not json')] } });
    expect(zone.className).not.toMatch(/is-dragging/);
    expect((await screen.findByRole('alert')).textContent).toMatch(/“notes.json” was not imported/);
  });

  it('says it is checking the file, and takes no other until it is done', async () => {
    render(<ImportPanel />);
    const file = fileOf('article.json', readFileSync('data/article.json', 'utf8'));
    fireEvent.change(picker(), { target: { files: [file] } });
    expect(screen.getByText('Checking “article.json”…')).toBeTruthy();
    expect((picker() as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole('heading', { name: 'Import a dataset' }).closest('section')!.getAttribute('aria-busy')).toBe('true');
    expect((await screen.findByRole('status')).textContent).toMatch(/Imported/);
    expect(screen.queryByText(/Checking/)).toBeNull();
    expect((picker() as HTMLInputElement).disabled).toBe(false);
  });
});
