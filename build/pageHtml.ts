import type { HeadTag } from '../src/app/routeMeta';
import { PAGE_MODULES_META, PRERENDERED_META } from '../src/app/prerendered';
import type { PrerenderedPage } from '../src/server';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function tagHtml(tag: HeadTag): string {
  if (tag.kind === 'canonical') return `<link rel="canonical" href="${escapeAttribute(tag.href)}" />`;
  return `<meta ${tag.attribute}="${escapeAttribute(tag.key)}" content="${escapeAttribute(tag.content)}" />`;
}

/** The tags of the head that each page sets for itself; the template's defaults for them are dropped. */
const PAGE_TAG = /\s*<meta (?:name="(?:description|twitter:[^"]+)"|property="og:(?:title|description|url|image)")[^>]*>/g;

/**
 * The built index.html made into one address's page: its title and head tags, the mark naming the address
 * it was drawn for, the chunks of the app and its view to fetch once it has painted, and the drawn markup in #root.
 */
export function pageHtml(template: string, page: PrerenderedPage, scripts: string[]): string {
  const root = '<div id="root"></div>';
  if (!template.includes(root) || !/<title>[^<]*<\/title>/.test(template)) throw new Error('index.html has no <title> or no empty #root');
  const head = [
    `<title>${escapeText(page.title)}</title>`,
    ...page.tags.map(tagHtml),
    `<meta name="${PRERENDERED_META}" content="${escapeAttribute(page.path)}" />`,
    // Named, not preloaded: fetching and compiling them would share the CPU with the first frame.
    `<meta name="${PAGE_MODULES_META}" content="${escapeAttribute(scripts.map((href) => `/${href}`).join(' '))}" />`,
  ].join('\n    ');
  return template
    .replace(PAGE_TAG, '')
    .replace(/<title>[^<]*<\/title>/, () => head)
    .replace(root, () => `<div id="root">${page.body}</div>`);
}
