import { useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { AppHeader } from './AppHeader';
import { embedded, fullViewHref } from './embed';
import { useEmbedHeight } from './useEmbedHeight';

/** An embed's closing line: the way back to the view on the site. */
function FullViewLink() {
  const location = useLocation();
  return (
    <p className="embed-footer__link">
      <a href={fullViewHref(window.location.origin, location.pathname, location.search)} target="_blank" rel="noopener">
        See the full view<span className="visually-hidden"> (opens in a new tab)</span>
      </a>{' '}
      on Stance Explorer
    </p>
  );
}

/**
 * The skip link, the header with its navigation and dataset switcher, and the main region: every page,
 * error screens included. In an embed, the header gives way to a link back to the full view, and the
 * frame tells its parent page its height.
 */
export function PageFrame({ busy = false, footer, children }: { busy?: boolean; footer?: ReactNode; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  useEmbedHeight(frame, embedded);
  return (
    <div className={embedded ? 'app app--embed' : 'app'} ref={frame}>
      {!embedded && (
        <a className="skip-link" href="#main">
          Skip to content
        </a>
      )}
      {!embedded && <AppHeader />}
      {/* Named in an embed, so that it stays apart from the host page's own main landmark. */}
      <main id="main" tabIndex={-1} aria-busy={busy || undefined} aria-label={embedded ? 'Stance Explorer chart' : undefined}>
        {children}
      </main>
      {footer}
      {embedded && <FullViewLink />}
    </div>
  );
}
