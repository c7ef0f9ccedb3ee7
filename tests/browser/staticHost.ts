/**
 * A static host for browser tests that applies public/_headers the way Cloudflare Pages reads it: every
 * rule whose path pattern matches adds its headers, and a "! Name" line detaches one an earlier rule
 * added. It serves the built app (index.html for any path without a file) and extra pages given by path.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

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

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

export async function serveStaticHost(extraPages: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const root = process.env.DIST_DIR ?? 'dist';
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    if (extraPages[path] !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html' }).end(extraPages[path]);
      return;
    }
    const file = normalize(join(root, path));
    const found = file.startsWith(normalize(root)) && existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(found)] ?? 'application/octet-stream', ...Object.fromEntries(headersFor(rules, path)) });
    response.end(readFileSync(found));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
