/**
 * A static host for browser tests and the bench, serving a built site the way Cloudflare Pages does:
 * /matrix is dist/matrix.html if there is one, else dist/matrix/index.html, else the file itself, else
 * dist/index.html (the app routes it); text is gzip-compressed when the request accepts it; and
 * public/_headers applies: every rule whose path pattern matches adds its headers, and a "! Name" line
 * detaches one an earlier rule added. Extra pages can be given by path.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

interface HeaderRule {
  pattern: RegExp;
  detach: string[];
  attach: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), detach: [], attach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`a header before any path: ${line}`);
    const detach = /^\s*!\s*(\S+)/.exec(line);
    if (detach) rule.detach.push(detach[1]!.toLowerCase());
    else {
      const at = line.indexOf(':');
      rule.attach.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** The headers the rules give a path. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.attach) headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return headers;
}

/** The file (relative to the site's root) a request path is answered with; `isFile` says which exist. */
export function fileForPath(path: string, isFile: (file: string) => boolean): string {
  const bare = path.replace(/^\/+|\/+$/g, '');
  const candidates = bare ? [`${bare}.html`, `${bare}/index.html`, bare] : ['index.html'];
  return candidates.find(isFile) ?? 'index.html';
}

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};
const BINARY_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff2': 'font/woff2' };

export function contentTypeOf(file: string): { type: string; text: boolean } {
  const ext = extname(file);
  if (TEXT_TYPES[ext]) return { type: TEXT_TYPES[ext], text: true };
  return { type: BINARY_TYPES[ext] ?? 'application/octet-stream', text: false };
}

/** Whether an Accept-Encoding header admits gzip (not refused with q=0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find((v) => v !== undefined);
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q) > 0);
  });
}

export async function serveStaticHost(
  extraPages: Record<string, string> = {},
  root = process.env.DIST_DIR ?? 'dist',
): Promise<{ url: string; close: () => Promise<void> }> {
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const top = resolve(root);
  const isFile = (file: string) => {
    const full = normalize(join(top, file));
    return full.startsWith(top + sep) && existsSync(full) && statSync(full).isFile();
  };
  // Each file is compressed once per version: a rebuild while the host runs must not serve stale pages.
  const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    if (extraPages[path] !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(extraPages[path]);
      return;
    }
    const file = fileForPath(path, isFile);
    const { type, text } = contentTypeOf(file);
    const headers: Record<string, string> = { 'content-type': type, ...Object.fromEntries(headersFor(rules, path)) };
    let body: Buffer = readFileSync(join(top, file));
    if (text) {
      headers.vary = 'Accept-Encoding';
      if (acceptsGzip(request.headers['accept-encoding'])) {
        const { mtimeMs } = statSync(join(top, file));
        if (gzipped.get(file)?.mtimeMs !== mtimeMs) gzipped.set(file, { mtimeMs, body: gzipSync(body) });
        body = gzipped.get(file)!.body;
        headers['content-encoding'] = 'gzip';
      }
    }
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}
