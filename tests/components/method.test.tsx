// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import accuracy from '../../data/extractor-accuracy.json';
import { builtinDataset } from '../../src/data/builtinDataset';
import MethodPage from '../../src/views/method/MethodPage';
import { renderRoute } from './renderRoute';

const code = (family: string, value: string) => document.getElementById(`${family}-${value}`)!;

describe('the method page', () => {
  it('lists every topic of the dataset by group, with its question and a link to it', () => {
    renderRoute('/method', '/method', MethodPage);
    const codebook = screen.getByRole('heading', { level: 2, name: 'Codebook: the topics' }).closest('section')!;
    for (const topic of builtinDataset.topics) {
      expect(within(codebook).getByRole('link', { name: topic.label }).getAttribute('href')).toBe(`/topics/${topic.id}`);
      expect(codebook.textContent).toContain(topic.question);
    }
  });

  it('gives each code its meaning, its count and an example from the data, linked to its words', () => {
    renderRoute('/method', '/method', MethodPage);
    const ruledOut = builtinDataset.positions.filter((p) => p.certainty === 'ruled-out');
    const entry = code('certainty', 'ruled-out');
    expect(entry.textContent).toContain(`${ruledOut.length} in this dataset`);
    expect(entry.textContent).toContain(ruledOut[0]!.summary);
    expect(within(entry).getByRole('link', { name: 'Show in article' }).getAttribute('href')).toBe(`/article?datum=position:${ruledOut[0]!.id}`);
  });

  it('shows the note of an inferred example, and says when a code has no example', () => {
    renderRoute('/method', '/method', MethodPage);
    const inferred = builtinDataset.positions.find((p) => p.reading === 'inferred')!;
    expect(code('reading', 'inferred').textContent).toContain(inferred.readingNote);
    const unused = builtinDataset.figures.some((f) => f.status === 'current');
    expect(code('figure-status', 'current').textContent).toContain(unused ? 'Example' : 'No example in this dataset.');
  });

  it('shows the latest measured accuracy of the extractor, on the development corpus and apart on held-out articles', () => {
    renderRoute('/method', '/method', MethodPage);
    const [table, heldOutTable] = screen.getAllByRole('table');
    const heldOut = accuracy.heldOut!;
    const heldOutActors = heldOut.categories.find((c) => c.id === 'actors')!;
    expect(heldOutTable!.querySelector('caption')!.textContent).toContain(`${heldOut.articles} held-out`);
    expect(within(heldOutTable!).getByRole('row', { name: /^Actors/ }).textContent).toContain(`(${heldOutActors.hits} of ${heldOutActors.gold})`);
    if (!table) throw new Error('no accuracy table');
    expect(table.textContent).toContain(accuracy.measured);
    const actors = accuracy.categories.find((c) => c.id === 'actors')!;
    expect(within(table).getByRole('row', { name: /^Actors/ }).textContent).toContain(`${Math.round(actors.recall! * 100)}% (${actors.hits} of ${actors.gold})`);
  });
});
