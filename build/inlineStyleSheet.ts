import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g;
const STYLE_SRC = /style-src 'self'/g;

/** The policy source that allows exactly this inline script or style (CSP level 2 hashes). */
export const cspHashSource = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The built index.html with the app's one stylesheet carried inline, so that no page waits on a request
 * before its first paint (on a slow mobile link that is a whole round trip). The policy allows that style
 * by its hash and no other, in the page's meta and in the host's headers alike (dist/_headers).
 */
export function inlineStyleSheet(outDir: string, template: string): string {
  const links = [...template.matchAll(STYLESHEET_LINK)];
  if (links.length !== 1) throw new Error(`index.html should link one stylesheet (vite.config.ts: cssCodeSplit false), not ${links.length}`);
  const [link, file] = [links[0]![0], links[0]![1]!];
  const css = readFileSync(join(outDir, file), 'utf8');
  if (/<\/style/i.test(css)) throw new Error(`${file} holds "</style", which would end the inline style early`);
  rmSync(join(outDir, file));
  const allowed = `style-src 'self' ${cspHashSource(css)}`;
  const headersFile = join(outDir, '_headers');
  const headers = readFileSync(headersFile, 'utf8');
  if (!headers.includes("style-src 'self'") || !template.includes("style-src 'self'")) throw new Error("The policies in index.html and public/_headers should have \"style-src 'self'\"");
  writeFileSync(headersFile, headers.replace(STYLE_SRC, allowed));
  return template.replace(link, () => `<style>${css}</style>`).replace(STYLE_SRC, allowed);
}
