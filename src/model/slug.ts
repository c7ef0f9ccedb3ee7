/** A kebab-case id from any words (accents folded, apostrophes dropped); `fallback` when nothing usable is left. */
export function slugify(words: string, fallback = 'item', maxLength = 60): string {
  const slug = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || fallback;
}
