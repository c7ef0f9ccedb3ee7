/** Every route a user can reach, with a URL that shows it filled in; browser tests check each one. */
export const routesToCheck: { name: string; path: string; ready: string }[] = [
  { name: 'overview', path: '/', ready: 'h1' },
  { name: 'matrix', path: '/matrix', ready: '[role="grid"]' },
  { name: 'spending', path: '/spending?mark=uk-defence-2-5-by-2027', ready: '.chart-frame svg' },
  { name: 'minerals', path: '/minerals?term=potential-profits', ready: '.deal-diagram' },
  { name: 'article', path: '/article?datum=position:starmer-us-backstop', ready: 'mark.is-target' },
  { name: 'compare', path: '/compare?actors=keir-starmer,donald-trump', ready: '.compare-table' },
  { name: 'network', path: '/network', ready: '.network__node' },
  { name: 'events', path: '/events', ready: '.timeline-strip svg' },
  { name: 'over-time', path: '/over-time', ready: '.empty-state' },
  { name: 'actor', path: '/actors/keir-starmer', ready: 'h1' },
  { name: 'topic', path: '/topics/us-security-guarantees', ready: 'h1' },
  { name: 'method', path: '/method', ready: '.method-accuracy' },
  { name: 'not-found', path: '/no-such-page', ready: 'h1' },
];
