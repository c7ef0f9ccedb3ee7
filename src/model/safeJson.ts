/**
 * Parses JSON a user brings (a file, a paste) without trusting it: a size limit before any parsing,
 * a nesting limit checked by an iterative walk (so a deeply nested file cannot exhaust the stack), and
 * keys that could reach an object's prototype (`__proto__`, `constructor`, `prototype`) dropped
 * wherever they appear, with their paths reported. Zod-free, so it can run anywhere.
 *
 * Hand-written rather than secure-json-parse: that library has no depth limit, does not say where a key
 * was, and lets a `prototype` key through (and a `constructor` key unless it holds a `prototype`). The walk
 * the depth limit needs anyway finds all three keys, so the library would only add a pass of its own.
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
  // Every UTF-16 unit is at least one byte and at most three, so most texts need no count at all.
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
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

const tooDeepMessage = (maxDepth: number) => `The JSON is nested more than ${maxDepth} levels deep, which no dataset needs.`;

/** JSON.parse with a size limit, a depth limit and no prototype-reaching keys. Never throws. */
export function parseJsonSafely(text: string, options: SafeJsonOptions = {}): SafeJsonResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (typeof text !== 'string') return { ok: false, message: 'Expected text to parse as JSON.' };
  const bytes = utf8Length(text, maxBytes);
  if (bytes > maxBytes) return { ok: false, message: tooLargeMessage(bytes, maxBytes) };
  if (!text.trim()) return { ok: false, message: 'The file is empty.' };

  let value: unknown;
  try {
    // Native and iterative in the engines we support, so deep nesting is measured after it, not before.
    value = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, message: tooDeepMessage(maxDepth) };
    return { ok: false, message: `This is not valid JSON: ${(error as Error).message}` };
  }
  const shape = scan(value, maxDepth);
  if (shape === 'too-deep') return { ok: false, message: tooDeepMessage(maxDepth) };
  const dropped: string[] = [];
  if (shape === 'forbidden-keys') dropKeys(value, dropped);
  return { ok: true, value, dropped };
}

/**
 * One iterative walk over freshly parsed JSON (no stack to exhaust), in no particular order: is it
 * nested too deep, and does it hold a prototype-reaching key anywhere? It works on the parsed value, not
 * the raw text, so escaped key names (`"\u005f_proto__"`) and brackets inside strings need no special care.
 */
function scan(root: unknown, maxDepth: number): 'ok' | 'too-deep' | 'forbidden-keys' {
  const values: unknown[] = [root];
  const depths: number[] = [1];
  let forbidden = false;
  while (values.length) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > maxDepth) return 'too-deep';
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') {
          values.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    for (const key in value) {
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') {
        values.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return forbidden ? 'forbidden-keys' : 'ok';
}

/**
 * Deletes prototype-reaching keys wherever they are, their paths in `dropped` in document order; run
 * only when {@link scan} found one, as it also keeps every container's place. JSON.parse itself defines
 * `__proto__` as an own key rather than setting the prototype, but any later spread or merge of such an
 * object would.
 */
function dropKeys(root: unknown, dropped: string[]) {
  const values: unknown[] = [root];
  const nodes: number[] = [0];
  // Parent and key of every container seen, by node number, to spell out a path when a key is dropped.
  const parents: number[] = [-1];
  const keys: (string | number)[] = [''];
  const pathOf = (node: number, key: string) => {
    const chain: (string | number)[] = [key];
    for (let n = node; parents[n]! >= 0; n = parents[n]!) chain.push(keys[n]!);
    return chain.reduceRight<string>((path, k) => (typeof k === 'number' ? `${path}[${k}]` : path ? `${path}.${k}` : k), '');
  };
  const visit = (value: unknown, parent: number, key: string | number) => {
    if (value === null || typeof value !== 'object') return;
    values.push(value);
    nodes.push(parents.length);
    parents.push(parent);
    keys.push(key);
  };
  while (values.length) {
    const value = values.pop();
    const node = nodes.pop()!;
    // Children go on the stack last first, so they come off it in document order.
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) visit(value[i], node, i);
      continue;
    }
    const record = value as Record<string, unknown>;
    const names = Object.keys(record);
    let found: string[] | undefined;
    for (let i = names.length - 1; i >= 0; i--) {
      const name = names[i]!;
      if (FORBIDDEN_KEYS.has(name)) {
        (found ??= []).push(pathOf(node, name));
        delete record[name];
      } else visit(record[name], node, name);
    }
    if (found) dropped.push(...found.reverse());
  }
}
