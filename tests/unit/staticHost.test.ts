import { describe, expect, it } from 'vitest';
import { acceptsGzip, contentTypeOf, fileForPath } from '../browser/staticHost';

describe('the static host answers a path as Cloudflare Pages does', () => {
  const site = new Set(['index.html', 'matrix.html', 'method/index.html', 'assets/app.js', 'bench/plain.html']);
  const isFile = (file: string) => site.has(file);

  it('serves a prerendered page for its route, with or without a trailing slash', () => {
    expect(fileForPath('/', isFile)).toBe('index.html');
    expect(fileForPath('/matrix', isFile)).toBe('matrix.html');
    expect(fileForPath('/matrix/', isFile)).toBe('matrix.html');
  });

  it('serves a folder’s index.html, then the file itself', () => {
    expect(fileForPath('/method', isFile)).toBe('method/index.html');
    expect(fileForPath('/assets/app.js', isFile)).toBe('assets/app.js');
    expect(fileForPath('/bench/plain.html', isFile)).toBe('bench/plain.html');
  });

  it('falls back to index.html for any other path, so the app routes it', () => {
    expect(fileForPath('/spending', isFile)).toBe('index.html');
    expect(fileForPath('/actors/keir-starmer', isFile)).toBe('index.html');
  });

  it('compresses text only, and only when the request accepts gzip', () => {
    expect(contentTypeOf('index.html')).toEqual({ type: 'text/html; charset=utf-8', text: true });
    expect(contentTypeOf('assets/app.js')).toEqual({ type: 'text/javascript; charset=utf-8', text: true });
    expect(contentTypeOf('screenshot.png')).toEqual({ type: 'image/png', text: false });
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
