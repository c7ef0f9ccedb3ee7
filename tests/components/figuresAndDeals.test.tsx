// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/schema';
import { useAppStore } from '../../src/store/appStore';
import MineralsPage from '../../src/views/minerals/MineralsPage';
import SpendingPage from '../../src/views/spending/SpendingPage';
import { harbourDataset, harbourTexts } from '../fixtures/harbourCompact';
import { renderRoute } from './renderRoute';

const emptyWorkspace = () => useAppStore.setState({ datasets: {}, activeId: null, past: [], future: [], storageProblem: null });
afterEach(emptyWorkspace);

/** Makes `dataset` (the harbour compact unless changed) the active dataset, as an import would. */
function open(dataset: Dataset = harbourDataset()) {
  emptyWorkspace();
  useAppStore.getState().addDataset({ dataset, texts: Object.fromEntries(harbourTexts), origin: 'imported' });
}

const renderSpending = (url = '/spending') => renderRoute('/spending', url, SpendingPage);
const renderDeals = (url = '/minerals') => renderRoute('/minerals', url, MineralsPage);

describe('figures of any dataset', () => {
  it('offers the units a metric comes in, draws one at a time, and keeps the choice in the URL', async () => {
    open();
    const { router, container } = renderSpending();
    const units = screen.getByRole('group', { name: 'Unit' });
    expect(within(units).getAllByRole('radio').map((r) => r.parentElement!.textContent)).toEqual([
      'Share of GDP · 4 figures',
      'Euros (EUR) · 1 figure',
      'British pounds (GBP) · 1 figure',
    ]);
    expect(within(units).getByRole('radio', { name: /Share of GDP/ })).toHaveProperty('checked', true);
    expect(container.querySelector('[data-figure="finland-gbp-boats"]')).toBeNull();

    await userEvent.click(within(units).getByRole('radio', { name: /British pounds/ }));
    expect(router.state.location.search).toBe('?unit=money-gbp');
    expect(screen.getByRole('heading', { level: 2, name: 'Defence spending in British pounds (GBP)' })).toBeTruthy();
    expect(container.querySelector('[data-figure="finland-gbp-boats"]')).not.toBeNull();
    expect(container.querySelector('[data-figure="estonia-eur-next-year"]')).toBeNull();
    expect(container.querySelector('.axis--left')!.textContent).toContain('£40M');
    // Only the actors with figures in pounds are offered.
    expect(screen.getAllByRole('checkbox').map((c) => c.parentElement!.textContent)).toEqual(['Aino Virtanen']);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Figures on' }), 'troops');
    expect(router.state.location.search).toBe('?metric=troops');
    expect(screen.queryByRole('group', { name: 'Unit' })).toBeNull();
    expect(container.querySelector('.axis--left')!.textContent).toContain('Observers');
  });

  it('draws a machine-drafted figure as unconfirmed: a dashed ring, a word in the tooltip and the table, a legend entry', async () => {
    open();
    const { container } = renderSpending('/spending?unit=money-eur');
    const drafted = container.querySelector<HTMLElement>('[data-figure="estonia-eur-next-year"]')!;
    expect(drafted.getAttribute('aria-label')).toMatch(/^Unconfirmed draft\. Pledged: €1\.2 billion/);
    expect(drafted.querySelector('.figure-marker--unconfirmed circle')!.getAttribute('stroke-dasharray')).toBe('2.5 2.5');
    fireEvent.focus(drafted);
    expect(screen.getByRole('tooltip').textContent).toContain('Unconfirmed draft');
    expect(within(screen.getByRole('group', { name: 'Legend' })).getByText(/Unconfirmed draft: a dashed ring/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Table' }));
    const row = within(screen.getByRole('table')).getAllByRole('row')[1]!;
    expect(within(row).getByText('Unconfirmed draft')).toBeTruthy();
    await userEvent.click(within(row).getByRole('button', { name: /Evidence/ }));
    expect(screen.getByRole('complementary').textContent).toContain('Drafted by machine (rule “money-amount”, 60% sure) and not yet confirmed by a person');
  });

  it('opens a linked figure under its own metric and unit', () => {
    open();
    const { container } = renderSpending('/spending?mark=latvia-40-observers');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Figures: Troops');
    expect(container.querySelector('[data-figure="latvia-40-observers"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('complementary', { name: 'Latvian observers' })).toBeTruthy();
  });

  it('drops a unit the metric does not come in, with the notice', () => {
    open();
    renderSpending('/spending?metric=troops&unit=money-gbp');
    expect(screen.getByText(/Part of this link was ignored/).closest('[role="status"]')!.textContent).toContain('unit: “money-gbp”');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Troops: number of observers');
  });

  it('says so when the dataset has no figures, with a way on', () => {
    open({ ...harbourDataset(), figures: [] });
    renderSpending();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Figures');
    expect(screen.getByText(/This dataset has no figures/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Choose another dataset or draft one/ }).getAttribute('href')).toBe('/data');
  });
});

describe('deals of any dataset', () => {
  const twoDeals = (): Dataset => {
    const dataset = harbourDataset();
    const levy = dataset.dealTerms.find((t) => t.id === 'fuel-levy-term')!;
    dataset.deals.push({ id: 'levy-pact', label: 'Fuel levy pact', summary: 'A levy on fuel, on its own.', parties: ['liis-tamm'], evidence: levy.evidence });
    dataset.dealTerms.push({ ...levy, id: 'levy-rate', deal: 'levy-pact', label: 'Levy rate', draftCounterpart: undefined, quantity: { unit: 'count', value: 12, thing: 'patrol boats' } });
    return dataset;
  };

  it('picks among several deals, in the URL, each written from its own label, parties and terms', async () => {
    open(twoDeals());
    const { router } = renderDeals();
    const picker = screen.getByRole('combobox', { name: 'Deal' });
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['Coast guard compact (4 terms)', 'Fuel levy pact (1 term)']);
    await userEvent.selectOptions(picker, 'levy-pact');
    expect(router.state.location.search).toBe('?deal=levy-pact');
    // One claim and no draft: no "against the draft" in the title.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fuel levy pact: the terms');
    expect(document.querySelector('.page__lede')!.textContent).toBe('A levy on fuel, on its own. Party: Liis Tamm. 1 term: 1 claimed.');
    expect(document.querySelector('[data-term-card="levy-rate"]')!.textContent).toContain('Levy rate · 12 patrol boats');
    expect(document.querySelector('.minerals-figure__note')!.textContent).not.toContain('missing from the draft');
    // No term of the draft: the claim stands alone, not against an empty draft column.
    expect(screen.getByRole('list', { name: 'Terms of the deal' }).textContent).not.toContain('What the draft says');
  });

  it('says so when the dataset has no deal, with a way on', () => {
    open({ ...harbourDataset(), deals: [], dealTerms: [] });
    renderDeals();
    expect(screen.getByText(/This dataset records no deal/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Choose another dataset or draft one/ }).getAttribute('href')).toBe('/data');
  });
});
