/** The topic page's URL: it keeps no query state, only the topic in its path. */
export const topicHref = (id: string) => `/topics/${encodeURIComponent(id)}`;
