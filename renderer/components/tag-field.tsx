import { useState } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';

/** Props of the tag picker. */
export interface TagFieldProps {
  readonly tags: ReadonlyArray<string>;
  readonly suggestions: ReadonlyArray<string>;
  readonly onChange: (tags: ReadonlyArray<string>) => void;
}

/** Pick-or-type tags: suggestions in a list, new ones typed; each tag removable by keyboard. */
export function TagField({ tags, suggestions, onChange }: TagFieldProps): ReactElement {
  const [draft, setDraft] = useState('');
  const add = (value: string): void => {
    const tag = value.trim().replace(/,$/, '').trim();
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) onChange([...tags, tag]);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };
  return (
    <div className="field">
      <label htmlFor="field-tags">Tags</label>
      <ul className="tag-list" aria-label="Tags on this story">
        {tags.map((tag) => (
          <li key={tag}>
            {tag}
            <button
              type="button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id="field-tags"
        type="text"
        list="tag-suggestions"
        value={draft}
        aria-describedby="field-tags-hint"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => draft.trim() && add(draft)}
      />
      <datalist id="tag-suggestions">
        {suggestions
          .filter((s) => !tags.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
      <span id="field-tags-hint" className="field-hint">
        Press Enter or a comma to add a tag
      </span>
    </div>
  );
}
