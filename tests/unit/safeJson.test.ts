import { describe, expect, it } from 'vitest';
import { parseJsonSafely } from '../../src/model/safeJson';

describe('parseJsonSafely', () => {
  it('parses ordinary JSON', () => {
    expect(parseJsonSafely('{"a":[1,{"b":"c"}]}')).toEqual({ ok: true, value: { a: [1, { b: 'c' }] }, dropped: [] });
  });

  it('refuses input over the size limit with a message that gives both sizes', () => {
    const result = parseJsonSafely(`"${'x'.repeat(3000)}"`, { maxBytes: 2048 });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/too large \(3 KB; the limit is 2 KB\)/) });
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    expect(parseJsonSafely(`"${'é'.repeat(600)}"`, { maxBytes: 1000 }).ok).toBe(false);
    expect(parseJsonSafely(`"${'e'.repeat(600)}"`, { maxBytes: 1000 }).ok).toBe(true);
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(parseJsonSafely(deep, { maxBytes: 1e7 })).toEqual({ ok: false, message: expect.stringMatching(/nested more than 64 levels/) });
    expect(parseJsonSafely('[[[1]]]', { maxDepth: 3 }).ok).toBe(true);
  });

  it('ignores brackets inside strings when measuring depth', () => {
    expect(parseJsonSafely(JSON.stringify({ text: '[[[[[[[[[[' }), { maxDepth: 1 }).ok).toBe(true);
  });

  it('drops __proto__, constructor and prototype keys at any depth, says where, and pollutes nothing', () => {
    const result = parseJsonSafely('{"__proto__":{"polluted":1},"a":{"constructor":{"prototype":{"x":1}},"ok":2},"list":[{"prototype":0}]}');
    expect(result).toEqual({ ok: true, value: { a: { ok: 2 }, list: [{}] }, dropped: ['__proto__', 'a.constructor', 'list[0].prototype'] });
    const merged = Object.assign({}, result.ok ? result.value : {});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });

  it('says what is wrong with text that is not JSON, or empty', () => {
    expect(parseJsonSafely('{"a":')).toEqual({ ok: false, message: expect.stringMatching(/^This is not valid JSON/) });
    expect(parseJsonSafely('   ')).toEqual({ ok: false, message: 'The file is empty.' });
  });
});
