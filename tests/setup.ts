import { afterEach } from 'vitest';
import { useAppStore } from '../src/store/appStore';
import { useHoverStore } from '../src/store/hoverStore';

// Every store starts each test as the app starts: Testing Library cleans the DOM, and this resets the stores.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
  useAppStore.setState(useAppStore.getInitialState(), true);
  useHoverStore.setState(useHoverStore.getInitialState(), true);
});
