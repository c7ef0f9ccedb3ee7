import type { KeyboardEvent } from 'react';

/** What the review queue's keys do; each returns nothing and is called at most once per key press. */
export interface QueueKeyActions {
  next: () => void;
  previous: () => void;
  accept: () => void;
  reject: () => void;
  undo: () => void;
  acceptAllShown: () => void;
}

/** The keys, as the legend shows them and as `aria-keyshortcuts` names them. */
export const queueKeys = [
  { keys: ['j', '↓'], aria: 'J ArrowDown', does: 'next' },
  { keys: ['k', '↑'], aria: 'K ArrowUp', does: 'previous' },
  { keys: ['a', 'Enter'], aria: 'A Enter', does: 'accept' },
  { keys: ['x', 'Delete'], aria: 'X Delete', does: 'reject' },
  { keys: ['u'], aria: 'U', does: 'undo' },
  { keys: ['Shift', 'A'], aria: 'Shift+A', does: 'accept all shown' },
] as const;

/** Fields where a key press is typing, never a command. */
const isTyping = (target: HTMLElement) => target.isContentEditable || target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;

/**
 * Handles a keydown in the queue's region. Keys with Ctrl, Alt or Meta are left to the browser, keys in
 * a field are typing, and Enter on a button or link presses that button or link.
 */
export function handleQueueKey(event: KeyboardEvent<HTMLElement>, actions: QueueKeyActions) {
  const target = event.target as HTMLElement;
  if (event.ctrlKey || event.metaKey || event.altKey || isTyping(target)) return;
  const onControl = target.closest('button, a[href], summary') !== null;
  const act: Record<string, (() => void) | undefined> = {
    j: actions.next,
    ArrowDown: actions.next,
    k: actions.previous,
    ArrowUp: actions.previous,
    a: actions.accept,
    A: event.shiftKey ? actions.acceptAllShown : undefined,
    Enter: onControl ? undefined : actions.accept,
    x: actions.reject,
    Delete: actions.reject,
    u: actions.undo,
  };
  const action = act[event.key];
  if (!action) return;
  event.preventDefault();
  action();
}
