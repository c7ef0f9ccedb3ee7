import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { viewRoutes } from './routes';
import { OverviewPage } from '../views/overview/OverviewPage';

export const router = createBrowserRouter([
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      // Each view has its own boundary, so a view that throws leaves the header and navigation working.
      { index: true, Component: OverviewPage, ErrorBoundary: RouteError },
      ...viewRoutes.map((route) => ({
        path: route.path,
        ErrorBoundary: RouteError,
        lazy: async () => ({ Component: (await route.load()).default }),
      })),
      { path: '*', Component: NotFound },
    ],
  },
]);
