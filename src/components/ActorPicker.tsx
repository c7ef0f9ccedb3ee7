import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Actor } from '../model/schema';

interface ActorPickerProps {
  label: string;
  actors: Actor[];
  selected: string[];
  onChange: (ids: string[]) => void;
  /** Most actors that may be chosen; default unlimited. */
  max?: number;
}

/** Matches on the name and on every alias the article uses ("the president" finds Trump). */
function matchActors(actors: Actor[], query: string): Actor[] {
  const q = query.trim().toLowerCase();
  if (!q) return actors;
  return actors.filter((a) => [a.name, ...a.aliases].some((name) => name.toLowerCase().includes(q)));
}

/** A multi-select with type-ahead, following the ARIA combobox pattern; chosen actors show as removable chips. */
export function ActorPicker({ label, actors, selected, onChange, max = Infinity }: ActorPickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const byId = useMemo(() => new Map(actors.map((a) => [a.id, a])), [actors]);
  const options = useMemo(() => matchActors(actors, query).filter((a) => !selected.includes(a.id)), [actors, query, selected]);
  const full = selected.length >= max;

  const choose = (actor: Actor | undefined) => {
    if (!actor || full) return;
    onChange([...selected, actor.id]);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && open) choose(options[active]);
    else if (event.key === 'Escape') setOpen(false);
    else if (event.key === 'Backspace' && !query && selected.length) onChange(selected.slice(0, -1));
    else return;
    event.preventDefault();
  };
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const expanded = open && !full && options.length > 0;

  return (
    <div className="picker">
      <label htmlFor={`${id}-input`} className="picker__label">
        {label}
      </label>
      <div className="picker__box">
        <ul className="chips" aria-label={`${label}: chosen`}>
          {selected.map((actorId) => (
            <li key={actorId} className="chip">
              {byId.get(actorId)?.name ?? actorId}
              <button type="button" className="chip__remove" aria-label={`Remove ${byId.get(actorId)?.name ?? actorId}`} onClick={() => onChange(selected.filter((s) => s !== actorId))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? optionId(active) : undefined}
          placeholder={full ? `At most ${max}` : selected.length ? 'Add another…' : 'Type a name…'}
          disabled={full}
          value={query}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={listId} role="listbox" aria-label={label} className="picker__list" hidden={!expanded}>
        {/* Drawn only when open: hundreds of hidden options would be redrawn on every filter change. */}
        {expanded &&
          options.map((actor, i) => (
            <li
              key={actor.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="picker__option"
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(actor);
              }}
            >
              {actor.name}
              <span className="picker__role">{actor.role}</span>
            </li>
          ))}
      </ul>
      {open && !full && query && !options.length && <p className="picker__empty">No actor matches “{query}”.</p>}
    </div>
  );
}
