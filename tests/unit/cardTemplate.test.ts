import { describe, expect, test } from 'vitest';
import { cardCitation, cardHtml } from '../../build/cardTemplate';
import type { Source } from '../../src/model/schema';

const source = (title: string, publisher: string, date: string, inferred: boolean): Source => ({
  id: title.toLowerCase().replace(/\W+/g, '-'),
  title,
  publisher,
  published: { date, inferred },
  textPath: 'x.txt',
  sha256: '0'.repeat(64),
});

describe('link-preview card', () => {
  test('the source line names each source by title, publisher and date, and says when the date is inferred', () => {
    expect(cardCitation([source('The harbour compact', 'Baltic Times', '2024-03-05', false)])).toBe('Source: “The harbour compact”, Baltic Times, 5 Mar 2024');
    expect(cardCitation([source('A', 'P', '2025-02-26', true), source('B', 'Q', '2025-03-01', false)])).toBe(
      'Source: “A”, P, 26 Feb 2025 (date inferred); “B”, Q, 1 Mar 2025',
    );
  });

  test('the heading and source are text, never markup, and the chart is inlined', () => {
    const html = cardHtml({ site: 'Stance Explorer', view: 'Figures', heading: '<img src=x onerror=alert(1)>', chart: Buffer.from('png'), continues: false, citation: 'Source: “A & B”' }, '');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('“A &amp; B”');
    expect(html).toContain(`src="data:image/png;base64,${Buffer.from('png').toString('base64')}"`);
  });
});
