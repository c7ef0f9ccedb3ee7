/**
 * How news prose names currencies, each mapped to its ISO 4217 code. A bare "$" is read as US dollars
 * (the common case in international news) but with a lower confidence, as a local article may mean its
 * own dollar; the review screen shows that confidence.
 */

export interface CurrencyName {
  code: string;
  /** How sure the name alone makes us of the code. */
  confidence: number;
}

const sure = (code: string): CurrencyName => ({ code, confidence: 0.95 });

/** Symbols and prefixed symbols written before the number ("A$368bn", "£2.2 billion"), longest first. */
export const CURRENCY_SYMBOLS: Record<string, CurrencyName> = {
  US$: sure('USD'),
  A$: sure('AUD'),
  AU$: sure('AUD'),
  C$: sure('CAD'),
  CA$: sure('CAD'),
  NZ$: sure('NZD'),
  HK$: sure('HKD'),
  S$: sure('SGD'),
  R$: sure('BRL'),
  'MX$': sure('MXN'),
  $: { code: 'USD', confidence: 0.8 },
  '£': sure('GBP'),
  '€': sure('EUR'),
  '¥': { code: 'JPY', confidence: 0.7 },
  '₹': sure('INR'),
  'Rs.': sure('INR'),
  Rs: sure('INR'),
  '₽': sure('RUB'),
  '₩': sure('KRW'),
  '₺': sure('TRY'),
  '₴': sure('UAH'),
  '₪': sure('ILS'),
};

/** Three-letter codes that stand before or after a number ("SEK 600m", "600 million CHF"). */
export const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF',
  'RUB', 'UAH', 'TRY', 'INR', 'KRW', 'BRL', 'MXN', 'ZAR', 'SAR', 'AED', 'QAR', 'ILS', 'EGP', 'NGN', 'KES', 'ETB',
  'PKR', 'IDR', 'SGD', 'HKD', 'TWD', 'THB', 'MYR', 'PHP', 'VND', 'ARS', 'CLP', 'COP',
]);

/** Codes written differently from ISO 4217 in prose. */
export const CODE_ALIASES: Record<string, string> = { RMB: 'CNY' };

/**
 * Currency words after the number ("800 billion euros", "1.8 trillion roubles"), with an optional
 * adjective of country ("Australian dollars", "Swedish kronor"). Keys are lower case.
 */
export const CURRENCY_WORDS: Record<string, CurrencyName> = {
  'us dollars': sure('USD'),
  'u.s. dollars': sure('USD'),
  'american dollars': sure('USD'),
  'australian dollars': sure('AUD'),
  'canadian dollars': sure('CAD'),
  'new zealand dollars': sure('NZD'),
  'hong kong dollars': sure('HKD'),
  'singapore dollars': sure('SGD'),
  'taiwan dollars': sure('TWD'),
  dollars: { code: 'USD', confidence: 0.8 },
  euros: sure('EUR'),
  euro: sure('EUR'),
  'pounds sterling': sure('GBP'),
  sterling: sure('GBP'),
  pounds: { code: 'GBP', confidence: 0.85 },
  roubles: sure('RUB'),
  rubles: sure('RUB'),
  yen: sure('JPY'),
  yuan: sure('CNY'),
  renminbi: sure('CNY'),
  rupees: { code: 'INR', confidence: 0.8 },
  'indian rupees': sure('INR'),
  'pakistani rupees': sure('PKR'),
  'swiss francs': sure('CHF'),
  'swedish kronor': sure('SEK'),
  'swedish crowns': sure('SEK'),
  kronor: sure('SEK'),
  'norwegian kroner': sure('NOK'),
  'danish kroner': sure('DKK'),
  zlotys: sure('PLN'),
  zloty: sure('PLN'),
  hryvnias: sure('UAH'),
  hryvnia: sure('UAH'),
  lira: { code: 'TRY', confidence: 0.85 },
  'turkish lira': sure('TRY'),
  won: { code: 'KRW', confidence: 0.7 },
  'south korean won': sure('KRW'),
  shekels: sure('ILS'),
  rand: sure('ZAR'),
  reais: sure('BRL'),
  riyals: sure('SAR'),
  'saudi riyals': sure('SAR'),
  dirhams: sure('AED'),
  nairas: sure('NGN'),
  naira: sure('NGN'),
  birr: sure('ETB'),
  shillings: { code: 'KES', confidence: 0.6 },
};

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;

/** The symbol alternatives, longest first, for a regular expression. */
export const SYMBOL_PATTERN = Object.keys(CURRENCY_SYMBOLS).sort(byLength).map(escape).join('|');
/** The currency-word alternatives, longest first, for a regular expression. */
export const WORD_PATTERN = Object.keys(CURRENCY_WORDS).sort(byLength).map((w) => escape(w).replace(/ /g, '\\s+')).join('|');
export const CODE_PATTERN = [...ISO_CODES].join('|');

export const codeOf = (code: string) => CODE_ALIASES[code] ?? code;
