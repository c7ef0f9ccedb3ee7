/**
 * General knowledge the extractor may use: states with their demonyms, capitals and short forms;
 * well-known organisations and institutions; regional groups; and the titles leaders carry. Nothing
 * here comes from any particular article.
 */
import type { ActorKind } from '../model/schema';

export interface KnownActor {
  name: string;
  kind: ActorKind;
  /** Other ways texts name it, including capitals used for governments ("Washington"). */
  aliases: string[];
  /** Adjectives that place a person in it ("French President ..."). */
  demonyms: string[];
  country?: string;
  role?: string;
}

/** [name, short forms and capitals, demonyms] */
const states: [string, string[], string[]][] = [
  ['United States', ['US', 'U.S.', 'USA', 'America', 'United States of America', 'Washington'], ['US', 'U.S.', 'American']],
  ['United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain', 'London'], ['British', 'UK']],
  ['Russia', ['Russian Federation', 'Moscow', 'Kremlin'], ['Russian']],
  ['Ukraine', ['Kyiv', 'Kiev'], ['Ukrainian']],
  ['France', ['Paris', 'Élysée'], ['French']],
  ['Germany', ['Berlin'], ['German']],
  ['China', ["People's Republic of China", 'Beijing'], ['Chinese']],
  ['Japan', ['Tokyo'], ['Japanese']],
  ['India', ['New Delhi', 'Delhi'], ['Indian']],
  ['Italy', ['Rome'], ['Italian']],
  ['Spain', ['Madrid'], ['Spanish']],
  ['Poland', ['Warsaw'], ['Polish']],
  ['Canada', ['Ottawa'], ['Canadian']],
  ['Mexico', ['Mexico City'], ['Mexican']],
  ['Brazil', ['Brasília', 'Brasilia'], ['Brazilian']],
  ['Argentina', ['Buenos Aires'], ['Argentine', 'Argentinian']],
  ['Australia', ['Canberra'], ['Australian']],
  ['New Zealand', ['Wellington'], ['New Zealand']],
  ['North Korea', ['Pyongyang', 'DPRK'], ['North Korean']],
  ['South Korea', ['Seoul'], ['South Korean']],
  ['Iran', ['Tehran'], ['Iranian']],
  ['Iraq', ['Baghdad'], ['Iraqi']],
  ['Israel', ['Jerusalem'], ['Israeli']],
  ['Turkey', ['Türkiye', 'Ankara'], ['Turkish']],
  ['Saudi Arabia', ['Riyadh'], ['Saudi']],
  ['Egypt', ['Cairo'], ['Egyptian']],
  ['South Africa', ['Pretoria'], ['South African']],
  ['Nigeria', ['Abuja'], ['Nigerian']],
  ['Kenya', ['Nairobi'], ['Kenyan']],
  ['Ethiopia', ['Addis Ababa'], ['Ethiopian']],
  ['Netherlands', ['the Hague', 'Amsterdam', 'Holland'], ['Dutch']],
  ['Belgium', ['Brussels'], ['Belgian']],
  ['Sweden', ['Stockholm'], ['Swedish']],
  ['Norway', ['Oslo'], ['Norwegian']],
  ['Finland', ['Helsinki'], ['Finnish']],
  ['Denmark', ['Copenhagen'], ['Danish']],
  ['Ireland', ['Dublin'], ['Irish']],
  ['Greece', ['Athens'], ['Greek']],
  ['Portugal', ['Lisbon'], ['Portuguese']],
  ['Austria', ['Vienna'], ['Austrian']],
  ['Switzerland', ['Bern'], ['Swiss']],
  ['Hungary', ['Budapest'], ['Hungarian']],
  ['Romania', ['Bucharest'], ['Romanian']],
  ['Czech Republic', ['Czechia', 'Prague'], ['Czech']],
  ['Estonia', ['Tallinn'], ['Estonian']],
  ['Latvia', ['Riga'], ['Latvian']],
  ['Lithuania', ['Vilnius'], ['Lithuanian']],
  ['Belarus', ['Minsk'], ['Belarusian']],
  ['Georgia', ['Tbilisi'], ['Georgian']],
  ['Syria', ['Damascus'], ['Syrian']],
  ['Lebanon', ['Beirut'], ['Lebanese']],
  ['Jordan', ['Amman'], ['Jordanian']],
  ['Qatar', ['Doha'], ['Qatari']],
  ['United Arab Emirates', ['UAE', 'Abu Dhabi'], ['Emirati']],
  ['Pakistan', ['Islamabad'], ['Pakistani']],
  ['Afghanistan', ['Kabul'], ['Afghan']],
  ['Indonesia', ['Jakarta'], ['Indonesian']],
  ['Vietnam', ['Hanoi'], ['Vietnamese']],
  ['Thailand', ['Bangkok'], ['Thai']],
  ['Philippines', ['Manila'], ['Filipino', 'Philippine']],
  ['Malaysia', ['Kuala Lumpur'], ['Malaysian']],
  ['Singapore', [], ['Singaporean']],
  ['Taiwan', ['Taipei'], ['Taiwanese']],
  ['Chile', ['Santiago'], ['Chilean']],
  ['Colombia', ['Bogotá', 'Bogota'], ['Colombian']],
  ['Venezuela', ['Caracas'], ['Venezuelan']],
  ['Cuba', ['Havana'], ['Cuban']],
  ['Peru', ['Lima'], ['Peruvian']],
  ['Morocco', ['Rabat'], ['Moroccan']],
  ['Algeria', ['Algiers'], ['Algerian']],
  ['Libya', ['Tripoli'], ['Libyan']],
  ['Sudan', ['Khartoum'], ['Sudanese']],
  ['Ghana', ['Accra'], ['Ghanaian']],
  ['Iceland', ['Reykjavik'], ['Icelandic']],
  ['Moldova', ['Chisinau'], ['Moldovan']],
  ['Serbia', ['Belgrade'], ['Serbian']],
  ['Croatia', ['Zagreb'], ['Croatian']],
  ['Bulgaria', ['Sofia'], ['Bulgarian']],
  ['Slovakia', ['Bratislava'], ['Slovak']],
  ['Slovenia', ['Ljubljana'], ['Slovenian']],
  ['Armenia', ['Yerevan'], ['Armenian']],
  ['Azerbaijan', ['Baku'], ['Azerbaijani']],
  ['Kazakhstan', ['Astana'], ['Kazakh']],
  ['Bangladesh', ['Dhaka'], ['Bangladeshi']],
  ['Sri Lanka', ['Colombo'], ['Sri Lankan']],
  ['Nepal', ['Kathmandu'], ['Nepali', 'Nepalese']],
  ['Myanmar', ['Burma', 'Naypyidaw'], ['Burmese']],
  ['Somalia', ['Mogadishu'], ['Somali']],
  ['Yemen', ['Sanaa', "Sana'a"], ['Yemeni']],
  ['Eritrea', ['Asmara'], ['Eritrean']],
  ['Djibouti', [], ['Djiboutian']],
  ['South Sudan', ['Juba'], ['South Sudanese']],
  ['Chad', ["N'Djamena"], ['Chadian']],
  ['Niger', ['Niamey'], ['Nigerien']],
  ['Mali', ['Bamako'], ['Malian']],
  ['Senegal', ['Dakar'], ['Senegalese']],
  ['Tanzania', ['Dodoma'], ['Tanzanian']],
  ['Uganda', ['Kampala'], ['Ugandan']],
  ['Rwanda', ['Kigali'], ['Rwandan']],
  ['Democratic Republic of the Congo', ['DR Congo', 'DRC', 'Kinshasa'], ['Congolese']],
  ['Angola', ['Luanda'], ['Angolan']],
  ['Mozambique', ['Maputo'], ['Mozambican']],
  ['Zimbabwe', ['Harare'], ['Zimbabwean']],
  ['Zambia', ['Lusaka'], ['Zambian']],
  ['Tunisia', ['Tunis'], ['Tunisian']],
  ['Oman', ['Muscat'], ['Omani']],
  ['Kuwait', ['Kuwait City'], ['Kuwaiti']],
  ['Bahrain', ['Manama'], ['Bahraini']],
  ['Cyprus', ['Nicosia'], ['Cypriot']],
  ['Malta', ['Valletta'], ['Maltese']],
  ['Luxembourg', [], ['Luxembourgish']],
  ['Albania', ['Tirana'], ['Albanian']],
  ['North Macedonia', ['Skopje'], ['North Macedonian']],
  ['Bosnia and Herzegovina', ['Bosnia', 'Sarajevo'], ['Bosnian']],
  ['Montenegro', ['Podgorica'], ['Montenegrin']],
  ['Kosovo', ['Pristina'], ['Kosovan']],
  ['Uzbekistan', ['Tashkent'], ['Uzbek']],
  ['Mongolia', ['Ulaanbaatar'], ['Mongolian']],
  ['Cambodia', ['Phnom Penh'], ['Cambodian']],
  ['Ecuador', ['Quito'], ['Ecuadorian']],
  ['Bolivia', ['La Paz'], ['Bolivian']],
  ['Uruguay', ['Montevideo'], ['Uruguayan']],
  ['Paraguay', ['Asunción', 'Asuncion'], ['Paraguayan']],
  ['Panama', [], ['Panamanian']],
  ['Haiti', ['Port-au-Prince'], ['Haitian']],
  ['Papua New Guinea', ['Port Moresby'], ['Papua New Guinean']],
  ['Fiji', ['Suva'], ['Fijian']],
];

const organisations: [string, string[], ActorKind][] = [
  ['NATO', ['North Atlantic Treaty Organization', 'the alliance', 'Nato'], 'organization'],
  ['United Nations', ['UN', 'U.N.', 'the UN'], 'organization'],
  ['UN Security Council', ['Security Council'], 'organization'],
  ['European Union', ['EU', 'E.U.', 'the bloc'], 'organization'],
  ['European Commission', ['the Commission'], 'organization'],
  ['European Central Bank', ['ECB'], 'organization'],
  ['International Monetary Fund', ['IMF'], 'organization'],
  ['World Bank', [], 'organization'],
  ['World Health Organization', ['WHO'], 'organization'],
  ['World Trade Organization', ['WTO'], 'organization'],
  ['World Food Programme', ['WFP', 'World Food Program'], 'organization'],
  ['UNHCR', ['UN refugee agency'], 'organization'],
  ['UNICEF', ['Unicef'], 'organization'],
  ['International Committee of the Red Cross', ['ICRC', 'Red Cross'], 'organization'],
  ['OSCE', ['Organization for Security and Co-operation in Europe'], 'organization'],
  ['OECD', [], 'organization'],
  ['International Atomic Energy Agency', ['IAEA'], 'organization'],
  ['International Criminal Court', ['ICC'], 'organization'],
  ['Arab League', [], 'organization'],
  ['Gulf Cooperation Council', ['GCC'], 'organization'],
  ['ECOWAS', [], 'organization'],
  ['European Parliament', [], 'organization'],
  ['European Council', [], 'organization'],
  ['Council of the EU', ['Council of the European Union'], 'organization'],
  ['G7', ['Group of Seven'], 'organization'],
  ['G20', ['Group of 20'], 'organization'],
  ['OPEC', [], 'organization'],
  ['African Union', ['AU'], 'organization'],
  ['ASEAN', [], 'organization'],
  ['Federal Reserve', ['the Fed'], 'organization'],
  ['Bank of England', [], 'organization'],
  ['Parliament', ['the Commons', 'House of Commons'], 'organization'],
  ['Congress', ['US Congress'], 'organization'],
  ['Senate', ['the Senate'], 'organization'],
  ['House of Representatives', [], 'organization'],
  ['White House', ['the White House'], 'organization'],
  ['Pentagon', ['the Pentagon'], 'organization'],
  ['Downing Street', ['Number 10', 'No 10'], 'organization'],
  ['Bundestag', [], 'organization'],
  ['Hamas', [], 'group'],
  ['Hezbollah', [], 'group'],
  ['Taliban', ['the Taliban'], 'group'],
  ['Europe', [], 'group'],
  ['The West', ['the West', 'Western allies'], 'group'],
  ['Asia', [], 'group'],
  ['Africa', [], 'group'],
  ['Middle East', ['the Middle East'], 'group'],
  ['Latin America', [], 'group'],
];

export const knownActors: KnownActor[] = [
  ...states.map(([name, aliases, demonyms]) => ({ name, kind: 'state' as const, aliases, demonyms, country: name })),
  ...organisations.map(([name, aliases, kind]) => ({ name, kind, aliases, demonyms: [] })),
];

/**
 * Titles that stand before a person's name. Longest first, so "Prime Minister" wins over "Minister".
 * "the <title>" later in a text points back at the person who carried it.
 */
export const titles = [
  'Secretary of State', 'Secretary-General', 'Secretary General', 'Prime Minister', 'Deputy Prime Minister', 'Vice President',
  'Foreign Secretary', 'Foreign Minister', 'Defence Secretary', 'Defense Secretary', 'Defence Minister', 'Defense Minister',
  'Finance Minister', 'Chancellor', 'President', 'Premier', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Minister',
  'Secretary', 'Senator', 'Sen.', 'Governor', 'Gov.', 'Mayor', 'General', 'Gen.', 'Admiral', 'Ambassador', 'Speaker',
  'Special Envoy', 'Envoy', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Commissioner', 'Leader', 'Sir', 'Dame', 'Lord', 'Lady', 'Dr', 'Dr.', 'Mr', 'Mr.',
  'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Professor', 'Prof.', 'Rep.', 'Judge', 'Justice', 'Chief Executive', 'CEO', 'Rt Hon', 'The Rt Hon',
].sort((a, b) => b.length - a.length);

/** Honorifics that say nothing about office, so they are not a role. */
export const honorifics = new Set(['Rt Hon', 'The Rt Hon', 'Sir', 'Dame', 'Lord', 'Lady', 'Dr', 'Dr.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.']);

/**
 * Plural nouns for unnamed groups whose views news reports ("critics argue..."). Anonymous sources
 * (analysts, experts, officials, diplomats, observers, economists, sources) are the reporter's
 * informants, not parties with a stake, so they are left out.
 */
export const groupNouns = [
  'critics', 'protesters', 'protestors', 'lawmakers', 'legislators', 'opponents', 'supporters', 'campaigners', 'activists',
  'investors', 'residents', 'voters', 'scientists', 'researchers', 'doctors', 'unions', 'farmers', 'teachers', 'workers', 'allies',
  'negotiators', 'operators', 'companies', 'businesses', 'exporters', 'importers', 'manufacturers', 'executives', 'leaders', 'banks',
  'donors', 'agencies', 'producers', 'groups', 'organisations', 'organizations', 'countries', 'nations', 'governments',
];

/** Words that mark a mention as history rather than a player in the story. */
export const historyCues = /\b(the late|historically|former|formerly|in decades past|centur(y|ies) ago)\b/i;
