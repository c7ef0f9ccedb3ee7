/**
 * `npm run build:site`: the app as a static site. Vite builds the browser app into dist/, then the server
 * entry (src/server.tsx) into build/.out/, which draws every address of the built-in dataset; each page is
 * written as dist/<path>.html (dist/index.html for the overview), the form static hosts such as Cloudflare
 * Pages serve at the address without the suffix. Any other address gets dist/index.html and is drawn in
 * the browser. Last, the link-preview cards are drawn from the built views (build/cards.ts).
 *
 * SITE_ORIGIN (e.g. https://stance.example) makes the canonical and link-preview addresses absolute on the
 * real host; without it they point at the local preview server.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type PluginOption } from 'vite';
import { buildCards } from './cards';
import { pageHtml } from './pageHtml';
import { inlineStyleSheet } from './inlineStyleSheet';
import { pageScripts, type Manifest } from './pageScripts';
import type { PrerenderedPage } from '../src/server';

export const DEFAULT_ORIGIN = 'http://localhost:4173';
/** The app proper, which the entry (src/main.tsx) imports once the page has painted. */
const APP_START = 'src/app/start.tsx';

interface SiteOptions {
  outDir?: string;
  /** Extra Vite plugins for both builds, e.g. a dataset alias (build/datasetAlias.ts). */
  plugins?: PluginOption[];
  origin?: string;
  /** Draw the link-preview cards (build/cards.ts) from this dataset file; false for none. */
  cardsFrom?: string | false;
}

/** Where dist/ keeps the page of an app address. */
export const pageFile = (path: string) => (path === '/' ? 'index.html' : `${decodeURIComponent(path).replace(/^\//, '')}.html`);

export async function buildSite({ outDir = 'dist', plugins = [], origin = process.env.SITE_ORIGIN ?? DEFAULT_ORIGIN, cardsFrom = 'data/article.json' }: SiteOptions = {}) {
  const serverDir = resolve('build/.out', outDir.replace(/[\\/]/g, '_'));
  // The manifest says which styles and chunks each view needs, so its page can link them from the start.
  await build({ configFile: 'vite.config.ts', plugins, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true } });
  const manifestFile = join(outDir, '.vite', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  rmSync(join(outDir, '.vite'), { recursive: true });
  await build({ configFile: 'vite.config.ts', plugins, logLevel: 'warn', build: { ssr: 'src/server.tsx', outDir: serverDir, emptyOutDir: true } });
  const server = (await import(pathToFileURL(join(serverDir, 'server.js')).href)) as {
    paths: () => string[];
    renderPage: (path: string, origin: string) => Promise<PrerenderedPage>;
  };
  const template = inlineStyleSheet(outDir, readFileSync(join(outDir, 'index.html'), 'utf8'));
  const paths = server.paths();
  for (const path of paths) {
    const file = join(outDir, pageFile(path));
    mkdirSync(dirname(file), { recursive: true });
    const page = await server.renderPage(path, origin.replace(/\/$/, ''));
    writeFileSync(file, pageHtml(template, page, pageScripts(manifest, [APP_START, ...(page.viewModule ? [page.viewModule] : [])])));
  }
  const cards = cardsFrom ? await buildCards(outDir, cardsFrom) : [];
  return { pages: paths.length, cards: cards.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const { pages, cards } = await buildSite();
  console.log(`built the site: ${pages} prerendered pages, ${cards} card images, in ${Math.round(performance.now() - started)} ms`);
}
