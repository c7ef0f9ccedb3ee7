import { PAGE_MODULES_META, metaContent } from './prerendered';

/**
 * Starts fetching, all at once, the chunks the page's meta names (the app's and its view's), so the view's
 * do not wait for the app's to arrive and ask for them: one round trip rather than two.
 */
export function preloadPageModules() {
  const names = metaContent(PAGE_MODULES_META) ?? '';
  for (const href of names.split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}
