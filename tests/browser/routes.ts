/** Every route a user can reach, with a URL that shows it filled in; browser tests check each one. */
export const routesToCheck: { name: string; path: string; ready: string }[] = [
  { name: 'overview', path: '/', ready: 'h1' },
  { name: 'matrix', path: '/matrix', ready: '[role="grid"]' },
  { name: 'spending', path: '/spending?mark=uk-defence-2-5-by-2027', ready: '.chart-frame svg' },
  { name: 'minerals', path: '/minerals?term=potential-profits', ready: '.deal-diagram' },
  { name: 'not-found', path: '/no-such-page', ready: 'h1' },
];
