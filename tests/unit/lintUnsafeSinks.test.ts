import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The messages of the rule that keeps data text from becoming markup or code, for one snippet. */
async function sinkErrors(code: string, filePath = 'src/views/example/Example.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('lint: no way from data to markup or code', () => {
  const forbidden: [string, string, RegExp][] = [
    ['dangerouslySetInnerHTML', 'export const A = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: s }} />;', /dangerouslySetInnerHTML/],
    ['innerHTML', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }', /innerHTML/],
    ['outerHTML', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }', /outerHTML/],
    ['reading innerHTML', 'export const f = (el: HTMLElement) => el.innerHTML;', /innerHTML/],
    ['insertAdjacentHTML', "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }", /insertAdjacentHTML/],
    ["D3's .html()", "export function f(sel: { html: (s: string) => void }, s: string) { sel.html(s); }", /\.html\(\)/],
    ['eval', 'export const f = (s: string) => eval(s);', /eval/],
    ['new Function', "export const f = (s: string) => new Function('x', s);", /new Function/],
  ];
  for (const [name, code, message] of forbidden)
    it(`reports ${name}`, async () => {
      const errors = await sinkErrors(code);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
    });

  it('applies to plain .ts modules too', async () => {
    expect(await sinkErrors('export function f(el: HTMLElement, s: string) { el.innerHTML = s; }', 'src/model/example.ts')).toHaveLength(1);
  });

  it('lets data in as text', async () => {
    const safe = [
      'export const A = ({ s }: { s: string }) => <p title={s}>{s}</p>;',
      'export function f(el: HTMLElement, s: string) { el.textContent = s; }',
      "export function g(sel: { text: (s: string) => void }, s: string) { sel.text(s); }",
    ].join('\n');
    expect(await sinkErrors(safe)).toEqual([]);
  });
});
