/** The meta tag a prerendered page carries, naming the address it was drawn for. */
export const PRERENDERED_META = 'stance-prerendered';

/** The meta tag listing the script chunks a prerendered page's app and view need, space-separated. */
export const PAGE_MODULES_META = 'stance-modules';

/** What the page's meta tag of this name says, if it has one. */
export const metaContent = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;

/**
 * Whether the page the host served was drawn for this address, so the browser may take it over as it
 * is: the same path, and no state in the query but the theme (which only styles it). A static host
 * serves the overview's page for any address it has no file for.
 */
export function isPrerenderedFor(drawnFor: string | null | undefined, pathname: string, search: string): boolean {
  if (drawnFor == null || drawnFor !== pathname) return false;
  const params = new URLSearchParams(search);
  params.delete('theme');
  return params.size === 0;
}
