import { Suspense } from 'react';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { viewRoutes } from './routes';
import { useDatasetIndex } from '../data/useDatasetIndex';
import { WorkspaceNotice } from './WorkspaceNotice';

export function Layout() {
  const navigation = useNavigation();
  const { dataset } = useDatasetIndex();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand" end>
          Stance Explorer
        </NavLink>
        <nav aria-label="Views">
          <ul className="app-nav">
            <li>
              <NavLink to="/" end>
                Overview
              </NavLink>
            </li>
            {viewRoutes
              .filter((route) => route.inNav)
              .map((route) => (
                <li key={route.path}>
                  <NavLink to={`/${route.path}`}>{route.label}</NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <p className="app-header__dataset">
          <span className="app-header__dataset-label">Dataset:</span> {dataset.title}
        </p>
      </header>
      <main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        {navigation.state === 'loading' && (
          <p className="loading" role="status">
            Loading view…
          </p>
        )}
        <WorkspaceNotice />
        <Suspense fallback={<p className="loading" role="status">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        Every datum links to the exact words of its source. Source: {dataset.sources.map((s) => `${s.title}, ${s.publisher}`).join('; ')}
      </footer>
    </div>
  );
}
