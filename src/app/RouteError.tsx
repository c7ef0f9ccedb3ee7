import { Link, isRouteErrorResponse, useRouteError } from 'react-router';

/** Shown in place of a view that failed; the rest of the app keeps working. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <section className="route-error" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">This view could not be shown</h1>
      <p>Something went wrong while drawing it. Your data and filters are untouched.</p>
      <pre className="route-error__detail">{message}</pre>
      <p>
        <Link to="/">Back to the overview</Link> · <button type="button" onClick={() => window.location.reload()}>Reload</button>
      </p>
    </section>
  );
}
