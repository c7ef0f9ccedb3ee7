import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspHashSource } from '../../build/inlineStyleSheet';

const html = readFileSync('index.html', 'utf8');
const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

describe('the boot script in index.html', () => {
  it('is the only inline script, and both policies allow it by its hash', () => {
    expect(inline).toHaveLength(1);
    const policies = [html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!, ...readFileSync('public/_headers', 'utf8').match(/Content-Security-Policy: .*/g)!];
    expect(policies).toHaveLength(3);
    for (const policy of policies) expect(policy).toMatch(new RegExp(`script-src 'self' ${cspHashSource(inline[0]!).replace(/[+/]/g, '\\$&')};`));
  });

  it('reads the theme the app remembers, and the mark a prerendered page carries', async () => {
    const { PRERENDERED_META } = await import('../../src/app/prerendered');
    expect(inline[0]).toContain(`meta[name="${PRERENDERED_META}"]`);
    expect(inline[0]).toContain("'stance-explorer:theme'");
  });
});
