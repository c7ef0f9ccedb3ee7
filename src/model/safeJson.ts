/**
 * Parses JSON a user brings (a file, a paste) without trusting it: a size limit before any parsing,
 * a nesting limit checked by a linear scan (so a deeply nested file cannot exhaust the stack), and
 * keys that could reach an object's prototype (`__proto__`, `constructor`, `prototype`) dropped
 * wherever they appear, with their paths reported. Zod-free, so it can run anywhere.
 */

/** The largest file accepted by default: 5 MB, far above any article dataset. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** The deepest nesting accepted by default; a dataset needs about 6. */
export const DEFAULT_MAX_DEPTH = 64;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface SafeJsonOptions {
  /** Largest input in UTF-8 bytes; default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
  /** Deepest nesting of arrays and objects; default {@link DEFAULT_MAX_DEPTH}. */
  maxDepth?: number;
}

export type SafeJsonResult =
  | { ok: true; value: unknown; /** JSON paths of keys that were dropped. */ dropped: string[] }
  | { ok: false; message: string };

const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${bytes} bytes`;

/** UTF-8 length, stopping early once past `limit` so a huge string costs no more than the limit. */
function utf8Length(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The message for an input that is too large; also used before reading a file at all. */
export const tooLargeMessage = (bytes: number, maxBytes = DEFAULT_MAX_BYTES) =>
  `The file is too large (${formatBytes(bytes)}; the limit is ${formatBytes(maxBytes)}). A dataset for one article is far smaller: is this the right file?`;

/** The deepest nesting in a JSON text, ignoring brackets inside strings; stops once past `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

/** JSON.parse with a size limit, a depth limit and no prototype-reaching keys. Never throws. */
export function parseJsonSafely(text: string, options: SafeJsonOptions = {}): SafeJsonResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (typeof text !== 'string') return { ok: false, message: 'Expected text to parse as JSON.' };
  const bytes = utf8Length(text, maxBytes);
  if (bytes > maxBytes) return { ok: false, message: tooLargeMessage(bytes, maxBytes) };
  if (!text.trim()) return { ok: false, message: 'The file is empty.' };
  if (nestingDepth(text, maxDepth) > maxDepth)
    return { ok: false, message: `The JSON is nested more than ${maxDepth} levels deep, which no dataset needs.` };

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `This is not valid JSON: ${(error as Error).message}` };
  }
  const dropped: string[] = [];
  return { ok: true, value: clean(raw, '', dropped), dropped };
}

/**
 * Rebuilds parsed JSON as plain data. JSON.parse itself defines `__proto__` as an own key rather than
 * setting the prototype, but any later spread or merge of such an object would, so such keys go here.
 */
function clean(value: unknown, path: string, dropped: string[]): unknown {
  if (Array.isArray(value)) return value.map((item, i) => clean(item, `${path}[${i}]`, dropped));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) {
      dropped.push(at);
      continue;
    }
    out[key] = clean((value as Record<string, unknown>)[key], at, dropped);
  }
  return out;
}
