import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RootError, RouteError } from './RouteError';
import type { ViewRoute } from './routes';
import { OverviewPage } from '../views/overview/OverviewPage';

/** The app's route tree for a list of views; tests build it with a view that throws. */
export const appRoutes = (views: ViewRoute[]): RouteObject[] => [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RootError,
    children: [
      // Each view has its own boundary, so a view that throws leaves the header and navigation working.
      { index: true, Component: OverviewPage, ErrorBoundary: RouteError },
      ...views.map((route) => ({
        path: route.path,
        ErrorBoundary: RouteError,
        lazy: async () => ({ Component: (await route.load()).default }),
      })),
      { path: '*', Component: NotFound },
    ],
  },
];
