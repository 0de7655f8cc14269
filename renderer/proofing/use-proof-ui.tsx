import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent, ReactElement } from 'react';
import { Editor, Point, Range, Transforms } from 'slate';
import type { BaseSelection } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import type { Story } from '../../shared/story';
import type { Connection } from '../api-client';
import { FindingsPanel } from '../components/findings-panel';
import { ProofPopover } from '../components/proof-popover';
import { replaceRange } from '../editor/with-suggestions';
import { useCommand } from '../commands/command-hub';
import type { DecoratedRange } from '../editor/find-ranges';
import type { PlacedFinding } from './proof-targets';
import { inDocumentOrder, useProofing } from './use-proofing';

const WORD_KINDS = new Set(['spelling', 'name', 'consistency', 'hint']);

function sameDecorations(
  a: ReadonlyArray<DecoratedRange>,
  b: ReadonlyArray<DecoratedRange>,
): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return (
        x.proofId === y.proofId &&
        x.proof === y.proof &&
        Point.equals(x.anchor, y.anchor) &&
        Point.equals(x.focus, y.focus)
      );
    })
  );
}

// Per-story ignores: plain words for word findings, "kind:text" for the rest.
function ignoreKey(placed: PlacedFinding): string {
  return WORD_KINDS.has(placed.finding.kind)
    ? placed.finding.text
    : `${placed.finding.kind}:${placed.finding.text}`;
}

/** Inputs of the proofing UI. */
export interface ProofUiOptions {
  readonly editor: Editor;
  readonly story: Story;
  readonly connection: Connection;
  readonly update: (patch: Partial<Story>) => void;
  /** Whether the Findings side panel is the one open, and how to open or close it. */
  readonly panelOpen: boolean;
  readonly setPanelOpen: (open: boolean) => void;
}

/**
 * Everything the editor shows of the checker: underlines (as decorations), the popover, the
 * Findings panel, F7 to the next finding, and the actions (apply, add, ignore).
 */
export function useProofUi({
  editor,
  story,
  connection,
  update,
  panelOpen,
  setPanelOpen,
}: ProofUiOptions) {
  const [newsroomWords, setNewsroomWords] = useState<ReadonlyArray<string>>([]);
  const [active, setActive] = useState<{ id: string; focus: boolean } | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const proofing = useProofing(editor, story, newsroomWords);
  const storyRef = useRef(story);
  storyRef.current = story;

  useEffect(() => {
    connection.api.getSettings({}).then(
      (s) => setNewsroomWords(s.newsroomWords),
      () => undefined,
    );
  }, [connection]);

  const findings = useMemo(() => {
    const ignored = new Set((story.proofIgnore ?? []).filter((k) => k.includes(':')));
    return inDocumentOrder(proofing.findings.filter((f) => !ignored.has(ignoreKey(f))));
  }, [proofing.findings, story.proofIgnore]);

  // The same underlines keep the same array: a result that only brings suggestions (the
  // worker's second answer) or a recheck that found nothing new does not make Slate redraw
  // every paragraph of a long story.
  const previousDecorations = useRef<DecoratedRange[]>([]);
  const decorations = useMemo<DecoratedRange[]>(() => {
    const next = findings.flatMap((f) =>
      f.range ? [{ ...f.range, proof: f.finding.kind, proofId: f.id }] : [],
    );
    if (sameDecorations(previousDecorations.current, next)) return previousDecorations.current;
    previousDecorations.current = next;
    return next;
  }, [findings]);
  const activeFinding = active ? findings.find((f) => f.id === active.id) : undefined;

  const apply = useCallback(
    (placed: PlacedFinding, suggestion: string) => {
      setActive(undefined);
      if (placed.target.kind === 'body' && placed.range) {
        if (Editor.string(editor, placed.range) !== placed.finding.text) {
          setNotice('The text changed before the fix was applied; check it again.');
          return;
        }
        const range = placed.range;
        const path = placed.target.path;
        // Deleting boilerplate removes its whole paragraph, in one undo step.
        HistoryEditor.withNewBatch(editor, () => {
          // In suggestion mode a fix is a suggestion too, credited to whoever applied it.
          if (placed.finding.kind !== 'boilerplate') replaceRange(editor, range, suggestion);
          else if (editor.suggesting) replaceRange(editor, Editor.range(editor, path), '');
          else Transforms.removeNodes(editor, { at: path });
        });
        ReactEditor.focus(editor);
      } else if (placed.target.kind === 'field') {
        const field = placed.target.field;
        const value = storyRef.current[field];
        if (value.slice(placed.finding.start, placed.finding.end) === placed.finding.text) {
          update({
            [field]:
              value.slice(0, placed.finding.start) + suggestion + value.slice(placed.finding.end),
          });
        }
      }
    },
    [editor, update],
  );

  const add = useCallback(
    (placed: PlacedFinding) => {
      setActive(undefined);
      connection.api.addToDictionary({ word: placed.finding.text }).then(
        (settings) => {
          setNewsroomWords(settings.newsroomWords);
          setNotice(`Added “${placed.finding.text}” to the newsroom dictionary.`);
        },
        (error: unknown) => setNotice(error instanceof Error ? error.message : String(error)),
      );
    },
    [connection],
  );

  const ignore = useCallback(
    (placed: PlacedFinding) => {
      setActive(undefined);
      const key = ignoreKey(placed);
      const current = storyRef.current.proofIgnore ?? [];
      if (!current.includes(key)) update({ proofIgnore: [...current, key] });
    },
    [update],
  );

  const jump = useCallback(
    (placed: PlacedFinding) => {
      if (placed.range) {
        Transforms.select(editor, placed.range);
        ReactEditor.focus(editor);
        try {
          ReactEditor.toDOMRange(editor, placed.range).startContainer.parentElement?.scrollIntoView(
            { block: 'center' },
          );
        } catch {
          // Not rendered yet (a far chunk); the selection still moved there.
        }
        setActive({ id: placed.id, focus: true });
      } else if (placed.target.kind === 'field') {
        const input = document.getElementById(`field-${placed.target.field}`) as
          HTMLInputElement | HTMLTextAreaElement | null;
        input?.focus();
        input?.setSelectionRange(placed.finding.start, placed.finding.end);
      }
    },
    [editor],
  );

  // F7: the next finding after the cursor, wrapping around.
  const findingsRef = useRef(findings);
  findingsRef.current = findings;
  useCommand('next-finding', () => {
    const list = findingsRef.current.filter((f) => f.finding.kind !== 'hint');
    if (list.length === 0) return;
    const cursor = editor.selection ? Range.end(editor.selection) : undefined;
    const next =
      list.find((f) => f.range && cursor && Point.isBefore(cursor, Range.start(f.range))) ??
      list.find((f) => f.range) ??
      list[0]!;
    jump(next);
  });

  const onBodyMouseOver = useCallback((event: MouseEvent) => {
    const element = (event.target as HTMLElement).closest('[data-proof-id]');
    const id = element?.getAttribute('data-proof-id');
    if (id) setActive((current) => (current?.id === id ? current : { id, focus: false }));
  }, []);

  const onSelection = useCallback((selection: BaseSelection) => {
    if (!selection || !Range.isCollapsed(selection)) return;
    const hit = findingsRef.current.find(
      (f) => f.range && Range.includes(f.range, selection.anchor),
    );
    setActive((current) =>
      hit
        ? current?.id === hit.id
          ? current
          : { id: hit.id, focus: false }
        : current?.focus
          ? current
          : undefined,
    );
  }, []);

  const popover: ReactElement | null = activeFinding ? (
    <ProofPopover
      editor={editor}
      placed={activeFinding}
      focusFirst={active?.focus ?? false}
      onApply={apply}
      onAdd={add}
      onIgnore={ignore}
      onClose={() => setActive(undefined)}
    />
  ) : null;
  const status =
    proofing.status === 'starting'
      ? proofing.message
      : proofing.status === 'failed'
        ? proofing.message
        : notice;
  const panel: ReactElement | null = panelOpen ? (
    <FindingsPanel findings={findings} status={status} onJump={jump} />
  ) : null;
  const count = findings.filter((f) => f.finding.kind !== 'hint').length;

  return {
    decorations,
    popover,
    panel,
    panelOpen,
    setPanelOpen,
    count,
    findings,
    onBodyMouseOver,
    onSelection,
  };
}
