import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex, sha256HexAsync } from '../../src/model/sha256';
import { runs } from '../propertyRuns';

/** node:crypto as the reference: its 'utf8' turns a lone surrogate into U+FFFD, as TextEncoder does. */
const reference = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
/** Any text: astral characters, lone surrogates, and lengths around SHA-256's 64-byte blocks. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.oneof(loneSurrogate, fc.constantFrom('a', 'é', '😀', '\ud83d', '\ude00')) }),
  fc.integer({ min: 50, max: 130 }).map((n) => 'x'.repeat(n)),
);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sha256', () => {
  it('gives the digest of the empty string', async () => {
    const empty = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(sha256Hex('')).toBe(empty);
    expect(await sha256HexAsync('')).toBe(empty);
  });

  it('the synchronous hash and Web Crypto agree with node:crypto on any text, lone surrogates included (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const expected = reference(text);
        expect(sha256Hex(text)).toBe(expected);
        expect(await sha256HexAsync(text)).toBe(expected);
      }),
      { numRuns: runs(300) },
    );
  });

  it('falls back to the synchronous hash where Web Crypto is missing (a page served over plain http)', async () => {
    vi.stubGlobal('crypto', {});
    expect(await sha256HexAsync('a\ud800😀')).toBe(reference('a\ud800😀'));
  });
});
