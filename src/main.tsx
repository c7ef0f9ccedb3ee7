import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// From react-router/dom: it hands ReactDOM.flushSync to the router, which navigations that ask for it need.
import { RouterProvider } from 'react-router/dom';
import { router } from './app/router';
import './app/theme.css';
import './app/global.css';
import './app/print.css';
import { startWorkspace } from './store/workspace';
import { startTheme } from './app/theme';
import { embedded } from './app/embed';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
startTheme();
// An embed shows what its address says, from the built-in dataset: never data saved in this browser.
if (!embedded) startWorkspace();
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
