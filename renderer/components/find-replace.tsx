import { replaceRange } from '../editor/with-suggestions';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';
import { Editor } from 'slate';
import type { BaseRange } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import { buildMatcher, findInText, replaceAllInText, replacementFor } from '../../shared/find';
import type { FindOptions } from '../../shared/find';
import type { Story } from '../../shared/story';
import { findBodyRanges } from '../editor/find-ranges';

/** One match: in a metadata field, or in the body. */
export type FindMatch =
  | { readonly where: 'headline' | 'dek'; readonly start: number; readonly end: number }
  | { readonly where: 'body'; readonly range: BaseRange };

/** Props of the Find and Replace panel. */
export interface FindReplaceProps {
  readonly editor: Editor;
  readonly story: Story;
  readonly mode: 'find' | 'replace';
  readonly onMeta: (patch: Partial<Pick<Story, 'headline' | 'dek'>>) => void;
  /** Reports the body matches and the current one, for highlighting. */
  readonly onHighlights: (ranges: ReadonlyArray<BaseRange>, current: number) => void;
  readonly onClose: () => void;
}

/**
 * Find and replace across headline, dek and body, with match case, whole word and regular
 * expressions. An invalid expression is explained inline; replace all is one undo step.
 */
export function FindReplace({
  editor,
  story,
  mode,
  onMeta,
  onHighlights,
  onClose,
}: FindReplaceProps): ReactElement {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({
    matchCase: false,
    wholeWord: false,
    regex: false,
  });
  const [index, setIndex] = useState(0);
  const [done, setDone] = useState<
    { count: number; headline: string; dek: string; bodyChanged: boolean } | undefined
  >(undefined);
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    (mode === 'replace' ? replaceInput : findInput).current?.focus();
  }, [mode]);

  const matcher = useMemo(() => buildMatcher(query, options), [query, options]);
  const matches = useMemo<FindMatch[]>(() => {
    const out: FindMatch[] = [];
    for (const where of ['headline', 'dek'] as const)
      for (const m of findInText(story[where], matcher)) out.push({ where, ...m });
    for (const range of findBodyRanges(editor, matcher)) out.push({ where: 'body', range });
    return out;
    // story.body is listed so matches follow every edit of the body.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [matcher, story.headline, story.dek, story.body, editor]);
  const current = matches.length === 0 ? -1 : Math.min(index, matches.length - 1);

  useEffect(() => {
    const body = matches.flatMap((m) => (m.where === 'body' ? [m.range] : []));
    const currentMatch = matches[current];
    const bodyIndex = currentMatch?.where === 'body' ? body.indexOf(currentMatch.range) : -1;
    onHighlights(body, bodyIndex);
    if (currentMatch?.where === 'body') {
      try {
        const dom = ReactEditor.toDOMRange(editor, currentMatch.range);
        (dom.startContainer.parentElement ?? undefined)?.scrollIntoView({ block: 'center' });
      } catch {
        // The match is in a chunk that is not rendered yet; highlighting still shows it.
      }
    }
  }, [matches, current, editor, onHighlights]);

  useEffect(() => () => onHighlights([], -1), [onHighlights]);

  // Escape closes the panel from anywhere, even after a disabled button dropped the focus.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      if (event.key === 'Escape' && !document.querySelector('dialog[open]')) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const move = (step: number): void => {
    if (matches.length === 0) return;
    setIndex((current + step + matches.length) % matches.length);
  };

  const replaceOne = (): void => {
    const match = matches[current];
    if (!match) return;
    if (match.where === 'body') {
      const text = Editor.string(editor, match.range);
      HistoryEditor.withNewBatch(editor, () =>
        replaceRange(editor, match.range, replacementFor(text, replacement, matcher, options)),
      );
    } else {
      const value = story[match.where];
      const next =
        value.slice(0, match.start) +
        replacementFor(value.slice(match.start, match.end), replacement, matcher, options) +
        value.slice(match.end);
      onMeta({ [match.where]: next });
    }
    setDone(undefined);
  };

  const replaceAll = (): void => {
    if (!matcher.ok || matches.length === 0) return;
    const headline = replaceAllInText(story.headline, replacement, matcher, options);
    const dek = replaceAllInText(story.dek, replacement, matcher, options);
    const ranges = matches.flatMap((m) => (m.where === 'body' ? [m.range] : []));
    // Last to first, so earlier ranges stay valid while later text changes.
    HistoryEditor.withNewBatch(editor, () => {
      Editor.withoutNormalizing(editor, () => {
        for (const range of [...ranges].reverse()) {
          replaceRange(
            editor,
            range,
            replacementFor(Editor.string(editor, range), replacement, matcher, options),
          );
        }
      });
    });
    if (headline.count + dek.count > 0) onMeta({ headline: headline.text, dek: dek.text });
    setDone({
      count: matches.length,
      headline: story.headline,
      dek: story.dek,
      bodyChanged: ranges.length > 0,
    });
  };

  const undoAll = (): void => {
    if (!done) return;
    if (done.bodyChanged) editor.undo();
    onMeta({ headline: done.headline, dek: done.dek });
    setDone(undefined);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && event.target === findInput.current) {
      event.preventDefault();
      move(event.shiftKey ? -1 : 1);
    }
  };

  const where = matches[current]?.where;
  const count =
    matches.length === 0
      ? query && matcher.ok
        ? 'No matches'
        : ''
      : `${current + 1} of ${matches.length}${where && where !== 'body' ? ` (in ${where})` : ''}`;
  const toggle = (key: keyof FindOptions) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setOptions({ ...options, [key]: event.target.checked });

  return (
    <section className="find-replace" aria-label="Find and replace" onKeyDown={onKeyDown}>
      <div className="find-row">
        <label htmlFor="find-query">Find</label>
        <input
          id="find-query"
          ref={findInput}
          type="text"
          value={query}
          aria-invalid={!matcher.ok && matcher.message !== ''}
          aria-describedby="find-error"
          onChange={(e) => {
            setQuery(e.target.value);
            setIndex(0);
          }}
        />
        <span role="status" aria-label="Match count" className="find-count">
          {count}
        </span>
        <button type="button" onClick={() => move(-1)} disabled={matches.length === 0}>
          Previous
        </button>
        <button type="button" onClick={() => move(1)} disabled={matches.length === 0}>
          Next
        </button>
        <button type="button" onClick={onClose} aria-label="Close find and replace">
          ×
        </button>
      </div>
      <div className="find-row">
        <label htmlFor="find-replacement">Replace with</label>
        <input
          id="find-replacement"
          ref={replaceInput}
          type="text"
          value={replacement}
          onChange={(e) => setReplacement(e.target.value)}
        />
        <button type="button" onClick={replaceOne} disabled={matches.length === 0}>
          Replace
        </button>
        <button type="button" onClick={replaceAll} disabled={matches.length === 0}>
          Replace all
        </button>
      </div>
      <div className="find-row">
        <label>
          <input type="checkbox" checked={options.matchCase} onChange={toggle('matchCase')} /> Match
          case
        </label>
        <label>
          <input type="checkbox" checked={options.wholeWord} onChange={toggle('wholeWord')} /> Whole
          word
        </label>
        <label>
          <input type="checkbox" checked={options.regex} onChange={toggle('regex')} /> Regular
          expression
        </label>
      </div>
      <p id="find-error" role="alert" className="field-error">
        {!matcher.ok ? matcher.message : ''}
      </p>
      {done ? (
        <p className="find-done">
          Replaced {done.count} {done.count === 1 ? 'match' : 'matches'}.{' '}
          <button type="button" onClick={undoAll}>
            Undo replace all
          </button>
        </p>
      ) : null}
    </section>
  );
}
