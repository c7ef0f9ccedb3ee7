/**
 * Actors and every mention of them: known states, organisations and groups by name, short form or
 * capital; people by title and name ("French President Emmanuel Macron"), by the names compromise
 * tags, by a name set off by commas beside a role, by surname alone once the full name is known, and by
 * their title alone ("the president"); "its ministry" and an unowned "a spokesman" pointing back at the
 * body last named; names of bodies no list knows, when they speak ("ACME said"); and unnamed groups that
 * speak ("opponents argue").
 */
import type { ActorKind } from '../model/schema';
import { groupNouns, historyCues, honorifics, knownActors, titles } from './gazetteer';
import type { Draft } from './draft';
import type { Tagged } from './nlp';
import { escapeRegExp, inside, sentenceAt, type Range } from './text';
import { STOPWORDS } from './topics';

export interface Mention extends Range {
  /** Key of the actor mentioned. */
  actor: string;
  /** Inside a quoted passage: the speaker's words, not the narrator's. */
  inQuote: boolean;
}

export interface ActorDraft {
  key: string;
  name: string;
  kind: ActorKind;
  role: string;
  country?: string;
  /** The title words a later "the <title>" can point back with, lower-case. */
  titles: string[];
  aliases: Set<string>;
  mentions: Mention[];
  historical: boolean;
  /** The rule that first found the actor, and how far to trust it. */
  draft: Draft;
  /** The pronoun a gendered title or honorific implies ("Ms", "Queen", "spokesman"); unknown otherwise. */
  pronoun?: 'he' | 'she';
}

export interface ActorFindings {
  actors: Map<string, ActorDraft>;
  /** All mentions, in text order, none overlapping. */
  mentions: Mention[];
}

/** A capitalised word of a name, stopping before a possessive ("Lind’s" gives "Lind"). */
const WORD = String.raw`(?:Mc|Mac)?\p{Lu}\p{Ll}+(?:['’\-](?!s\b)\p{Lu}?\p{Ll}+)*`;
const NAME_TOKEN = String.raw`(?:${WORD}|\p{Lu}\.|(?:II|III|IV|V|VI|VII|VIII)\b)`;
/** Lower-case particles inside names ("Pieter de Wit", "Ursula von der Leyen"). */
const PARTICLE = String.raw`(?:de|van|von|der|den|da|di|du|le|la|bin|al|dos|del|ter)`;
const NAME = String.raw`${WORD}(?:[ \u00a0]+(?:${PARTICLE}[ \u00a0]+)*(?:${PARTICLE}-)?${NAME_TOKEN})*`;
/** Capitalised words that end an organisation's name ("Canadian Port Authority"). */
const ORG_HEAD = String.raw`(?:Authority|Agency|Ministry|Department|Commission|Council|Bank|Fund|Institute|Association|Union|Party|Court|Committee|Corporation|Company|Organi[sz]ation|Service|Board|Federation|Foundation|Coalition|Army|Navy|Police|Office|Programme|Program|Forces|Movement|Alliance)`;
/** Plural nouns that, after a demonym, speak for that state ("Swedish officials"). */
const STATE_VOICES = 'officials|diplomats|negotiators|ministers|authorities|troops|forces|government|leaders';
const ROYAL = /^(King|Queen|Prince|Princess|Pope)$/;
const MALE_TITLE = /^(?:Mr\.?|Sir|Lord|King|Prince|Pope|Chairman|Spokesman)$/;
const FEMALE_TITLE = /^(?:Mrs\.?|Ms\.?|Dame|Lady|Queen|Princess|Chairwoman|Spokeswoman)$/;
const SPEECH_AFTER_GROUP =
  /^\s+(?:\w+\s+){0,2}?(?:say|says|said|argue|argued|argue|warn|warned|warning|claim|claimed|fear|feared|believe|noted|note|insist|insisted|accuse|accused|point|pointed|question|questioned|contend|suggest|suggested|describe|described|call|called|urge|urged|welcome|welcomed|pledge|pledged|back|backed|support|supported|reject|rejected|oppose|opposed|want|wanted|demand|demanded|criticised|criticized|agreed|marched|protested|have|had|are|were)\b/;

/** A byline ("By Ana Ruiz and Tom Hale"), a credit line ("(Reporting by …; editing by …)"), a transcript question's label. */
const CREDITS = /^[ \t]*By[ \t]+\p{Lu}[^\n]{0,100}$|\((?:[^()\n]*\b)?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by [^()\n]*\)|^[ \t]*(?:QUESTION|Q|REPORTER)[ \t]*\([^)\n]*\)/gmu;
/** Words that make what follows a place: "in", "to", "from", "across" and the like, with an optional "the". */
const PLACE_BEFORE = /\b(?:in|to|from|at|across|near|into|through|outside|inside|around|throughout|via|within|towards?)\s+(?:the\s+)?$/;

const stripPossessive = (value: string) => value.replace(/[’']s$/, '');
const titleTails = (title: string) => {
  const words = title.toLowerCase().split(/\s+/);
  return words.map((_, i) => words.slice(i).join(' '));
};

const demonymToState = new Map<string, string>();
for (const known of knownActors) if (known.kind === 'state') for (const d of [...known.demonyms, ...known.aliases]) demonymToState.set(d, known.name);

// The gazetteer's patterns are built once, not on every call: each is hundreds of alternatives.
const knownByAlias = knownActors.flatMap((k) => [k.name, ...k.aliases].map((alias) => ({ alias, k })));
knownByAlias.sort((a, b) => b.alias.length - a.alias.length);
const byAlias = new Map(knownByAlias.map(({ alias, k }) => [alias, k]));
const KNOWN_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${knownByAlias.map(({ alias }) => escapeRegExp(alias)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const DEMONYMS = [...demonymToState.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const TITLE_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:(${DEMONYMS})\\s+)?(?:((?:\\p{Lu}\\p{Ll}+\\s+){0,2})(?=(?:Minister|Secretary|Commissioner)\\b))?(${titles.map(escapeRegExp).join('|')})\\s+(${NAME})`,
  'gu',
);
const NAME_AT = new RegExp(`^${NAME}`, 'u');
/** Lower-case role nouns after which a name is set off by commas. */
const ROLE_NOUNS =
  'minister|president|prime minister|director|spokesman|spokeswoman|spokesperson|chief|head|leader|secretary|ambassador|envoy|commissioner|chair|chairman|chairwoman|chairperson|governor|mayor|official|economist|analyst|professor|negotiator|adviser|advisor|executive|founder|researcher|fellow|premier|chancellor|general|admiral|senator|lawmaker|deputy|counterpart|representative';
const APPOSITIVE = new RegExp(`(?<![\\p{L}])(${ROLE_NOUNS}),\\s+(${NAME})(?=\\s*,|\\s+(?:said|says|told|added|warned)\\b)`, 'gu');
/** "Ana Lind, chief executive of …", "Ana Lind, a professor at …": a name set off before its role. */
const NAME_BEFORE_ROLE = new RegExp(`(?<![\\p{L}])(${NAME}),\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_NOUNS})\\b`, 'gu');
/** "Its foreign ministry", "their government": a body's own office, standing for the body named just before. */
const OWN_OFFICE = /(?<![\p{L}])(?:[Ii]ts|[Tt]heir)\s+(?:(?:foreign|defen[cs]e|interior|trade|finance|commerce|economy|justice|press)\s+)?(?:ministry|government|office|embassy|cabinet|delegation|administration|spokesman|spokeswoman|spokesperson|leadership)(?![\p{L}])/gu;
/** "A spokesman said", "a department spokesperson": a spokesperson with no owner named, speaking for the body last named. */
const UNOWNED_SPOKESPERSON = /(?<![\p{L}])[Aa]n?\s+(?:\p{Ll}+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson)(?![\p{L}])(?!\s+for\b|,\s*\p{Lu}|\s+\p{Lu})/gu;
/** Verbs a named body is seen speaking or acting with at the start of a sentence ("ACME said", "The Acme Trust, a charity, warned"). */
const SUBJECT_VERBS = 'said|says|told|warned|warns|welcomed|welcomes|defended|defends|called|calls|urged|urges|criticised|criticized|rejected|rejects|argued|argues|accused|announced|announces|backed|backs|opposed|opposes|condemned|condemns|insisted|insists|added|responded|declined|refused|denied';
const NAMED_SUBJECT = new RegExp(
  `(?:^|(?<=[.!?]["”’]?\\s+))(?:The\\s+)?((?:\\p{Lu}[\\p{L}’'&-]*\\s+){0,4}\\p{Lu}[\\p{L}’'&-]*)(?:,(?:[^,\\n]|\\d,\\d){1,100},)?\\s+(?:has\\s+|have\\s+|had\\s+|also\\s+|later\\s+)?(?:${SUBJECT_VERBS})(?![\\p{L}])`,
  'gmu',
);
const APPOSITIVE_BODY = /^,\s+(?:the|a|an)\s+[^,]*\b(?:association|group|body|agency|organi[sz]ation|charity|union|federation|company|firm|lobby|institute|think tank|council|alliance|network|coalition)\b[^,]*,/i;
const STATE_NAMES = knownActors.filter((k) => k.kind === 'state').flatMap((k) => [k.name, ...k.aliases]).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const UNNAMED_OFFICE = new RegExp(
  `(?<![\\p{L}])(${STATE_NAMES})['’]s\\s+((?:(?:deputy|foreign|defen[cs]e|finance|trade|economy|interior)\\s+)?(?:prime minister|president|minister|chancellor|premier|foreign secretary|leader))(?![\\p{L}])(?!,?\\s+\\p{Lu})`,
  'gu',
);
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const STATE_HEADS = /\b(?:Islands|Republic|Kingdom|Emirates|States|Federation)$/;
const STATE_VOICE_PATTERN = new RegExp(`(?<![\\p{L}])(${DEMONYMS})\\s+(?:${STATE_VOICES})\\b`, 'gu');
const ORG_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:(?:${DEMONYMS})\\s+)?(?:\\p{Lu}\\p{Ll}+(?:['’]s)?\\s+(?:and\\s+)?){0,4}${ORG_HEAD}\\b(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2})?`,
  'gu',
);
const ORG_HEAD_ALONE = new RegExp(`^${ORG_HEAD}$`);
// "-makers" compounds name trades as a group does ("steelmakers", "carmakers"); "U.S." is a modifier as "Farmers'" is.
const GROUP_PATTERN = new RegExp(`(?<![\\p{L}])(?:(\\p{L}+['’]?|(?:\\p{Lu}\\.){2,})\\s+)?(${groupNouns.join('|')}|\\p{Ll}+makers)\\b`, 'giu');
/** Group nouns that name nobody without a modifier: "groups" alone says nothing, "farm groups" does. */
const NEEDS_MODIFIER = new Set(['groups', 'organisations', 'organizations', 'states', 'countries', 'nations', 'governments']);
const isLetter = (code: number | undefined) => code !== undefined && /\p{L}/u.test(String.fromCodePoint(code));

/** Offsets of `word` standing alone, not run on from or into other letters (a surname, case as written); a plain search, faster than a regular expression per name. */
function* wordsAt(text: string, word: string): Generator<number> {
  let at = text.indexOf(word);
  while (at >= 0) {
    // The code point before: both halves of a surrogate pair.
    const back = at >= 2 && /[\udc00-\udfff]/.test(text[at - 1]!) && /[\ud800-\udbff]/.test(text[at - 2]!) ? at - 2 : at - 1;
    const alone = !(at > 0 && isLetter(text.codePointAt(back))) && !isLetter(text.codePointAt(at + word.length));
    if (alone) yield at;
    at = text.indexOf(word, at + (alone ? word.length : 1));
  }
}

export function findActors(text: string, tagged: Tagged, quotes: readonly Range[], sentenceList: readonly Range[]): ActorFindings {
  const actors = new Map<string, ActorDraft>();
  const candidates: (Mention & { alias: string; priority: number })[] = [];
  const ensure = (key: string, draft: Draft, make: () => Omit<ActorDraft, 'key' | 'aliases' | 'mentions' | 'historical' | 'draft'>) => {
    let actor = actors.get(key);
    if (!actor) {
      actor = { key, ...make(), aliases: new Set(), mentions: [], historical: false, draft };
      actors.set(key, actor);
    }
    return actor;
  };
  const add = (actor: ActorDraft, start: number, end: number, alias: string, priority: number) =>
    candidates.push({ start, end, actor: actor.key, inQuote: inside(start, quotes), alias, priority });

  // Known states, organisations and groups. Case matters: "US" the state, not "us" the pronoun.
  for (const match of text.matchAll(KNOWN_PATTERN)) {
    const k = byAlias.get(match[0])!;
    // In a heading set in capitals ("WHO IS RESISTING?") an acronym cannot be told from a word.
    const line = text.slice(text.lastIndexOf('\n', match.index) + 1, (text.indexOf('\n', match.index) + 1 || text.length + 1) - 1);
    if (/^[\p{Lu}\p{N}.]+$/u.test(match[0]) && /\s/.test(line.trim()) && !/\p{Ll}/u.test(line)) continue;
    const actor = ensure(`known:${k.name}`, { rule: 'actor:gazetteer', confidence: 0.95 }, () => ({ name: k.name, kind: k.kind, role: k.role ?? '', country: k.country, titles: [] }));
    add(actor, match.index, match.index + match[0].length, match[0], 1);
  }

  // People with a title: "[demonym] Title Name".
  const people = (name: string, title: string, demonym: string | undefined, draft: Draft) => {
    const royal = ROYAL.test(title);
    const full = royal ? `${title} ${name}` : name;
    return ensure(`person:${full.toLowerCase()}`, draft, () => ({
      name: full,
      kind: 'person',
      role: honorifics.has(title) || royal ? '' : [demonym, title].filter(Boolean).join(' '),
      country: demonym ? demonymToState.get(demonym) : undefined,
      // "Ruritania Prime Minister Ana Ruiz" is later "the prime minister" or just "the minister": every tail of the title.
      titles: !title || honorifics.has(title) ? [] : titleTails(title),
      ...(MALE_TITLE.test(title) ? { pronoun: 'he' as const } : FEMALE_TITLE.test(title) ? { pronoun: 'she' as const } : {}),
    }));
  };
  /** The state in a leader's title ("US President …"): a mention of it too, though inside the person's. */
  const titleStates: (Range & { state: string })[] = [];
  for (const match of text.matchAll(TITLE_PATTERN)) {
    const [whole, demonym, portfolio, bareTitle, rawName] = match as unknown as [string, string | undefined, string | undefined, string, string];
    const title = `${portfolio ?? ''}${bareTitle}`;
    const name = stripPossessive(rawName.replace(/[ \u00a0]+/g, ' '));
    const end = match.index + whole.length - (rawName.length - stripPossessive(rawName).length);
    const actor = people(name, title, demonym, { rule: 'actor:title-and-name', confidence: 0.9 });
    add(actor, match.index, end, text.slice(match.index, end), 3);
    if (demonym) titleStates.push({ start: match.index, end: match.index + demonym.length, state: demonymToState.get(demonym)! });
    add(actor, end - name.length, end, name, 2);
  }

  // "the group's regional director, Ana Lind," and "the prime minister, Ana Lind,": a name set off after a role.
  for (const match of text.matchAll(APPOSITIVE)) {
    const [whole, role, rawName] = match as unknown as [string, string, string];
    const name = rawName.replace(/[ \u00a0]+/g, ' ');
    if (!name.includes(' ') || byAlias.has(name)) continue;
    const start = match.index + whole.length - rawName.length;
    const actor = ensure(`person:${name.toLowerCase()}`, { rule: 'actor:name-after-role', confidence: 0.8 }, () => ({ name, kind: 'person', role: '', titles: [role.toLowerCase()] }));
    add(actor, start, start + rawName.length, name, 2);
  }

  for (const match of text.matchAll(NAME_BEFORE_ROLE)) {
    const name = match[1]!.replace(/[ \u00a0]+/g, ' ');
    if (!name.includes(' ') || byAlias.has(name) || STOPWORDS.has(name.split(' ')[0]!.toLowerCase()) || titles.some((t) => name.startsWith(`${t} `))) continue;
    const actor = ensure(`person:${name.toLowerCase()}`, { rule: 'actor:name-before-role', confidence: 0.75 }, () => ({ name, kind: 'person', role: '', titles: [] }));
    add(actor, match.index, match.index + match[1]!.length, name, 2);
  }

  // "Hungary's prime minister", unnamed: an office holder is an actor of their own, named by the office.
  for (const match of text.matchAll(UNNAMED_OFFICE)) {
    const [whole, stateName, office] = match as unknown as [string, string, string];
    const known = byAlias.get(stateName);
    if (known?.kind !== 'state') continue;
    const title = office.toLowerCase().replace(/\s+/g, ' ');
    const name = `${title[0]!.toUpperCase()}${title.slice(1)} of ${known.name}`;
    const actor = ensure(`person:${name.toLowerCase()}`, { rule: 'actor:unnamed-office', confidence: 0.6 }, () => ({ name, kind: 'person', role: title, country: known.name, titles: titleTails(title) }));
    add(actor, match.index, match.index + whole.length, whole, 2);
  }

  // Names compromise tags as people, widened to the capitalised words that follow ("Margaret" + "Thatcher").
  for (const range of tagged.people) {
    const found = text.slice(range.start).match(NAME_AT);
    if (!found) continue;
    const words = found[0].split(/[ \u00a0]+/);
    let skip = 0;
    while (words.length > 1 && titles.includes(words[0]!)) skip += words.shift()!.length + 1;
    const name = words.join(' ');
    // A month alone ("3 June") is a date the tagger can take for a first name.
    if (byAlias.has(name) || titles.includes(name) || MONTH.test(name)) continue;
    add(people(name, '', undefined, { rule: 'actor:tagged-person', confidence: 0.7 }), range.start + skip, range.start + skip + name.length, name, 2);
  }

  // A lone surname or first name is the person whose full name it ends or starts.
  const persons = [...actors.values()].filter((a) => a.kind === 'person');
  for (const single of persons.filter((p) => !p.name.includes(' '))) {
    const full = persons.find((p) => p !== single && p.name.split(' ').some((part) => part === single.name));
    if (!full) continue;
    for (const c of candidates) if (c.actor === single.key) c.actor = full.key;
    actors.delete(single.key);
  }
  for (const person of [...actors.values()].filter((a) => a.kind === 'person' && a.name.includes(' '))) {
    const surname = person.name.replace(/\s+(?:[IVX]+|Jr\.?|Sr\.?)$/, '').split(' ').pop()!;
    if (surname.length < 3 || ROYAL.test(surname)) continue;
    for (const at of wordsAt(text, surname)) add(person, at, at + surname.length, surname, 0);
  }

  // "the president", "the British Prime Minister": the last person before (or else the first after) with that title.
  const titled = [...actors.values()].filter((a) => a.titles.length);
  if (titled.length) {
    // Either case for each word's first letter only, so the look-ahead for a following name stays case-sensitive.
    const anyCase = (title: string) => escapeRegExp(title).replace(/\b\p{L}/gu, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
    const words = [...new Set(titled.flatMap((a) => a.titles))].map(anyCase).join('|');
    const refPattern = new RegExp(`(?<![\\p{L}])[Tt]he\\s+(?:(${DEMONYMS})\\s+)?(${words})(?![\\p{L}])(?!\\s+\\p{Lu})`, 'gu');
    for (const match of text.matchAll(refPattern)) {
      const [whole, demonym, title] = match as unknown as [string, string | undefined, string];
      const fits = (a: ActorDraft) =>
        a.titles.includes(title.toLowerCase()) && (!demonym || a.country === demonymToState.get(demonym));
      // One pass, not a filter and sort per reference; on equal starts the earlier candidate wins, as a stable sort would.
      let before: (typeof candidates)[number] | undefined;
      let after: (typeof candidates)[number] | undefined;
      for (const c of candidates) {
        if (!fits(actors.get(c.actor)!)) continue;
        if (c.start < match.index && (!before || c.start > before.start)) before = c;
        if (!after || c.start < after.start) after = c;
      }
      const target = before ?? after;
      if (target) add(actors.get(target.actor)!, match.index, match.index + whole.length, whole, 1);
    }
  }

  // "Swedish officials" speak for Sweden.
  for (const match of text.matchAll(STATE_VOICE_PATTERN)) {
    const state = demonymToState.get(match[1]!)!;
    const actor = ensure(`known:${state}`, { rule: 'actor:state-voice', confidence: 0.8 }, () => ({ name: state, kind: 'state', role: '', country: state, titles: [] }));
    add(actor, match.index, match.index + match[0].length, match[0], 2);
  }

  // Named organisations the gazetteer does not know, by the word their names end in; not in scare quotes.
  for (const match of text.matchAll(ORG_PATTERN)) {
    if (inside(match.index, quotes)) continue;
    // A capitalised function word opening the sentence ("The", "Other", "Under") is not part of the name.
    let name = match[0];
    let start = match.index;
    for (let word = /^(\p{Lu}\p{Ll}*)\s+/u.exec(name); word && STOPWORDS.has(word[1]!.toLowerCase()); word = /^(\p{Lu}\p{Ll}*)\s+/u.exec(name)) {
      start += word[0].length;
      name = name.slice(word[0].length);
    }
    if (ORG_HEAD_ALONE.test(name) || byAlias.has(name)) continue; // "Council" alone says nothing; a known body is found as itself
    const actor = ensure(`org:${name}`, { rule: 'actor:organisation-name', confidence: 0.7 }, () => ({ name, kind: 'organization', role: '', titles: [] }));
    add(actor, start, start + name.length, name, 2);
  }

  // A body no list knows, named as the subject that speaks or acts: a name of several capitalised words, or a
  // single word that is an acronym or is capitalised inside sentences too (a proper noun, not a sentence's first word).
  const claimed = (start: number, end: number) => candidates.some((c) => c.start < end && start < c.end);
  for (const match of text.matchAll(NAMED_SUBJECT)) {
    const name = match[1]!;
    const start = match.index + match[0].indexOf(name);
    const words = name.split(/\s+/);
    if (claimed(start, start + name.length) || byAlias.has(name) || STOPWORDS.has(words[0]!.toLowerCase()) || titles.includes(words[0]!)) continue;
    // A single word is a name when it is an acronym, is capitalised inside sentences too, or is set off as a body ("Acme, the industry association,").
    const definedAsBody = APPOSITIVE_BODY.test(match[0].slice(match[0].indexOf(name) + name.length));
    const properNoun = words.length > 1 ? words.every((w) => !STOPWORDS.has(w.toLowerCase())) : /^\p{Lu}{2,}$/u.test(name) || definedAsBody || new RegExp(`[\\p{Ll},;]\\s+${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(text);
    if (!properNoun) continue;
    const kind = STATE_HEADS.test(name) ? 'state' : 'organization';
    const actor = ensure(`org:${name}`, { rule: 'actor:named-subject', confidence: 0.6 }, () => ({ name, kind, role: '', titles: [] }));
    for (const at of wordsAt(text, name)) add(actor, at, at + name.length, name, 1);
  }

  // Unnamed groups, when they are doing the saying; a modifier word stays with them ("port operators").
  for (const match of text.matchAll(GROUP_PATTERN)) {
    if (!SPEECH_AFTER_GROUP.test(text.slice(match.index + match[0].length, match.index + match[0].length + 40))) continue;
    // A demonym before a group is kept ("U.S. steelmakers"), except before the voices of a state, found above as the state.
    const stateVoice = demonymToState.has(match[1] ?? '') && new RegExp(`^(?:${STATE_VOICES})$`, 'i').test(match[2]!);
    const modifier = match[1] && !STOPWORDS.has(match[1].toLowerCase()) && !stateVoice ? match[1] : '';
    if (!modifier && NEEDS_MODIFIER.has(match[2]!.toLowerCase())) continue;
    const start = modifier ? match.index : match.index + match[0].length - match[2]!.length;
    const words = text.slice(start, match.index + match[0].length);
    const name = modifier ? `${modifier[0]!.toUpperCase()}${modifier.slice(1)} ${match[2]!.toLowerCase()}` : words[0]!.toUpperCase() + words.slice(1).toLowerCase();
    const actor = ensure(`group:${name.toLowerCase()}`, { rule: 'actor:speaking-group', confidence: 0.5 }, () => ({ name, kind: 'group', role: '', titles: [] }));
    add(actor, start, match.index + match[0].length, words, 1);
  }

  // "Its foreign ministry" and an unowned "a spokesman" stand for the state or body that the sentence, or else the
  // one before it, names first: the subject, not a place named later in the clause.
  const bodyBefore = (at: number) => {
    const bodies = candidates.filter((c) => !c.inQuote && c.end <= at && actors.get(c.actor)!.kind !== 'person');
    const sentenceIndex = sentenceList.findIndex((s) => s.start <= at && at < s.end);
    for (let i = sentenceIndex; i >= Math.max(0, sentenceIndex - 1); i--) {
      const sentence = sentenceList[i]!;
      const inSentence = bodies.filter((c) => c.start >= sentence.start && c.start < sentence.end);
      // The earliest, and of those the longest ("U.S. State Department", not "U.S.").
      if (inSentence.length) return inSentence.reduce((a, b) => (b.start < a.start || (b.start === a.start && b.end > a.end) ? b : a));
    }
    return undefined;
  };
  for (const pattern of [OWN_OFFICE, UNOWNED_SPOKESPERSON])
    for (const match of text.matchAll(pattern)) {
      const body = bodyBefore(match.index);
      if (body) add(actors.get(body.actor)!, match.index, match.index + match[0].length, match[0], 1);
    }

  // Bylines, reporting credits and the names of journalists putting questions are the press, not actors.
  const credits = [...text.matchAll(CREDITS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (let i = candidates.length - 1; i >= 0; i--) if (inside(candidates[i]!.start, credits)) candidates.splice(i, 1);

  // Keep the longest, most specific mention wherever candidates overlap.
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.priority - a.priority);
  const mentions: Mention[] = [];
  let reach = -1;
  for (const c of candidates) {
    if (c.start < reach) continue;
    reach = c.end;
    const actor = actors.get(c.actor)!;
    actor.aliases.add(c.alias);
    const mention = { start: c.start, end: c.end, actor: c.actor, inQuote: c.inQuote };
    actor.mentions.push(mention);
    mentions.push(mention);
  }
  for (const { start, end, state } of titleStates) {
    if (!mentions.some((m) => m.start === start && m.end > end)) continue; // the title phrase lost to a longer mention
    const actor = ensure(`known:${state}`, { rule: 'actor:state-in-title', confidence: 0.8 }, () => ({ name: state, kind: 'state', role: '', country: state, titles: [] }));
    if (!actor.mentions.some((m) => m.start === start)) actor.mentions.push({ start, end, actor: actor.key, inQuote: inside(start, quotes) });
    actor.aliases.add(text.slice(start, end));
  }
  for (const [key, actor] of actors) {
    actor.mentions.sort((a, b) => a.start - b.start);
    // A state named only as where things happen ("talks in Belgium") is a place, not a player.
    const placeOnly = actor.kind === 'state' && actor.mentions.every((m) => PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)));
    if (!actor.mentions.length || placeOnly) actors.delete(key);
    else if (actor.kind === 'person')
      actor.historical = actor.mentions.every((m) => {
        const sentence = sentenceAt(sentenceList as Range[], m.start);
        return sentence !== undefined && historyCues.test(text.slice(sentence.start, sentence.end));
      });
  }
  return { actors, mentions: mentions.filter((m) => actors.has(m.actor)) };
}

/** The person the narrator last named before `offset` that `pronoun` can refer to: who "he" or "she" most likely is. */
export function lastPersonBefore(findings: ActorFindings, offset: number, pronoun?: string): string | undefined {
  const wanted = pronoun?.toLowerCase();
  for (let i = findings.mentions.length - 1; i >= 0; i--) {
    const mention = findings.mentions[i]!;
    if (mention.start >= offset || mention.inQuote) continue;
    const actor = findings.actors.get(mention.actor);
    // The most recent person the pronoun can point to: one known to take the other pronoun is skipped.
    if (actor?.kind === 'person' && !(wanted && actor.pronoun && actor.pronoun !== wanted)) return mention.actor;
  }
  return undefined;
}

/** The mention that covers or starts at `offset`, if any. */
export const mentionAt = (findings: ActorFindings, offset: number) =>
  findings.mentions.find((m) => m.start <= offset && offset < m.end);
