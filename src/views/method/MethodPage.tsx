import { useMemo } from 'react';
import { Link } from 'react-router';
import accuracyJson from '../../../data/extractor-accuracy.json';
import { EvidenceQuote } from '../../charts/EvidenceQuote';
import { DataText } from '../../components/DataText';
import { useDatasetIndex } from '../../data/useDatasetIndex';
import type { ExtractorAccuracy } from '../../model/extractorAccuracy';
import { AccuracyTable } from './AccuracyTable';
import { TopicLink } from '../shared/EntityLinks';
import { codebookGroups, codeFamilies, dateFamilies, windowFigures, type CodeExample, type CodeFamily } from './methodExamples';
import './method.css';

/** Written by `npm run eval:extract`; checked by validate:data, so taken as typed here (no zod in the browser). */
const accuracy = accuracyJson as ExtractorAccuracy;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function Example({ example }: { example: CodeExample | null }) {
  if (!example) return <p className="method-example method-example--none">No example in this dataset.</p>;
  return (
    <div className="method-example">
      <p className="method-example__title">
        <span className="method-example__kicker">Example:</span> <DataText text={example.title} />
      </p>
      <p className="method-example__summary">
        <DataText text={example.summary} />
      </p>
      {example.note && (
        <p className="method-example__note">
          <span className="method-example__kicker">Note:</span> <DataText text={example.note} />
        </p>
      )}
      <EvidenceQuote span={example.span} datum={{ kind: example.kind, id: example.id }} />
    </div>
  );
}

function Family({ family }: { family: CodeFamily }) {
  return (
    <section className="method-family" aria-labelledby={`code-${family.id}`}>
      <h3 id={`code-${family.id}`}>
        {family.title} <span className="method-family__of">of {family.of}</span>
      </h3>
      <dl className="method-codes">
        {family.entries.map((entry) => (
          <div key={entry.value} className="method-code" id={`${family.id}-${entry.value}`}>
            <dt>
              {entry.label} <code>{entry.value}</code> <span className="method-code__count">{plural(entry.count, 'in this dataset', 'in this dataset')}</span>
            </dt>
            <dd>
              <p>{entry.meaning}</p>
              <Example example={entry.example} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The codebook and the method: what every code means, with examples from the dataset on show. */
export default function MethodPage() {
  const index = useDatasetIndex();
  const { dataset } = index;
  const codebook = useMemo(() => codebookGroups(index), [index]);
  const codes = useMemo(() => codeFamilies(index), [index]);
  const dates = useMemo(() => dateFamilies(index), [index]);
  const windows = useMemo(() => windowFigures(index), [index]);
  const inferred = dataset.positions.filter((p) => p.reading === 'inferred').length + dataset.relations.filter((r) => r.reading === 'inferred').length;

  return (
    <section className="page page--method" aria-labelledby="method-title">
      <header className="page__header">
        <h1 id="method-title">How the data is coded</h1>
        <p className="page__lede">
          <DataText text={dataset.title} />: {plural(dataset.positions.length, 'position')} on {plural(dataset.topics.length, 'topic')},{' '}
          {plural(dataset.relations.length, 'relation')}, {plural(dataset.figures.length, 'figure')} and {plural(dataset.events.length, 'event')}, each
          tied to the exact words of {dataset.sources.length === 1 ? 'its source' : `its ${dataset.sources.length} sources`}. {plural(inferred, 'datum is', 'data are')}{' '}
          our reading of the words rather than what they say outright. This page says what every code means, with an example from this
          dataset, how dates are worked out, how the extractor drafts data and how well, and how to report an error.
        </p>
      </header>
      <nav className="method-toc" aria-label="On this page">
        <ol>
          <li><a href="#codebook">Codebook: the topics</a></li>
          <li><a href="#codes">What the codes mean</a></li>
          <li><a href="#dates">Dates and windows</a></li>
          <li><a href="#extractor">The extractor and its accuracy</a></li>
          <li><a href="#report">Report an error</a></li>
        </ol>
      </nav>

      <section className="method-section" aria-labelledby="codebook">
        <h2 id="codebook">Codebook: the topics</h2>
        <p>
          A position answers one topic’s question. Positions are coded on a topic only when the words answer its question; an actor
          with nothing to say on a topic has no position there, which is not the same as “no clear position”.
        </p>
        {codebook.length === 0 ? (
          <p className="empty-state">This dataset has no topics.</p>
        ) : (
          codebook.map(({ group, topics }) => (
            <section key={group} className="method-group" aria-label={group}>
              <h3>
                <DataText text={group} />
              </h3>
              <ul className="method-topics">
                {topics.map(({ topic, positions, actors }) => (
                  <li key={topic.id}>
                    <TopicLink id={topic.id} label={topic.label} /> <span className="method-topics__question"><DataText text={topic.question} /></span>{' '}
                    <span className="method-topics__count">
                      {plural(positions, 'position')} by {plural(actors, 'actor')}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </section>

      <section className="method-section" aria-labelledby="codes">
        <h2 id="codes">What the codes mean</h2>
        <p>
          Each position has a stance (where the actor stands), a certainty (how firmly) and a basis (how we know), and, like each
          relation, a reading: stated by the words or inferred by us. A cell of the matrix shows its lead position, the most firmly
          put. Every example below is the first of its kind in this dataset, a stated one where there is one; its link opens its
          words in the article.
        </p>
        {codes.map((family) => (
          <Family key={family.id} family={family} />
        ))}
      </section>

      <section className="method-section" aria-labelledby="dates">
        <h2 id="dates">Dates and windows</h2>
        <p>
          Dates are counted from the publication date of the source
          {dataset.sources.map((source) => (
            <span key={source.id}>
              {' '}
              (<DataText text={source.title} />: {source.published.date}
              {source.published.inferred ? ', itself inferred' : ', stated'})
            </span>
          ))}
          . An event’s date is the first day it may fall on, with a precision that says how wide the span is, and a note with the words
          and the reasoning.
        </p>
        {dataset.sources.some((s) => s.published.inferred && s.published.note) && (
          <ul className="method-notes">
            {dataset.sources
              .filter((s) => s.published.inferred && s.published.note)
              .map((s) => (
                <li key={s.id}>
                  How the publication date was worked out: <DataText text={s.published.note!} />
                </li>
              ))}
          </ul>
        )}
        {dates.map((family) => (
          <Family key={family.id} family={family} />
        ))}
        <section className="method-family" aria-labelledby="windows">
          <h3 id="windows">Windows of time on figures</h3>
          <p>
            A figure’s time is a single year where the words give one (“by 2030”), or a window, an earliest and a latest year, where
            they are vague. A window reasoned from outside knowledge says so in its note; treat its edges as soft.
          </p>
          {windows.length === 0 ? (
            <p className="method-example method-example--none">No figure in this dataset has a window.</p>
          ) : (
            <ul className="plain-list">
              {windows.map((figure) => {
                const example = { kind: 'figure' as const, id: figure.id, title: `${figure.label}: ${figure.time!.earliest ?? '…'}–${figure.time!.latest ?? '…'}, “${figure.time!.phrase}”`, summary: figure.time!.note ?? 'No note on how the window was reasoned.', span: figure.evidence[0]! };
                return (
                  <li key={figure.id}>
                    <Example example={example} />
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </section>

      <section className="method-section" aria-labelledby="extractor">
        <h2 id="extractor">The extractor and its accuracy</h2>
        <p>
          A new dataset can be drafted from any article under <Link to="/data">Your data</Link>. The extractor runs in your browser, on
          rules and a part-of-speech tagger (compromise); it sends nothing anywhere. In order it finds:
        </p>
        <ol className="method-steps">
          <li>Actors and every mention of them: states and organisations from a gazetteer, people by title and name, then by surname or title alone, and unnamed groups that speak (“critics warn”).</li>
          <li>Direct quotes and their speakers, from the words after the quote, before it, or around it.</li>
          <li>Positions from cue phrases in the narration (“ruled out”, “is pushing for”, “contingent on”, “hinted”) and from quotes. A quote with no cue gets “no clear position” rather than a guess.</li>
          <li>Topics from a codebook of diplomatic news: each position goes under the topic whose cue phrases its words use (“tariffs”, “ceasefire”, “defence spending”), else its sentence’s, the sentence before’s, or the article’s leading topic; with none, it is left unassigned for a person to place.</li>
          <li>Figures with their unit, status (from cue words in their clause) and year or window.</li>
          <li>Dates, resolved against the publication date.</li>
        </ol>
        <p>
          Everything it drafts is marked machine-drafted, with the rule that drafted it and how far that rule is trusted, until a person
          confirms it. Drafts are never marked inferred: that is a person’s judgement.
        </p>
        <AccuracyTable
          measurement={accuracy}
          caption={
            <>
              Accuracy measured on {accuracy.measured} over the {accuracy.articles} fictional articles of the development corpus, each with
              hand-made gold annotations (<code>npm run eval:extract</code>). Recall: share of the gold items found. Precision: share of the
              drafted items that are right.
            </>
          }
        />
        {accuracy.heldOut && (
          <AccuracyTable
            measurement={accuracy.heldOut}
            caption={
              <>
                The same on {accuracy.heldOut.articles} held-out fictional articles, kept apart from the development corpus so that rules
                fitted to it show up as a gap between the two tables. Some of them guided later changes to the rules: read these figures
                as a check, not a promise.
              </>
            }
          />
        )}
        <p>These are measures on other articles, not on this dataset: read a draft against its words before you rely on it.</p>
      </section>

      <section className="method-section" aria-labelledby="report">
        <h2 id="report">Report an error</h2>
        <p>Every datum has its words one click away (“Show in article”). If a code says more or less than its words:</p>
        <ol className="method-steps">
          <li>Copy the link of the page that shows the datum: the link opens it, in any view.</li>
          <li>Quote the words, and say what you read in them and which code you would give instead.</li>
          <li>
            Send both to whoever published the dataset; for the dataset that ships with Stance Explorer, to the project’s issue
            tracker.
          </li>
        </ol>
        <p>
          A dataset of your own can be corrected where it lives, under <Link to="/data">Your data</Link>; the coding lint of{' '}
          <code>npm run validate:data</code> warns of a code that says more than its words.
        </p>
      </section>
    </section>
  );
}
