import { StrictMode, useEffect, useLayoutEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
// From react-router/dom: it hands ReactDOM.flushSync to the router, which navigations that ask for it need.
import { RouterProvider } from 'react-router/dom';
import { appRoutes } from './app/appRoutes';
import { viewRoutes } from './app/routes';
import './app/theme.css';
import './app/global.css';
import './app/print.css';
import { startWorkspace } from './store/workspace';
import { startTheme } from './app/theme';
import { embedded, routerBase } from './app/embed';
import { PRERENDERED_META, isPrerenderedFor } from './app/prerendered';
import { loadMatchedViews } from './app/loadMatchedViews';

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

// No top-level await: a lazy view's chunk imports this entry's modules, which would wait on each other.
async function start(root: HTMLElement) {
  startTheme();
  // An embed shows what its address says, from the built-in dataset: never data saved in this browser.
  if (!embedded) startWorkspace();
  const routes = appRoutes(viewRoutes);
  const { pathname, search } = window.location;
  const basename = routerBase();
  const hydrate = isPrerenderedFor(document.querySelector(`meta[name="${PRERENDERED_META}"]`)?.getAttribute('content'), pathname, search);
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

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void start(root);
