/**
 * SHA-256 of a string's UTF-8 bytes, as TextEncoder gives them (a lone surrogate becomes U+FFFD, as
 * node:crypto's 'utf8' makes it too), so the extractor, the importer and the CLI give the same
 * `sources[].sha256` in Node, the browser and a Web Worker. Two ways to the same digest:
 * - sha256Hex: synchronous, by @noble/hashes, for code that cannot wait (the extractor);
 * - sha256HexAsync: Web Crypto where it exists, faster on a long text (the importer).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** The UTF-8 bytes of a text, written into a buffer of the most it can need (3 per UTF-16 unit): quicker than encode(). */
function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length * 3);
  const { written } = new TextEncoder().encodeInto(text, bytes);
  return bytes.subarray(0, written);
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8Bytes(text)));
}

/**
 * The same digest as {@link sha256Hex}, by Web Crypto where the page has it (secure contexts: https,
 * localhost and 127.0.0.1; Node 20) and by sha256Hex where it does not (a LAN address over plain http).
 */
export async function sha256HexAsync(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256Hex(text);
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', utf8Bytes(text))));
}
