/**
 * Resolves once the page on screen has painted its content, or at once when there is nothing to wait
 * for: a page hidden by the boot script (drawn for another address), a tab in the background, or a
 * browser that does not report paints. A prerendered page is readable as it is, and the app's scripts
 * would share the CPU with its first frame; they start after it.
 */
export function afterFirstPaint(giveUpMs = 3000): Promise<void> {
  const stale = 'stale' in document.documentElement.dataset;
  const reportsPaint = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('paint');
  if (stale || document.visibilityState !== 'visible' || !reportsPaint) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    const timer = setTimeout(done, giveUpMs);
    observer.observe({ type: 'paint', buffered: true });
  });
}
