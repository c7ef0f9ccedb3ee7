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

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
startTheme();
startWorkspace();
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
