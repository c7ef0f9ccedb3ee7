import { describe, expect, it } from 'vitest';
import { viewAssets, type Manifest } from '../../build/viewAssets';

const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', css: ['assets/index.css'], imports: ['_shared.js'], isEntry: true },
  '_shared.js': { file: 'assets/shared.js' },
  '_chart.js': { file: 'assets/chart.js', css: ['assets/chart.css'], imports: ['_shared.js'] },
  'src/views/matrix/MatrixPage.tsx': { file: 'assets/MatrixPage.js', css: ['assets/MatrixPage.css'], imports: ['_chart.js', '_shared.js'] },
};

describe('viewAssets', () => {
  it("lists a view's chunk and what it imports, with their styles, but nothing the entry already loads", () => {
    expect(viewAssets(manifest, 'src/views/matrix/MatrixPage.tsx')).toEqual({
      styles: ['assets/MatrixPage.css', 'assets/chart.css'],
      scripts: ['assets/MatrixPage.js', 'assets/chart.js'],
    });
  });

  it('fails on a view the build does not know, rather than writing a page without its styles', () => {
    expect(() => viewAssets(manifest, 'src/views/gone/GonePage.tsx')).toThrow(/no chunk for src\/views\/gone/);
  });
});
