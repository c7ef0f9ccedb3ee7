import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** The CSP meta in index.html guards the built app; Vite's dev server needs inline scripts and styles for hot reload. */
const cspOnlyInBuild: Plugin = {
  name: 'csp-only-in-build',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

export default defineConfig({
  plugins: [react(), cspOnlyInBuild],
  // One stylesheet for the whole app, which every built page carries inline (build/pageHtml.ts): a page is
  // styled by its first paint, with no request for its styles.
  build: { target: 'es2022', sourcemap: false, cssCodeSplit: false },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Timeouts catch hangs, not slowness: on a busy 2-core machine a jsdom render or an ESLint start
    // can take several seconds. Speed is judged by `npm run bench`, not by tests.
    testTimeout: 30_000,
  },
});
