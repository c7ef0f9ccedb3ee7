/**
 * Closes a detail panel and gives focus back to what opened it: `selector` finds that element once the
 * view has redrawn without the panel (nothing is focused if it is gone, e.g. filtered out).
 */
export function closePanelAndRefocus(close: () => void, selector: string): void {
  close();
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}
