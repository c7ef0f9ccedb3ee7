import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { codebook, datasetTopic } from '../../model/codebookTopics';
import type { Position, Topic } from '../../model/schema';
import { freshId, type DatasetCommand } from '../../store/datasetEdits';
import './topicAssign.css';

interface TopicAssignProps {
  position: Position;
  /** The topics of the dataset under review. */
  topics: Topic[];
  edit: (command: DatasetCommand) => void;
}

/** The codebook's topics by group, in codebook order. */
const codebookGroups = [...new Set(codebook.topics.map((t) => t.group))].map((group) => [group, codebook.topics.filter((t) => t.group === group)] as const);

/** Moves a position to another topic: one of the dataset's, one from the codebook, or a new one a person names. */
export function TopicAssign({ position, topics, edit }: TopicAssignProps) {
  const ids = useId();
  const [chosen, setChosen] = useState(position.topic);
  const [shownTopic, setShownTopic] = useState(position.topic);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [said, setSaid] = useState('');
  const nameInput = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (naming) nameInput.current?.focus();
  }, [naming]);
  // Undo, redo or another control may move the position; the choice follows it.
  if (shownTopic !== position.topic) {
    setShownTopic(position.topic);
    setChosen(position.topic);
  }

  const inDataset = new Set(topics.map((t) => t.id));
  const target = topics.find((t) => t.id === chosen) ?? codebook.topics.filter((t) => t.id === chosen).map(datasetTopic)[0];
  const move = () => {
    if (!target || target.id === position.topic) return;
    edit({ type: 'moveToTopic', id: position.id, topic: target });
    setSaid(`Moved to ${target.label}.`);
  };
  const closeNaming = () => {
    setNaming(false);
    toggle.current?.focus();
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    const label = name.trim();
    if (!label) return;
    const topic = { id: freshId([...topics, ...codebook.topics], label), label, question: `Where does each actor stand on ${label}?`, group: 'Added in review' };
    edit({ type: 'addTopic', topic });
    setChosen(topic.id);
    setName('');
    setSaid(`Added the topic ${label}; choose Move to file this position under it.`);
    closeNaming();
  };
  const onNameKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') closeNaming();
  };

  return (
    <div className="topic-assign" role="group" aria-label="Topic of this position">
      <div className="topic-assign__pick">
        {/* A label apart from the list: wrapped round it, the label's text would take in every option's. */}
        <label htmlFor={`${ids}-topic`}>Topic</label>
        <select id={`${ids}-topic`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <optgroup label="In this dataset">
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </optgroup>
          {codebookGroups.map(([group, entries]) => {
            const missing = entries.filter((t) => !inDataset.has(t.id));
            return missing.length ? (
              <optgroup key={group} label={`Codebook: ${group}`}>
                {missing.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </select>
      </div>
      <button type="button" className="button-quiet" onClick={move}>
        Move
      </button>
      <button ref={toggle} type="button" className="button-quiet" aria-expanded={naming} onClick={() => (naming ? closeNaming() : setNaming(true))}>
        New topic…
      </button>
      {naming && (
        <form className="topic-assign__new" onSubmit={add}>
          <label htmlFor={`${ids}-name`}>Name of the new topic</label>
          <input id={`${ids}-name`} ref={nameInput} value={name} onChange={(e) => setName(e.target.value)} onKeyDown={onNameKey} maxLength={120} />
          <button type="submit" className="button-quiet" disabled={!name.trim()}>
            Add topic
          </button>
        </form>
      )}
      <p className="topic-assign__said" role="status">
        {said}
      </p>
    </div>
  );
}
