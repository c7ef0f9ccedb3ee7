/** Every route a user can reach, with a URL that shows it filled in; browser tests check each one. */
export const routesToCheck: { name: string; path: string; ready: string }[] = [
  { name: 'overview', path: '/', ready: 'h1' },
  { name: 'matrix', path: '/matrix', ready: '[role="grid"]' },
  { name: 'not-found', path: '/no-such-page', ready: 'h1' },
];
