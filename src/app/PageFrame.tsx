import type { ReactNode } from 'react';
import { AppHeader } from './AppHeader';

/** The skip link, the header with its navigation and dataset switcher, and the main region: every page, error screens included. */
export function PageFrame({ busy = false, footer, children }: { busy?: boolean; footer?: ReactNode; children: ReactNode }) {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1} aria-busy={busy || undefined}>
        {children}
      </main>
      {footer}
    </div>
  );
}
