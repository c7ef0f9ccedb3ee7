// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import MineralsPage from '../../src/views/minerals/MineralsPage';
import { renderRoute } from './renderRoute';

const renderMinerals = (url = '/minerals') => renderRoute('/minerals', url, MineralsPage);
const diagramNode = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[data-term="${id}"]`)!;

describe('minerals-deal explorer', () => {
  it('sets each claim beside what the draft says on the same point', () => {
    renderMinerals();
    const rows = [...screen.getByRole('list', { name: /claims against the draft/ }).children] as HTMLElement[];
    expect(rows).toHaveLength(3);
    expect(rows[0]!.textContent).toMatch(/Repayment of US aid[\s\S]*Potential profits of \$500 billion[\s\S]*What the draft says[\s\S]*Reconstruction Investment Fund/);
    // The amount is in the term's own label, so it is not said twice.
    expect(rows[0]!.textContent).not.toContain('$500 billion · $500 billion');
    expect(rows[1]!.textContent).toMatch(/What critics charge[\s\S]*Exploitation of a war-torn nation/);
    expect(rows[2]!.textContent).toMatch(/Missing from the draft[\s\S]*US security guarantees as a condition[\s\S]*US support for Ukraine’s efforts/);
    expect(within(rows[2]!).getByText('Volodymyr Zelensky').closest('li')!.textContent).toContain('Backed by');
  });

  it('selecting a term highlights it in the list and the diagram, puts it in the URL and shows its evidence', async () => {
    const { container, router } = renderMinerals();
    await userEvent.click(screen.getByRole('button', { name: /^Missing from the draftUS security guarantees as a condition/ }));
    expect(router.state.location.search).toBe('?term=us-security-guarantees-condition');
    expect(container.querySelector('[data-term-card="us-security-guarantees-condition"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(diagramNode(container, 'us-security-guarantees-condition').getAttribute('aria-pressed')).toBe('true');
    expect(diagramNode(container, 'reconstruction-investment-fund').getAttribute('aria-pressed')).toBe('false');
    const panel = screen.getByRole('complementary', { name: 'US security guarantees as a condition' });
    const marks = within(panel).getAllByText((_, el) => el?.tagName === 'MARK').map((m) => m.textContent);
    expect(marks).toEqual(['Zelensky has indicated that any final agreement would be contingent on US security guarantees', 'the draft text makes no such commitments']);
    for (const link of within(panel).getAllByRole('link', { name: 'Show in article' })) expect(link.getAttribute('href')).toBe('/article?datum=dealTerm:us-security-guarantees-condition');

    // From the claim to the draft's words on it.
    await userEvent.click(within(panel).getByRole('button', { name: 'US support for Ukraine’s efforts to obtain guarantees' }));
    expect(router.state.location.search).toBe('?term=support-for-ukraine-guarantee-efforts');
    expect(screen.getByRole('complementary').textContent).toContain('supports Ukraine’s efforts to obtain security guarantees');
  });

  it('selects a term from the diagram with the keyboard, and shows the $500 billion figure with it', async () => {
    const { container } = renderMinerals();
    diagramNode(container, 'potential-profits').focus();
    await userEvent.keyboard('{Enter}');
    const panel = screen.getByRole('complementary', { name: 'Potential profits of $500 billion' });
    expect(panel.textContent).toContain('$500 billion: Potential profits from the minerals deal (claimed by Donald Trump)');
    expect(within(panel).getByRole('link', { name: 'Show the figure in the article' }).getAttribute('href')).toBe('/article?datum=figure:minerals-deal-500-billion');
  });

  it('draws the missing guarantee as missing, and explains the forms in a legend', () => {
    const { container } = renderMinerals();
    expect(diagramNode(container, 'us-security-guarantees-condition').textContent).toContain('✕ US security');
    const legend = screen.getByRole('group', { name: 'Legend' });
    expect(within(legend).getByText('Asked for, missing from the draft')).toBeTruthy();
  });

  it('drops an unknown term in the URL with a notice', () => {
    renderMinerals('/minerals?term=free-lunch');
    expect(screen.getByText(/Part of this link was ignored/).closest('[role="status"]')!.textContent).toContain('term: “free-lunch”');
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});
