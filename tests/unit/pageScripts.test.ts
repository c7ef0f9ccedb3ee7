import { describe, expect, it } from 'vitest';
import { pageScripts, type Manifest } from '../../build/pageScripts';

const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', imports: ['_shared.js'], isEntry: true },
  '_shared.js': { file: 'assets/shared.js' },
  '_chart.js': { file: 'assets/chart.js', imports: ['_shared.js'] },
  'src/app/start.tsx': { file: 'assets/start.js', imports: ['_shared.js', '_react.js'] },
  '_react.js': { file: 'assets/react.js' },
  'src/views/matrix/MatrixPage.tsx': { file: 'assets/MatrixPage.js', imports: ['_chart.js', '_react.js', '_shared.js'] },
};

describe('pageScripts', () => {
  it("lists the modules' chunks and what they import, in order, each once, but nothing the entry already loads", () => {
    expect(pageScripts(manifest, ['src/app/start.tsx', 'src/views/matrix/MatrixPage.tsx'])).toEqual([
      'assets/start.js',
      'assets/react.js',
      'assets/MatrixPage.js',
      'assets/chart.js',
    ]);
  });

  it('fails on a module the build does not know, rather than writing a page without its scripts', () => {
    expect(() => pageScripts(manifest, ['src/views/gone/GonePage.tsx'])).toThrow(/no chunk for src\/views\/gone/);
  });
});
