import { describe, expect, it } from 'vitest';
import { extractDataset } from '../../src/extract/extractDataset';
import { tag } from '../../src/extract/nlp';
import { cueWeights, leadingTopic, topicalWords } from '../../src/extract/topicCues';
import { codebook } from '../../src/model/codebookTopics';
import { UNASSIGNED_TOPIC_ID } from '../../src/model/codes';

/** The topic of the position an actor takes, in a draft of the text. */
function topicsOf(text: string): Map<string, string[]> {
  const { dataset } = extractDataset(text, { published: '2026-03-02' });
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const out = new Map<string, string[]>();
  for (const p of dataset.positions) out.set(names.get(p.actor)!, [...(out.get(names.get(p.actor)!) ?? []), p.topic]);
  return out;
}

const heaviest = (text: string) => [...cueWeights(tag(text).lemmas)].sort((a, b) => b[1] - a[1])[0]?.[0];

describe('filing drafted positions under the codebook', () => {
  it('files each position under the topic its own words name', () => {
    const topics = topicsOf(
      'Ministers meet in Lisbon\n\nPortugal’s prime minister, Rui Matos, pledged on Monday to raise defence spending to 3% of GDP by 2030.\n\n' +
        'Chile rejected the new duties on copper imports.\n\nBrazil urged both armies to respect the truce.',
    );
    expect(topics.get('Rui Matos')).toEqual(['defence-spending']);
    expect(topics.get('Chile')).toEqual(['tariffs']);
    expect(topics.get('Brazil')).toEqual(['ceasefire']);
  });

  it('gives a drafted topic the codebook’s label, question and group', () => {
    const { dataset } = extractDataset('Ghana backed further sanctions on the junta.', { published: '2026-03-02' });
    const entry = codebook.topics.find((t) => t.id === 'sanctions')!;
    expect(dataset.topics).toEqual([{ id: 'sanctions', label: entry.label, question: entry.question, group: entry.group }]);
  });

  it('matches cues by lemma, whatever the inflection', () => {
    expect(heaviest('Brussels retaliated at once.')).toBe('trade-retaliation');
    expect(heaviest('They sanctioned two more tankers.')).toBe('sanctions');
    expect(heaviest('Both capitals want a lasting peace deal.')).toBe('lasting-peace');
  });

  it('lets a longer cue decide between a narrower topic and a broader one', () => {
    expect(heaviest('Warsaw wants an American security guarantee.')).toBe('us-security-guarantees');
    expect(heaviest('Warsaw wants a security guarantee.')).toBe('security-guarantees');
  });

  it('reads a cue in capitals only where the text writes a name, not the pronoun', () => {
    expect(heaviest('She gave us guarantees of a backstop.')).toBe('us-backstop');
    expect(cueWeights(tag('She gave us a backstop.').lemmas).get('us-backstop')).toBe(1);
    expect(cueWeights(tag('She wants a U.S. backstop.').lemmas).get('us-backstop')).toBe(3);
  });

  it('does not read an office’s name as the topic of what its holder says', () => {
    const text = 'Energy Secretary Tom Reid said it was wrong.';
    expect(cueWeights(tag(text).lemmas).has('energy-security')).toBe(true);
    expect(cueWeights(topicalWords(text, tag(text).lemmas)).has('energy-security')).toBe(false);
  });

  it('reads a position without cues in the sentence before it, then in the article’s leading topic', () => {
    const { dataset, drafts } = extractDataset(
      'Talks on migration\n\nThe Greek government wants more deportations of migrants who cross by boat. Its interior minister, Eleni Kosta, said she supported the plan.',
      { published: '2026-03-02' },
    );
    const kosta = dataset.positions.find((p) => p.actor === 'eleni-kosta')!;
    expect(kosta.topic).toBe('irregular-migration');
    expect(drafts[kosta.id]!.rule).toMatch(/\+topic:previous-sentence$/);
    expect(leadingTopic(new Map([['tariffs', 6], ['sanctions', 2]]))).toBe('tariffs');
    expect(leadingTopic(new Map([['tariffs', 3], ['sanctions', 2.5]]))).toBeUndefined();
  });

  it('leaves a position that no cue places unassigned, for a person to place', () => {
    const { dataset } = extractDataset('Maria Lopez said she supported the plan.', { published: '2026-03-02' });
    expect(dataset.positions.map((p) => p.topic)).toEqual([UNASSIGNED_TOPIC_ID]);
    expect(dataset.topics).toEqual([expect.objectContaining({ id: UNASSIGNED_TOPIC_ID, label: 'Unassigned' })]);
  });
});
