import { useMemo, useState } from 'react';
import type { ReactElement, RefObject } from 'react';
import type { DamagedStory, StorySummary } from '../../shared/story';

/** Props of the library sidebar. */
export interface LibrarySidebarProps {
  readonly stories: ReadonlyArray<StorySummary>;
  readonly damaged: ReadonlyArray<DamagedStory>;
  readonly trash: ReadonlyArray<StorySummary>;
  readonly currentId: string | undefined;
  readonly onOpen: (id: string) => void;
  readonly onNew: () => void;
  readonly onImport: (file: File) => void;
  readonly onRestore: (id: string) => void;
  readonly onShowTrash: () => void;
  /** Lets the menu's Import… command open the file picker. */
  readonly importInput: RefObject<HTMLInputElement | null>;
  readonly onSettings: () => void;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const TIME_FORMAT = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** The story list with New story, Import, search, damaged files and the trash. */
export function LibrarySidebar(props: LibrarySidebarProps): ReactElement {
  const {
    stories,
    damaged,
    trash,
    currentId,
    onOpen,
    onNew,
    onImport,
    onRestore,
    onShowTrash,
    importInput,
    onSettings,
  } = props;
  const [query, setQuery] = useState('');
  const [trashOpen, setTrashOpen] = useState(false);
  const visible = useMemo(() => {
    const needle = fold(query.trim());
    if (needle === '') return stories;
    return stories.filter(
      (story) => fold(story.headline).includes(needle) || fold(story.slug).includes(needle),
    );
  }, [stories, query]);

  return (
    <nav className="sidebar" aria-label="Story library">
      <div className="sidebar-actions">
        <button type="button" onClick={onNew}>
          New story
        </button>
        <button type="button" onClick={() => importInput.current?.click()}>
          Import
        </button>
        <input
          ref={importInput}
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          hidden
          aria-label="Choose a file to import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onImport(file);
            event.target.value = '';
          }}
        />
      </div>
      <label htmlFor="story-search" className="visually-hidden">
        Search stories
      </label>
      <input
        id="story-search"
        type="search"
        placeholder="Search headline or slug"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <h2 className="sidebar-heading" id="stories-heading">
        Stories <span className="count">({visible.length})</span>
      </h2>
      <ul className="story-list" aria-labelledby="stories-heading">
        {visible.map((story) => (
          <li key={story.id}>
            <button
              type="button"
              className="story-item"
              aria-current={story.id === currentId ? 'true' : undefined}
              onClick={() => onOpen(story.id)}
            >
              <span className="story-item-headline">{story.headline || 'Untitled story'}</span>
              <span className="story-item-meta">
                {story.slug || 'no slug'} · {story.status} ·{' '}
                {story.wordCount.toLocaleString('en-US')} words ·{' '}
                {TIME_FORMAT.format(new Date(story.updatedAt))}
              </span>
            </button>
          </li>
        ))}
        {visible.length === 0 ? (
          <li className="empty">{query ? 'No story matches.' : 'No stories yet.'}</li>
        ) : null}
      </ul>
      {damaged.length > 0 ? (
        <section aria-labelledby="damaged-heading" className="damaged">
          <h2 className="sidebar-heading" id="damaged-heading">
            Damaged stories ({damaged.length})
          </h2>
          <ul>
            {damaged.map((item) => (
              <li key={item.id}>
                <strong>{item.id}</strong>: {item.reason} The file was left untouched.
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <button
        type="button"
        aria-expanded={trashOpen}
        className="trash-toggle"
        onClick={() => {
          if (!trashOpen) onShowTrash();
          setTrashOpen(!trashOpen);
        }}
      >
        Trash
      </button>
      <button type="button" className="settings-button" onClick={onSettings}>
        Settings
      </button>
      {trashOpen ? (
        <ul className="trash-list" aria-label="Trash">
          {trash.map((story) => (
            <li key={story.id}>
              <span>{story.headline || 'Untitled story'}</span>
              <button
                type="button"
                onClick={() => onRestore(story.id)}
                aria-label={`Restore ${story.headline || 'Untitled story'}`}
              >
                Restore
              </button>
            </li>
          ))}
          {trash.length === 0 ? <li className="empty">The trash is empty.</li> : null}
        </ul>
      ) : null}
    </nav>
  );
}
