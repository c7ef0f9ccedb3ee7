import { Link, isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { DataText } from '../components/DataText';
import { useAppStore } from '../store/appStore';
import { PageFrame } from './PageFrame';

/** What went wrong, in words, and the technical detail for a bug report. */
function describe(error: unknown): { what: string; detail: string } {
  if (isRouteErrorResponse(error))
    return { what: error.status === 404 ? 'There is no page at this address.' : 'The page could not be loaded.', detail: `${error.status} ${error.statusText}` };
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && /dynamically imported module|Importing a module script failed|Loading chunk/i.test(detail))
    return { what: 'Part of the app could not be loaded: the connection may have dropped, or a new version was published. Reloading usually helps.', detail };
  return { what: 'Something in the data on show is not what this view expects, so it stopped drawing rather than show something wrong.', detail };
}

/**
 * Shown in place of a view that failed. It offers a way out that does not depend on the data that
 * failed: the built-in dataset, or /data to switch, fix or remove the dataset.
 */
export function RouteError() {
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  const activeTitle = useAppStore((s) => {
    const title: unknown = s.activeId ? s.datasets[s.activeId]?.dataset?.title : undefined;
    return s.activeId ? (typeof title === 'string' ? title : s.activeId) : null;
  });
  const setActive = useAppStore((s) => s.setActive);
  const { what, detail } = describe(error);
  // Navigating to the same address again clears the router's error, so the view is drawn anew.
  const retry = () => navigate(location, { replace: true });
  return (
    <section className="route-error" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">This view could not be shown</h1>
      <p>{what}</p>
      {activeTitle !== null && (
        <p>
          The dataset on show is “<DataText text={activeTitle} />”. It is still saved in this browser, unchanged.
        </p>
      )}
      <div className="route-error__ways">
        {activeTitle !== null ? (
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              setActive(null);
              retry();
            }}
          >
            Show the built-in dataset
          </button>
        ) : (
          <button type="button" className="button-primary" onClick={retry}>
            Try again
          </button>
        )}
        <Link to="/data">Go to your data</Link>
      </div>
      <details className="route-error__details">
        <summary>Technical detail</summary>
        <pre className="route-error__detail">{detail}</pre>
      </details>
    </section>
  );
}

/** The error screen for a failure of the page frame itself: the header and navigation are drawn here. */
export function RootError() {
  return (
    <PageFrame>
      <RouteError />
    </PageFrame>
  );
}
