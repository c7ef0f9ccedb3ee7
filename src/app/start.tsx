import { StrictMode, useEffect, useLayoutEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
// From react-router/dom: it hands ReactDOM.flushSync to the router, which navigations that ask for it need.
import { RouterProvider } from 'react-router/dom';
import { appRoutes } from './appRoutes';
import { viewRoutes } from './routes';
import { startWorkspace } from '../store/workspace';
import { startTheme } from './theme';
import { embedded, routerBase } from './embed';
import { PRERENDERED_META, isPrerenderedFor, metaContent } from './prerendered';
import { loadMatchedViews } from './loadMatchedViews';
// After every module that brings styles of its own, so the app's stylesheet keeps its place in the cascade.
import './theme.css';
import './global.css';
import './print.css';

/**
 * Shows a page the boot script hid (index.html) as soon as React has drawn this address, before any view's
 * effects run (a deep link's focus needs the page visible); then, once every effect has run, marks the page
 * as answering clicks and keys: a prerendered page is on screen before it is.
 */
function Interactive() {
  useLayoutEffect(() => {
    delete document.documentElement.dataset.stale;
  }, []);
  useEffect(() => {
    document.documentElement.dataset.interactive = '';
  }, []);
  return null;
}

/** Draws the app into #root: takes over the prerendered page when it was drawn for this address. */
export async function start(root: HTMLElement) {
  startTheme();
  // An embed shows what its address says, from the built-in dataset: never data saved in this browser.
  if (!embedded) startWorkspace();
  const routes = appRoutes(viewRoutes);
  const { pathname, search } = window.location;
  const basename = routerBase();
  const hydrate = isPrerenderedFor(metaContent(PRERENDERED_META), pathname, search);
  await loadMatchedViews(routes, pathname, basename);
  const app = (
    <StrictMode>
      <RouterProvider router={createBrowserRouter(routes, { basename })} />
      <Interactive />
    </StrictMode>
  );
  if (hydrate) hydrateRoot(root, app);
  else createRoot(root).render(app);
}
