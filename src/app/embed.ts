import { readableQuery } from '../url/params';

/**
 * Embeds: a view shown inside another site's page, without the site's header. An embed address starts
 * with /embed/ (static hosts set headers by path, so only these addresses may be framed: public/_headers);
 * `?embed=1` on any address shows the same frame-less page, for a look before embedding.
 */
export const EMBED_BASE = '/embed';

/** The message an embed posts to its parent page whenever its height changes. */
export const HEIGHT_MESSAGE = 'stance-explorer:height';

/** Whether an address is an embed. */
export const isEmbedAddress = (pathname: string, search: string) =>
  pathname === EMBED_BASE || pathname.startsWith(`${EMBED_BASE}/`) || new URLSearchParams(search).get('embed') === '1';

/** An app path and query without what makes them an embed. */
function withoutEmbed(path: string, search: string): { path: string; query: string } {
  const params = new URLSearchParams(search);
  params.delete('embed');
  const query = readableQuery(params);
  return { path, query: query ? `?${query}` : '' };
}

/** The full view of an embed: the same view and state, on the site. `path` is the app's own path, without /embed. */
export function fullViewHref(origin: string, path: string, search: string): string {
  const { query } = withoutEmbed(path, search);
  return `${origin}${path}${query}`;
}

/** The embed address of a view. `path` is the app's own path, without /embed. */
export function embedHref(origin: string, path: string, search: string): string {
  const { query } = withoutEmbed(path, search);
  return `${origin}${EMBED_BASE}${path === '/' ? '/' : path}${query}`;
}

/** Text made safe for an HTML attribute between double quotes. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The code a publisher pastes into a page: the frame, titled for screen readers, and a few lines that
 * set its height from the embed's messages, so it never scrolls inside the article.
 */
export function embedCode(src: string, title: string): string {
  const origin = new URL(src).origin;
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="600" style="border:0;width:100%" loading="lazy"></iframe>`,
    '<script>',
    "addEventListener('message', function (event) {",
    `  if (event.origin !== ${JSON.stringify(origin)} || !event.data || event.data.type !== ${JSON.stringify(HEIGHT_MESSAGE)}) return;`,
    "  document.querySelectorAll('iframe').forEach(function (frame) {",
    "    if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';",
    '  });',
    '});',
    '</script>',
  ].join('\n');
}

/** Whether this visit is an embed, fixed when the page loads: links followed inside an embed stay in it. */
export const embedded = typeof window !== 'undefined' && isEmbedAddress(window.location.pathname, window.location.search);

/** The router's basename: /embed for an embed address, so the views' own links keep the prefix. */
export const routerBase = () =>
  typeof window !== 'undefined' && (window.location.pathname === EMBED_BASE || window.location.pathname.startsWith(`${EMBED_BASE}/`)) ? EMBED_BASE : undefined;
