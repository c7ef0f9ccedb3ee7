/**
 * Dates in the text, resolved against the publication date and saying how: a stated year ("in 2019"),
 * a full date ("24 February 2025"), a weekday ("on Thursday": the coming one unless its clause is in
 * the past tense), and relative phrases ("last year", "earlier this week", "yesterday").
 */
import type { StanceEvent } from '../model/schema';
import type { Range } from './text';

type EventDate = StanceEvent['date'];

export interface ExtractedDate {
  /** The words that give the date. */
  phrase: Range;
  date: EventDate;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const iso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const mondayOf = (date: Date) => addDays(date, -((date.getUTCDay() + 6) % 7));
const longDate = (date: Date) => `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

const PATTERN = new RegExp(
  [
    String.raw`\b(?<dm>(?<d1>\d{1,2})\s+(?<m1>${MONTHS.join('|')})(?:\s+(?<y1>(?:19|20)\d\d))?)\b`,
    String.raw`\b(?<md>(?<m2>${MONTHS.join('|')})\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y2>(?:19|20)\d\d))?)\b`,
    String.raw`\b(?<wd>(?:on|last|next|this)\s+(?<day>${WEEKDAYS.join('|')}))\b`,
    String.raw`\b(?<rel>(?:earlier|later)\s+this\s+(?:week|month)|this\s+week|last\s+(?:week|month|year)|next\s+(?:week|month|year)|yesterday|tomorrow|today)\b`,
    String.raw`\b(?<yr>(?:in|since|during)\s+(?<year>(?:19|20)\d\d))\b`,
  ].join('|'),
  'gi',
);

const FUTURE = /\b(will|’ll|'ll|is to|are to|is set to|are set to|is due to|are due to|going to|plans to|expected to)\b/i;

export function findDates(text: string, sentenceList: Range[], published: string | undefined, pastTense: Range[]): ExtractedDate[] {
  const out: ExtractedDate[] = [];
  const base = published ? new Date(`${published}T00:00:00Z`) : undefined;
  for (const match of text.matchAll(PATTERN)) {
    const g = match.groups!;
    const phrase = { start: match.index, end: match.index + match[0].length };
    const said = `“${match[0]}”`;
    const year = base?.getUTCFullYear();
    if (g.yr) {
      out.push({ phrase, date: { value: `${g.year}-01-01`, precision: 'year', derivation: 'stated', note: `${said}: the year is stated.` } });
      continue;
    }
    if (g.dm || g.md) {
      const month = MONTHS.findIndex((m) => m.toLowerCase() === (g.m1 ?? g.m2)!.toLowerCase());
      const day = Number(g.d1 ?? g.d2);
      const statedYear = g.y1 ?? g.y2;
      if (day < 1 || day > 31) continue;
      if (!statedYear && year === undefined) continue;
      const value = `${statedYear ?? year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()) || iso(new Date(`${value}T00:00:00Z`)) !== value) continue;
      out.push({
        phrase,
        date: statedYear
          ? { value, precision: 'day', derivation: 'stated', note: `${said}: the date is stated.` }
          : { value, precision: 'day', derivation: 'resolved-relative', note: `${said}: the year taken from the publication date (${published}).` },
      });
      continue;
    }
    if (!base || !published) continue; // relative dates need an anchor; the CLI warns when there is none
    if (g.wd) {
      const target = WEEKDAYS.findIndex((d) => d.toLowerCase() === g.day!.toLowerCase());
      const sentence = sentenceList.find((s) => s.start <= phrase.start && phrase.start < s.end);
      const clause = sentence ? text.slice(sentence.start, sentence.end) : '';
      const lead = match[0].split(/\s+/)[0]!.toLowerCase();
      const past = lead === 'last' || (lead !== 'next' && !FUTURE.test(clause) && pastTense.some((r) => sentence && r.start >= sentence.start && r.end <= sentence.end));
      const diff = (target - base.getUTCDay() + 7) % 7;
      const when = past ? addDays(base, diff === 0 ? 0 : diff - 7) : addDays(base, diff === 0 && lead === 'next' ? 7 : diff);
      out.push({
        phrase,
        date: {
          value: iso(when),
          precision: 'day',
          derivation: 'resolved-weekday',
          note: `${said} (${past ? 'past' : 'present or future'} tense): resolved against the publication date of ${longDate(base)} to ${longDate(when)}.`,
        },
      });
      continue;
    }
    if (g.rel) {
      const words = g.rel.toLowerCase().replace(/\s+/g, ' ');
      let date: EventDate | undefined;
      const note = (what: string) => `${said}: ${what}, resolved against the publication date of ${longDate(base)}.`;
      if (words === 'today') date = { value: published, precision: 'day', derivation: 'resolved-relative', note: note('the day of publication') };
      else if (words === 'yesterday') date = { value: iso(addDays(base, -1)), precision: 'day', derivation: 'resolved-relative', note: note('the day before publication') };
      else if (words === 'tomorrow') date = { value: iso(addDays(base, 1)), precision: 'day', derivation: 'resolved-relative', note: note('the day after publication') };
      else if (words.endsWith('week')) {
        const shift = words.startsWith('last') ? -7 : words.startsWith('next') ? 7 : 0;
        date = { value: iso(addDays(mondayOf(base), shift)), precision: 'week', derivation: 'resolved-relative', note: note(`the week starting on the Monday given`) };
      } else if (words.endsWith('month')) {
        const shift = words.startsWith('last') ? -1 : words.startsWith('next') ? 1 : 0;
        const first = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + shift, 1));
        date = { value: iso(first), precision: 'month', derivation: 'resolved-relative', note: note('the month given') };
      } else if (words.endsWith('year')) {
        const shift = words.startsWith('last') ? -1 : words.startsWith('next') ? 1 : 0;
        date = { value: `${year! + shift}-01-01`, precision: 'year', derivation: 'resolved-relative', note: note(`the year ${year! + shift}`) };
      }
      if (date) out.push({ phrase, date });
    }
  }
  return out;
}
