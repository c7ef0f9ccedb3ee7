import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { DatasetIndex } from '../model/indexDataset';
import { readableQuery } from '../url/params';
import { headTags, pageMeta, type PageMetaOptions } from './routeMeta';

/** The one element of the head that `selector` finds, made when index.html has none. */
function headElement(selector: string, make: () => HTMLElement): HTMLElement {
  const found = document.head.querySelector<HTMLElement>(selector);
  if (found) return found;
  const element = make();
  document.head.append(element);
  return element;
}

function setMeta(attribute: 'name' | 'property', key: string, content: string) {
  headElement(`meta[${attribute}="${key}"]`, () => {
    const meta = document.createElement('meta');
    meta.setAttribute(attribute, key);
    return meta;
  }).setAttribute('content', content);
}

/** The address a page is known by: the full view (never its embed), with its state but not the theme. */
export function canonicalHref(origin: string, path: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('embed');
  params.delete('theme');
  const query = readableQuery(params);
  return `${origin}${path}${query ? `?${query}` : ''}`;
}

/** Tags only some pages carry (the card image): a page without them must not keep the last page's. */
const OPTIONAL_TAGS = ['meta[property="og:image"]', 'meta[name="twitter:image"]'];

/** Keeps the title, description, canonical link and link-preview tags in step with the page on show. */
export function useDocumentMeta(index: DatasetIndex | null, { builtin }: PageMetaOptions) {
  const { pathname, search } = useLocation();
  useEffect(() => {
    const meta = pageMeta(pathname, index, { builtin });
    document.title = meta.title;
    for (const selector of OPTIONAL_TAGS) document.head.querySelector(selector)?.remove();
    for (const tag of headTags(meta, canonicalHref(window.location.origin, pathname, search))) {
      if (tag.kind === 'meta') setMeta(tag.attribute, tag.key, tag.content);
      else
        headElement('link[rel="canonical"]', () => {
          const link = document.createElement('link');
          link.rel = 'canonical';
          return link;
        }).setAttribute('href', tag.href);
    }
  }, [pathname, search, index, builtin]);
}
