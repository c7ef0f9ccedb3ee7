/** The actor page's URL: it keeps no query state, only the actor in its path and, optionally, a datum's anchor on the page. */
export const actorHref = (id: string, anchor?: string) => `/actors/${encodeURIComponent(id)}${anchor ? `#${anchor}` : ''}`;
