import type { Source } from '../model/schema';
import { wrapText } from './wrapText';

/** What is drawn into an exported chart around the chart itself. */
export interface ExportMeta {
  title: string;
  /** Where the data comes from; see `citeSources`. */
  citation: string;
}

const PAD = 16;
const TITLE_SIZE = 18;
const CITATION_SIZE = 11;
const FONT = "system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', Arial, sans-serif";

/** The colour scheme an export is drawn in: light unless asked, whatever the page shows. */
export type ExportTheme = 'light' | 'dark';

/** The colours of the page around an exported chart. */
export interface ExportColours {
  background: string;
  title: string;
  citation: string;
}

/** The light theme's page colours, for an export made where no stylesheet can be read. */
const LIGHT_PAGE: ExportColours = { background: '#ffffff', title: '#1d1d1b', citation: '#55534e' };

/** Text made safe to put between XML tags or in an attribute. */
export const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** "Source: “Title”, Publisher, 2025-02-26 (date inferred), https://…": one citation per source. */
export function citeSources(sources: readonly Source[]): string {
  const cite = (s: Source) =>
    `“${s.title}”, ${s.publisher}, ${s.published.date}${s.published.inferred ? ' (date inferred)' : ''}${s.url ? `, ${s.url}` : ''}`;
  return `Source: ${sources.map(cite).join('; ')}. Figures and terms as the article states them.`;
}

/** A file name from a title: lower-case words joined by hyphens. */
export const fileSlug = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'chart';

/**
 * A standalone SVG document: the title above the chart and the citation below, drawn as text, so the
 * image still says what it is and where it comes from once it leaves the page.
 */
export function composeExportSvg(chartSvg: string, size: { width: number; height: number }, meta: ExportMeta, colours: ExportColours = LIGHT_PAGE) {
  const width = Math.max(size.width, 320) + PAD * 2;
  const titleLines = wrapText(meta.title, Math.floor((width - PAD * 2) / (TITLE_SIZE * 0.55)));
  const citationLines = wrapText(meta.citation, Math.floor((width - PAD * 2) / (CITATION_SIZE * 0.55)));
  const top = PAD + titleLines.length * TITLE_SIZE * 1.3 + 8;
  const bottom = top + size.height + 12;
  const height = Math.ceil(bottom + citationLines.length * CITATION_SIZE * 1.4 + PAD);
  const lines = (texts: string[], y0: number, size: number) =>
    texts.map((t, i) => `<tspan x="${PAD}" y="${(y0 + i * size * (size === TITLE_SIZE ? 1.3 : 1.4)).toFixed(1)}">${escapeXml(t)}</tspan>`).join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<rect width="100%" height="100%" fill="${escapeXml(colours.background)}"/>` +
    `<text font-size="${TITLE_SIZE}" font-weight="700" fill="${escapeXml(colours.title)}">${lines(titleLines, PAD + TITLE_SIZE, TITLE_SIZE)}</text>` +
    `<g transform="translate(${PAD},${top.toFixed(1)})">${chartSvg}</g>` +
    `<text font-size="${CITATION_SIZE}" fill="${escapeXml(colours.citation)}">${lines(citationLines, bottom + CITATION_SIZE, CITATION_SIZE)}</text>` +
    `</svg>`;
  return { svg, width, height };
}

/** The chart as drawn on the page, as SVG markup (the live element is not changed). */
function serializeChart(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('overflow', 'visible');
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/**
 * Replaces each theme colour, `var(--name)`, with its value in the given theme: an exported file has no
 * stylesheet to look them up in. Read from an element marked with that theme, so a dark page still
 * exports light colours.
 */
export function resolveThemeColours(markup: string, theme: ExportTheme): string {
  const probe = document.createElement('span');
  probe.dataset.theme = theme;
  probe.hidden = true;
  document.body.append(probe);
  const resolved = new Map<string, string>();
  const value = (reference: string) => {
    if (!resolved.has(reference)) {
      probe.style.color = '';
      probe.style.color = reference;
      resolved.set(reference, getComputedStyle(probe).color || reference);
    }
    return resolved.get(reference)!;
  };
  const out = markup.replace(/var\(--[\w-]+\)/g, value);
  probe.remove();
  return out;
}

/** Draws SVG markup onto a canvas (scaled up for sharpness) and returns it as a PNG. */
async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  // A data: URL, not a blob: one, because the app's Content-Security-Policy allows only 'self' and data: images.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  const image = new Image();
  image.decoding = 'async';
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the browser could not draw the chart as an image'));
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser gives no canvas to draw on');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
  );
}

/** Saves a blob under a file name, through the browser's download. */
export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports a chart element as an SVG or PNG file, with its title and source citation drawn in. */
export async function exportChart(svg: SVGSVGElement, meta: ExportMeta, format: 'svg' | 'png', theme: ExportTheme = 'light') {
  const chart = serializeChart(svg);
  const [background, title, citation] = ['var(--panel)', 'var(--ink)', 'var(--ink-soft)'].map((c) => resolveThemeColours(c, theme));
  const doc = composeExportSvg(resolveThemeColours(chart.markup, theme), chart, meta, { background: background!, title: title!, citation: citation! });
  const name = `${fileSlug(meta.title)}.${format}`;
  if (format === 'svg') downloadBlob(new Blob([doc.svg], { type: 'image/svg+xml;charset=utf-8' }), name);
  else downloadBlob(await svgToPng(doc.svg, doc.width, doc.height), name);
}
