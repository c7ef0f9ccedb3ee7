// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SpendingPage from '../../src/views/spending/SpendingPage';
import { renderRoute } from './renderRoute';

const renderSpending = (url = '/spending') => renderRoute('/spending', url, SpendingPage);
const mark = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[data-figure="${id}"]`)!;

describe('spending timeline', () => {
  it('shows the value, time phrase, status and quote in a tooltip when a mark has keyboard focus', () => {
    const { container } = renderSpending();
    const pledge = mark(container, 'uk-defence-2-5-by-2027');
    fireEvent.focus(pledge);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain('2.5% · Pledged');
    expect(tooltip.textContent).toContain('by 2027');
    expect(tooltip.textContent).toContain('“Britain would increase its defense spending to 2.5% of GDP by 2027”');
    expect(pledge.getAttribute('aria-describedby')).toBe(tooltip.id);
    fireEvent.blur(pledge);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('draws a reasoned window with soft edges, its tooltip saying the reasoning is one key away', () => {
    const { container } = renderSpending();
    const window = mark(container, 'uk-defence-3-after-election');
    const band = window.querySelector('rect.figure-window')!;
    const gradient = container.querySelector(band.getAttribute('fill')!.replace(/^url\((.*)\)$/, '$1'))!;
    expect([...gradient.querySelectorAll('stop')].map((stop) => stop.getAttribute('stop-opacity'))).toEqual(['0', '0.22', '0.22', '0']);
    expect(band.getAttribute('stroke')).toBeNull();
    fireEvent.focus(window);
    expect(screen.getByRole('tooltip').textContent).toContain('The text gives no year: drawn as 2029–2034, a window reasoned from it. Click or press Enter for the reasoning');
  });

  it('writes the page from the data, offers the other metric, and no unit choice when there is one unit', async () => {
    const { router } = renderSpending();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Figures: Defence spending');
    expect(document.querySelector('.page__lede')!.textContent).toBe(
      '3 figures on defence spending from 2 actors: 1 pledged, 1 aspiration, 1 demanded of others. Choose a mark for the words that give it.',
    );
    const metric = screen.getByRole('combobox', { name: 'Figures on' });
    expect(within(metric).getAllByRole('option').map((o) => o.textContent)).toEqual(['Defence spending (3 figures)', 'Other money (1 figure)']);
    expect(screen.queryByRole('group', { name: 'Unit' })).toBeNull();
    await userEvent.selectOptions(metric, 'money');
    expect(router.state.location.search).toBe('?metric=money');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Figures: Other money');
    expect(screen.getByRole('group', { name: 'Other money in US dollars (USD)' })).toBeTruthy();
  });

  it('shows the tooltip on hover too, for the demand line', () => {
    const { container } = renderSpending();
    fireEvent.mouseEnter(mark(container, 'nato-5-percent-demand'));
    expect(screen.getByRole('tooltip').textContent).toContain('Trump has called for NATO members to spend 5% of GDP on defense');
  });

  it('opens the evidence panel from a mark, with the reasoning for a vague window and a link to the article', async () => {
    const { container, router } = renderSpending();
    await userEvent.click(mark(container, 'uk-defence-3-after-election'));
    const panel = screen.getByRole('complementary', { name: 'Potential UK defence spending after the next election' });
    expect(within(panel).getByText(/drawn as 2029–2034/)).toBeTruthy();
    expect(within(panel).getByText(/The text gives no year/)).toBeTruthy();
    expect(within(panel).getByText('with a potential rise to 3% after the next general election').tagName).toBe('MARK');
    expect(within(panel).getByRole('link', { name: 'Show in article' }).getAttribute('href')).toBe('/article?datum=figure:uk-defence-3-after-election');
    expect(router.state.location.search).toBe('?mark=uk-defence-3-after-election');
    await userEvent.click(within(panel).getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('toggles to a table of the same figures, and back, through the URL', async () => {
    const { router } = renderSpending();
    await userEvent.click(screen.getByRole('button', { name: 'Table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Keir Starmerfor United Kingdom', 'Keir Starmerfor United Kingdom', 'Donald Trumpof NATO']);
    expect(rows[0]!.textContent).toContain('2.5 points short of 5%');
    expect(router.state.location.search).toBe('?show=table');
    await userEvent.click(screen.getByRole('button', { name: 'Chart' }));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('hides an actor’s figures, and their gap labels, when the actor is unticked; the last one stays', async () => {
    const { container, router } = renderSpending();
    expect(mark(container, 'nato-5-percent-demand')).not.toBeNull();
    expect(container.textContent).toContain('points short of');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Donald Trump' }));
    expect(mark(container, 'nato-5-percent-demand')).toBeNull();
    expect(container.textContent).not.toContain('points short of');
    expect(router.state.location.search).toBe('?actors=keir-starmer');
    expect((screen.getByRole('checkbox', { name: 'Keir Starmer' }) as HTMLInputElement).disabled).toBe(true);
  });

  it('gives the chart a summary for screen readers and a legend of every form of mark', () => {
    renderSpending();
    const chart = screen.getByRole('group', { name: /Defence spending as a share of GDP/ });
    const summary = document.getElementById(chart.getAttribute('aria-describedby')!)!;
    expect(summary.textContent).toContain('The article gives no current defence spending figure.');
    const legend = screen.getByRole('group', { name: 'Legend' });
    for (const text of ['Pledged: dashed line to a target', 'Aspiration: hollow dot', 'Demanded of others: a line across all years', 'Soft-edged band: a vague time, drawn as a window of years reasoned from the text'])
      expect(within(legend).getByText(text)).toBeTruthy();
  });

  it('drops an unknown figure in the URL with a notice', () => {
    renderSpending('/spending?mark=made-up');
    expect(screen.getByText(/Part of this link was ignored/).closest('[role="status"]')!.textContent).toContain('mark: “made-up”');
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});
