import { describe, expect, it } from 'vitest';
import { linearTicks, tickCount } from '../../src/charts/axisGeometry';
import { placeTooltip } from '../../src/charts/ChartTooltip';
import { citeSources, composeExportSvg, escapeXml, fileSlug } from '../../src/charts/exportChart';
import { wrapText } from '../../src/charts/wrapText';
import { builtinDataset } from '../../src/data/builtinDataset';
import { scaleLinear } from 'd3-scale';

describe('chart export', () => {
  it('draws the title above and the citation below the chart, as escaped text', () => {
    const { svg, width, height } = composeExportSvg('<svg id="chart"/>', { width: 600, height: 300 }, { title: 'Spending <&> “pledges”', citation: 'Source: A & B' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Spending &lt;&amp;&gt; “pledges”');
    expect(svg).toContain('Source: A &amp; B');
    expect(svg.indexOf('Spending')).toBeLessThan(svg.indexOf('id="chart"'));
    expect(svg.indexOf('id="chart"')).toBeLessThan(svg.indexOf('Source:'));
    expect(width).toBe(632);
    expect(height).toBeGreaterThan(300 + 40);
  });

  it('cites the article with its publisher and date, saying when the date is inferred', () => {
    expect(citeSources(builtinDataset.sources)).toBe(
      'Source: “Keir Starmer’s High-Stakes Mission in Washington: Securing Ukraine’s Future and the Transatlantic Alliance”, multinanationalnews.com, 2025-02-26 (date inferred). Figures and terms as the article states them.',
    );
  });

  it('wraps words to lines, and names files from titles', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('', 9)).toEqual([]);
    expect(wrapText('3% after the next general election', 12)).toEqual(['3% after the', 'next general', 'election']);
    expect(fileSlug('Defence spending: pledges against demands!')).toBe('defence-spending-pledges-against-demands');
    expect(escapeXml(`'"`)).toBe('&apos;&quot;');
  });
});

describe('axis and tooltip geometry', () => {
  it('gives ticks as data: value, pixel offset and label; whole years only when asked', () => {
    const x = scaleLinear().domain([2024, 2026]).range([0, 200]);
    expect(linearTicks(x, { count: 4, format: String, integers: true })).toEqual([
      { value: 2024, offset: 0, label: '2024' },
      { value: 2025, offset: 100, label: '2025' },
      { value: 2026, offset: 200, label: '2026' },
    ]);
    expect(tickCount(100, 60)).toBe(2);
  });

  it('keeps the tooltip inside the chart, and drops it below marks near the top', () => {
    expect(placeTooltip({ x: 10, y: 300 }, 400, 200)).toEqual({ left: 0, top: 286, below: false });
    expect(placeTooltip({ x: 390, y: 300 }, 400, 200).left).toBe(200);
    expect(placeTooltip({ x: 200, y: 40 }, 400, 200)).toEqual({ left: 100, top: 54, below: true });
  });
});
