import { useEffect, useMemo, useRef, useState } from 'react';
import { Editor, Node as SlateNode, Path } from 'slate';
import type { BlockResult } from '../../shared/proofing/proofreader';
import type { Story } from '../../shared/story';
import { takeDomSelection } from '../editor/take-dom-selection';
import { proofBlocks, rangeIn, rawOffset } from './proof-targets';
import type { PlacedFinding, ProofBlock } from './proof-targets';
import { followFindings } from './follow-edits';
import type { TrackedFinding } from './follow-edits';
import { onProofing, postToProofing } from './proofing-client';

/** The checker's state for the open story. */
export interface ProofingState {
  readonly findings: ReadonlyArray<PlacedFinding>;
  readonly status: 'starting' | 'ready' | 'failed';
  readonly message: string;
}

interface CheckState {
  /** The last check's findings, placed in the text it read. */
  readonly tracked: ReadonlyArray<TrackedFinding>;
  readonly status: 'starting' | 'ready' | 'failed';
  readonly message: string;
}

const DEBOUNCE_MS = 300;
let seqCounter = 0;

/** The results of a check, placed in the blocks it read (blocks changed since then wait). */
export function placeFindings(
  editor: Editor,
  blocks: ReadonlyArray<ProofBlock>,
  results: ReadonlyArray<BlockResult>,
): TrackedFinding[] {
  const placed: TrackedFinding[] = [];
  blocks.forEach((block, index) => {
    const result = results[index];
    if (!result) return;
    const { target } = block;
    // A body block that changed since it was sent waits for the next result.
    if (target.kind === 'body') {
      if (
        !SlateNode.has(editor, target.path) ||
        SlateNode.string(SlateNode.get(editor, target.path)) !== (block.raw ?? block.text)
      )
        return;
    }
    const key = target.kind === 'field' ? target.field : `${target.kind}:${target.path.join('.')}`;
    const checked = block.raw ?? block.text;
    const all = [
      ...result.findings.map((finding) => ({ finding })),
      ...result.hints.map((hint) => ({
        finding: {
          ...hint,
          kind: 'hint' as const,
          message: `“${hint.text}” is not in the dictionary. If the name is right, add it.`,
          suggestions: [],
        },
      })),
    ];
    // Only blocks with something to show are followed: every ref is updated on every edit.
    const blockRef =
      target.kind === 'body' && all.length > 0 ? Editor.pathRef(editor, target.path) : undefined;
    for (const { finding } of all) {
      const rawStart = rawOffset(block.skips, finding.start, 'start');
      const rawEnd = rawOffset(block.skips, finding.end, 'end');
      placed.push({
        id: `${key}:${finding.start}:${finding.kind}`,
        target,
        finding,
        checked,
        rawStart,
        rawEnd,
        ...(blockRef ? { block: blockRef } : {}),
        ...(target.kind === 'body'
          ? { range: rangeIn(editor, target.path, rawStart, rawEnd) }
          : {}),
      });
    }
  });
  return placed;
}

/**
 * Runs the proofing worker over the open story: after each pause in typing the blocks go to
 * the worker, which only rechecks the ones that changed; results come back as placed findings.
 */
export function useProofing(
  editor: Editor,
  story: Story,
  newsroomWords: ReadonlyArray<string>,
): ProofingState {
  const [state, setState] = useState<CheckState>({
    tracked: [],
    status: 'starting',
    message: 'Loading dictionaries…',
  });
  const pending = useRef(new Map<number, ReadonlyArray<ProofBlock>>());
  const trackedRefs = useRef<ReadonlyArray<TrackedFinding>>([]);
  useEffect(() => () => releaseRefs(trackedRefs.current), []);
  const latestSeq = useRef(0);
  const accepted = useMemo(
    () => [...newsroomWords, ...(story.proofIgnore ?? [])],
    [newsroomWords, story.proofIgnore],
  );

  useEffect(
    () =>
      onProofing((message) => {
        if (message.type === 'ready') setState((s) => ({ ...s, status: 'ready', message: '' }));
        else if (message.type === 'error')
          setState((s) => ({
            ...s,
            status: 'failed',
            message: `The checker failed: ${message.message}`,
          }));
        else if (message.type === 'result') {
          // A check answers twice (findings, then their suggestions): its blocks are kept
          // until a later check answers.
          const blocks = pending.current.get(message.seq);
          if (!blocks || message.seq < latestSeq.current) return;
          for (const seq of pending.current.keys())
            if (seq < message.seq) pending.current.delete(seq);
          // The underlines about to be drawn redraw the text, and slate-react then puts the
          // page's selection back to the one it last read: a selection the user made in
          // the moment before (its reading lags by up to 100 ms) would jump back. Read it now.
          takeDomSelection(editor);
          const tracked = placeFindings(editor, blocks, message.results);
          releaseRefs(trackedRefs.current);
          trackedRefs.current = tracked;
          setState({
            tracked,
            status: 'ready',
            message: '',
          });
        }
      }),
    [editor],
  );

  useEffect(() => {
    postToProofing({ type: 'configure', accepted });
  }, [accepted]);

  const storyRef = useRef(story);
  storyRef.current = story;
  // Rechecks when the checked text changes (listed below), not on every metadata edit.
  useEffect(() => {
    const timer = setTimeout(() => {
      const blocks = proofBlocks(editor, storyRef.current);
      const seq = ++seqCounter;
      latestSeq.current = seq;
      pending.current.set(seq, blocks);
      postToProofing({ type: 'check', seq, blocks: blocks.map((b) => b.text) });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [editor, story.headline, story.dek, story.byline, story.body, accepted]);

  // Edits made since the check move its findings or take them away at once, not a pause later.
  const findings = useMemo(
    () => followFindings(editor, storyRef.current, state.tracked),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the text the findings follow
    [editor, state.tracked, story.headline, story.dek, story.byline, story.body],
  );
  return { findings, status: state.status, message: state.message };
}

/** Lets go of the block refs a placement took (each is updated on every edit until then). */
export function releaseRefs(tracked: ReadonlyArray<TrackedFinding>): void {
  for (const ref of new Set(tracked.map((t) => t.block))) ref?.unref();
}

/** Findings in document order: headline, dek, byline, then the body top to bottom. */
export function inDocumentOrder(findings: ReadonlyArray<PlacedFinding>): PlacedFinding[] {
  const rank = (f: PlacedFinding): number =>
    f.target.kind === 'field' ? ['headline', 'dek', 'byline'].indexOf(f.target.field) : 3;
  return [...findings].sort((a, b) => {
    const r = rank(a) - rank(b);
    if (r !== 0) return r;
    if (a.target.kind !== 'field' && b.target.kind !== 'field') {
      const p = Path.compare(a.target.path, b.target.path);
      if (p !== 0) return p;
    }
    return a.finding.start - b.finding.start;
  });
}
