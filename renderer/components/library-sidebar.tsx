import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactElement, RefObject } from 'react';
import { STORY_STATUSES } from '../../shared/story';
import type { DamagedStory, StorySummary } from '../../shared/story';

/** How the desk looks at the library: a status, a section, an order. Kept per user. */
interface DeskView {
  readonly status: string;
  readonly section: string;
  readonly sort: 'edited' | 'headline';
}

const DESK_VIEW_KEY = 'galley.desk-view';

function loadDeskView(): DeskView {
  try {
    const raw = JSON.parse(localStorage.getItem(DESK_VIEW_KEY) ?? '{}') as Partial<DeskView>;
    return {
      status: typeof raw.status === 'string' ? raw.status : '',
      section: typeof raw.section === 'string' ? raw.section : '',
      sort: raw.sort === 'headline' ? 'headline' : 'edited',
    };
  } catch {
    return { status: '', section: '', sort: 'edited' };
  }
}

function saveDeskView(view: DeskView): void {
  try {
    localStorage.setItem(DESK_VIEW_KEY, JSON.stringify(view));
  } catch {
    // Storage refused: the filter lasts for this session.
  }
}

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
  readonly onOpenFromCms: () => void;
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
    onOpenFromCms,
  } = props;
  const [query, setQuery] = useState('');
  const [trashOpen, setTrashOpen] = useState(false);
  const [view, setView] = useState<DeskView>(loadDeskView);
  const changeView = (patch: Partial<DeskView>): void => {
    const next = { ...view, ...patch };
    setView(next);
    saveDeskView(next);
  };
  const perStatus = useMemo(() => {
    const counts = new Map<string, number>();
    for (const story of stories) counts.set(story.status, (counts.get(story.status) ?? 0) + 1);
    return counts;
  }, [stories]);
  const sections = useMemo(
    () => [...new Set(stories.map((s) => s.section).filter((s) => s !== ''))].sort(),
    [stories],
  );
  const visible = useMemo(() => {
    const needle = fold(query.trim());
    const list = stories.filter(
      (story) =>
        (view.status === '' || story.status === view.status) &&
        (view.section === '' || story.section === view.section) &&
        (needle === '' ||
          fold(story.headline).includes(needle) ||
          fold(story.slug).includes(needle)),
    );
    return view.sort === 'headline'
      ? [...list].sort((a, b) => a.headline.localeCompare(b.headline, 'en'))
      : list;
  }, [stories, query, view]);
  const list = useRef<HTMLUListElement>(null);
  // Up and Down move through the list, Home and End to its ends, as in a file list.
  const onListKey = (event: KeyboardEvent<HTMLUListElement>): void => {
    const buttons = Array.from(
      list.current?.querySelectorAll<HTMLButtonElement>('.story-item') ?? [],
    );
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(at + 1, buttons.length - 1);
    else if (event.key === 'ArrowUp') next = Math.max(at - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next >= 0 && buttons[next]) {
      event.preventDefault();
      buttons[next].focus();
    }
  };

  return (
    <nav className="sidebar" aria-label="Story library">
      <div className="sidebar-actions">
        <button type="button" onClick={onNew}>
          New story
        </button>
        <button type="button" onClick={() => importInput.current?.click()}>
          Import
        </button>
        <button type="button" onClick={onOpenFromCms}>
          Open from CMS
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
      <div className="desk-filters" role="group" aria-label="Filter and sort stories">
        <label>
          Stage{' '}
          <select value={view.status} onChange={(e) => changeView({ status: e.target.value })}>
            <option value="">All ({stories.length})</option>
            {STORY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status} ({perStatus.get(status) ?? 0})
              </option>
            ))}
          </select>
        </label>
        <label>
          Desk{' '}
          <select value={view.section} onChange={(e) => changeView({ section: e.target.value })}>
            <option value="">All desks</option>
            {sections.map((section) => (
              <option key={section} value={section}>
                {section}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort<span className="visually-hidden"> stories</span>{' '}
          <select
            value={view.sort}
            onChange={(e) =>
              changeView({ sort: e.target.value === 'headline' ? 'headline' : 'edited' })
            }
          >
            <option value="edited">Last edited</option>
            <option value="headline">Headline</option>
          </select>
        </label>
      </div>
      <h2 className="sidebar-heading" id="stories-heading">
        Stories <span className="count">({visible.length})</span>
      </h2>
      <ul ref={list} className="story-list" aria-labelledby="stories-heading" onKeyDown={onListKey}>
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
          <li className="empty">
            {query || view.status || view.section ? 'No story matches.' : 'No stories yet.'}
          </li>
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
