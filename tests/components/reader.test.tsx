// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { EvidenceQuote } from '../../src/charts/EvidenceQuote';
import { builtinIndex } from '../../src/data/builtinDataset';
import ArticlePage from '../../src/views/article/ArticlePage';

beforeAll(() => {
  // jsdom does no layout, so it has no scrolling; the reader's call to it is all we need to survive.
  Element.prototype.scrollIntoView = function scrollIntoView() {};
});

const renderReader = (url: string) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/article" element={<ArticlePage />} />
        <Route path="*" element={<p>elsewhere</p>} />
      </Routes>
    </MemoryRouter>,
  );

describe('the article reader', () => {
  it('opens on a deep-linked datum: its passages outlined, the first focused and listed in the panel', () => {
    renderReader('/article?datum=position:starmer-us-backstop');
    const targets = document.querySelectorAll('mark.is-target');
    expect(targets.length).toBeGreaterThan(0);
    expect(document.activeElement).toBe(targets[0]);
    const panel = screen.getByRole('complementary', { name: /this passage supports/i });
    expect(within(panel).getByRole('link', { name: /Keir Starmer on .*backstop/i })).toBeTruthy();
    expect(screen.getByText(/Showing the words for the position/)).toBeTruthy();
  });

  it('says so when the linked datum is unknown', () => {
    renderReader('/article?datum=position:nobody-at-all');
    expect(screen.getByText(/Part of this link was ignored/)).toBeTruthy();
    expect(screen.getByText(/position:nobody-at-all/)).toBeTruthy();
  });

  it('moves between highlights with the arrow keys, listing what each supports', async () => {
    const user = userEvent.setup();
    renderReader('/article');
    const first = document.querySelector<HTMLElement>('mark[tabindex="0"]')!;
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('data-segment')).toBe('1');
    const panel = screen.getByRole('complementary', { name: /this passage supports/i });
    expect(within(panel).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('filters highlights by actor and kind, as the matrix does', () => {
    renderReader('/article?actors=emmanuel-macron&kinds=position');
    expect(screen.getByText(/Highlighting 3 of \d+ data/)).toBeTruthy();
    const marks = [...document.querySelectorAll('mark.hl')];
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.getAttribute('data-datums')).toMatch(/^(position:macron-\S+ ?)+$/);
  });
});

describe('EvidenceQuote', () => {
  const span = builtinIndex.positions.get('starmer-us-backstop')!.evidence[0]!;
  it('offers "Show in article" only when told which datum the quote is for', () => {
    const { unmount } = render(<EvidenceQuote span={span} />);
    expect(screen.queryByRole('link')).toBeNull();
    unmount();
    render(
      <MemoryRouter>
        <EvidenceQuote span={span} datum={{ kind: 'position', id: 'starmer-us-backstop' }} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Show in article' }).getAttribute('href')).toBe('/article?datum=position:starmer-us-backstop');
  });
});
