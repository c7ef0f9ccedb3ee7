import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { datasetAlias } from './bench/datasetAlias.ts';

export default defineConfig({
  // datasetAlias is inert unless STANCE_DATASET names a dataset (bench and hostile-input test builds only).
  plugins: [react(), datasetAlias()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
