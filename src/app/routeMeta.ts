import type { DatasetIndex } from '../model/indexDataset';
import { views } from './views';

/** What a page says about itself to a browser tab, a search engine and a link preview. */
export interface PageMeta {
  title: string;
  description: string;
  /** A card image rendered at build (root-relative), for the views that have one. */
  image?: string;
}

/** One tag of the head: a `<meta>` by name or property, or the canonical `<link>`. */
export type HeadTag = { kind: 'meta'; attribute: 'name' | 'property'; key: string; content: string } | { kind: 'canonical'; href: string };

/**
 * Every tag a page's head carries beyond its title, for the page at the absolute address `url`; the
 * browser keeps them in step (useDocumentMeta.ts) and the build writes them into each prerendered page.
 */
export function headTags(meta: PageMeta, url: string): HeadTag[] {
  const tag = (attribute: 'name' | 'property', key: string, content: string): HeadTag => ({ kind: 'meta', attribute, key, content });
  const image = meta.image ? new URL(meta.image, url).href : undefined;
  return [
    tag('name', 'description', meta.description),
    tag('property', 'og:title', meta.title),
    tag('property', 'og:description', meta.description),
    tag('property', 'og:url', url),
    tag('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    tag('name', 'twitter:title', meta.title),
    tag('name', 'twitter:description', meta.description),
    ...(image ? [tag('property', 'og:image', image), tag('name', 'twitter:image', image)] : []),
    { kind: 'canonical', href: url },
  ];
}

export const SITE_NAME = 'Stance Explorer';

/** What each view shows, in a sentence that holds for any dataset. */
const viewDescriptions: Record<string, string> = {
  '': 'Who stands where in a diplomatic story, and the exact words that tell us.',
  matrix: 'Every actor’s position on every topic, each mark linked to the words that state it.',
  spending: 'The figures the story cites, by metric and unit, on a timeline, each with its source sentence.',
  minerals: 'The terms of each deal: who states them, what they are worth, and what is missing.',
  article: 'The article itself, each passage marked with the positions, figures and terms it is evidence for.',
  compare: 'Two actors side by side: where they agree, where they differ, and in whose words.',
  network: 'Who works with, presses or visits whom, each relation with its source sentence.',
  events: 'The events the story reports, on a timeline.',
  method: 'How the data is coded, and how far the machine-drafted parts can be trusted.',
  data: 'Datasets of your own, saved in this browser: import, review and export them.',
  actors: 'One actor’s positions, figures and relations, each with the words that state it.',
  topics: 'Every stance taken on one topic, with the words that state it.',
};

/** The views with a card image rendered at build (build/cards.ts), by their first path segment: file name. */
export const cardViews = new Map([
  ['', 'overview'],
  ['matrix', 'matrix'],
  ['spending', 'spending'],
  ['minerals', 'minerals'],
]);

/** The root-relative address of a view's card image. */
export const cardImage = (name: string) => `/cards/${name}.png`;

export interface PageMetaOptions {
  /** Whether the built-in dataset is on show: the cards are drawn from it, so a reader's own dataset has none. */
  builtin: boolean;
}

/**
 * The title and description of the page at `pathname` (the app's own path): the view, the thing it is
 * about when it is about one actor or topic, and the dataset on show; and the view's card image when
 * the built-in dataset is on show.
 */
export function pageMeta(pathname: string, index: DatasetIndex | null, { builtin }: PageMetaOptions): PageMeta {
  const [first = '', id] = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const route = views.find((r) => r.path.split('/')[0] === first);
  const described = first === '' || route ? viewDescriptions[first] : undefined;
  if (described === undefined) return { title: `No such page | ${SITE_NAME}`, description: viewDescriptions['']! };
  const story = index?.dataset.title;
  const subject = id && first === 'actors' ? index?.actors.get(id)?.name : id && first === 'topics' ? index?.topics.get(id)?.label : undefined;
  const heading = subject ?? (first === '' ? undefined : route?.label);
  const title = [heading, story, SITE_NAME].filter(Boolean).join(' | ');
  const card = builtin && id === undefined ? cardViews.get(first) : undefined;
  return { title, description: story ? `${described} From “${story}”.` : described, ...(card && { image: cardImage(card) }) };
}
