import { describe, expect, test } from 'vitest';
import { embedCode, embedHref, fullViewHref, isEmbedAddress } from '../../src/app/embed';
import { headTags, pageMeta } from '../../src/app/routeMeta';
import { chosenTheme } from '../../src/app/theme';
import { canonicalHref } from '../../src/app/useDocumentMeta';
import { harbourIndex } from '../fixtures/harbourCompact';

const ORIGIN = 'https://stance.example';

describe('theme', () => {
  test('?theme= wins over the stored choice; nothing valid follows the system', () => {
    expect(chosenTheme('?theme=dark', 'light')).toBe('dark');
    expect(chosenTheme('?theme=light&x=1', 'dark')).toBe('light');
    expect(chosenTheme('', 'dark')).toBe('dark');
    expect(chosenTheme('?theme=purple', 'sepia')).toBeNull();
  });
});

describe('embeds', () => {
  test('an address under /embed/ or with embed=1 is an embed', () => {
    expect(isEmbedAddress('/embed/matrix', '')).toBe(true);
    expect(isEmbedAddress('/embed/', '')).toBe(true);
    expect(isEmbedAddress('/matrix', '?embed=1')).toBe(true);
    expect(isEmbedAddress('/embedded', '')).toBe(false);
    expect(isEmbedAddress('/matrix', '?embed=0')).toBe(false);
  });

  test('a view and its embed link to each other with the same state', () => {
    expect(embedHref(ORIGIN, '/matrix', '?topics=a,b&embed=1')).toBe(`${ORIGIN}/embed/matrix?topics=a,b`);
    expect(embedHref(ORIGIN, '/', '')).toBe(`${ORIGIN}/embed/`);
    expect(fullViewHref(ORIGIN, '/spending', '?embed=1&mark=x')).toBe(`${ORIGIN}/spending?mark=x`);
  });

  test('the embed code is a titled frame and a script that takes heights only from the embed’s origin', () => {
    const code = embedCode(`${ORIGIN}/embed/matrix?actors=a,b`, 'Who stands where: “A” & <B>');
    expect(code).toContain(`<iframe src="${ORIGIN}/embed/matrix?actors=a,b" title="Who stands where: “A” &amp; &lt;B>"`);
    expect(code).toContain(`event.origin !== "${ORIGIN}"`);
    expect(code).toContain('"stance-explorer:height"');
  });
});

describe('page meta', () => {
  const index = harbourIndex();
  const OWN = { builtin: false };
  test('each view has its own title and description, naming the dataset on show', () => {
    const matrix = pageMeta('/matrix', index, OWN);
    expect(matrix.title).toBe('Positions | The Baltic harbour compact | Stance Explorer');
    expect(matrix.description).toMatch(/position on every topic.*From “The Baltic harbour compact”\.$/);
    expect(pageMeta('/spending', index, OWN).description).not.toBe(matrix.description);
    expect(pageMeta('/', index, OWN).title).toBe('The Baltic harbour compact | Stance Explorer');
  });

  test('an actor or topic page is titled with its name; an unknown address says so', () => {
    expect(pageMeta('/actors/liis-tamm', index, OWN).title).toBe('Liis Tamm | The Baltic harbour compact | Stance Explorer');
    const topic = index.topics.values().next().value!;
    expect(pageMeta(`/topics/${topic.id}`, index, OWN).title.startsWith(`${topic.label} | `)).toBe(true);
    expect(pageMeta('/nowhere', index, OWN).title).toBe('No such page | Stance Explorer');
  });

  test('the overview, matrix, figures and deal terms show their card only while the built-in dataset is on show', () => {
    const BUILTIN = { builtin: true };
    expect(pageMeta('/', index, BUILTIN).image).toBe('/cards/overview.png');
    expect(pageMeta('/matrix', index, BUILTIN).image).toBe('/cards/matrix.png');
    expect(pageMeta('/spending', index, BUILTIN).image).toBe('/cards/spending.png');
    expect(pageMeta('/minerals', index, BUILTIN).image).toBe('/cards/minerals.png');
    for (const path of ['/article', '/actors/liis-tamm', '/nowhere']) expect(pageMeta(path, index, BUILTIN).image).toBeUndefined();
    for (const path of ['/', '/matrix', '/spending', '/minerals']) expect(pageMeta(path, index, OWN).image).toBeUndefined();
  });

  test('a page with a card asks for the large preview and names the image by its absolute address', () => {
    const tags = headTags(pageMeta('/matrix', index, { builtin: true }), `${ORIGIN}/matrix?cell=a~b`);
    const content = (key: string, from = tags) => from.flatMap((t) => (t.kind === 'meta' && t.key === key ? [t.content] : []))[0];
    expect(content('twitter:card')).toBe('summary_large_image');
    expect(content('og:image')).toBe(`${ORIGIN}/cards/matrix.png`);
    expect(content('twitter:image')).toBe(`${ORIGIN}/cards/matrix.png`);
    const plain = headTags(pageMeta('/matrix', index, OWN), `${ORIGIN}/matrix`);
    expect(content('twitter:card', plain)).toBe('summary');
    expect(content('og:image', plain)).toBeUndefined();
  });

  test('the canonical address is the full view with its state, without embed or theme', () => {
    expect(canonicalHref(ORIGIN, '/matrix', '?theme=dark&embed=1&cell=a~b')).toBe(`${ORIGIN}/matrix?cell=a~b`);
  });
});
