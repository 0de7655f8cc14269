import { Editor, Element as SlateElement, Node as SlateNode, Path, Text, Transforms } from 'slate';
import type { PathRef, Range } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { LinkElement, ListType, StoryText } from '../../shared/story';
import type { SuggestionMark } from '../../shared/review/marks';
import { resolveBlockChange, resolveLeaf, resolveLinkChange } from '../../shared/review/resolve';
import type { ReviewAction, SuggestionPick } from '../../shared/review/resolve';
import { bypass } from './suggestion-edits';

/**
 * Accepts or rejects the picked suggestions in the editor, as one undo step. The decisions are
 * shared/review's, so the editor and every export agree.
 */
export function resolveSuggestions(
  editor: Editor,
  pick: SuggestionPick,
  action: ReviewAction,
): void {
  const picked = (mark: SuggestionMark | undefined): boolean => mark !== undefined && pick(mark);
  HistoryEditor.withNewBatch(editor, () =>
    bypass(editor, () =>
      Editor.withoutNormalizing(editor, () => {
        const leaves = Array.from(
          Editor.nodes(editor, {
            at: [],
            match: (n) => Text.isText(n) && (picked(n.ins) || picked(n.del) || picked(n.fmt)),
            reverse: true,
          }),
        );
        for (const [node, path] of leaves) {
          const leaf = node as StoryText;
          const out = resolveLeaf(leaf, pick, action);
          if (out === null) {
            Transforms.removeNodes(editor, { at: path });
            continue;
          }
          const removed = (Object.keys(leaf) as Array<keyof StoryText>).filter(
            (key) => key !== 'text' && !(key in out),
          );
          const changed = Object.fromEntries(
            Object.entries(out).filter(
              ([key, value]) => key !== 'text' && leaf[key as keyof StoryText] !== value,
            ),
          );
          if (removed.length > 0) Transforms.unsetNodes(editor, removed, { at: path });
          if (Object.keys(changed).length > 0) Transforms.setNodes(editor, changed, { at: path });
        }
        // Links (inline) before blocks, so a block removed or merged does not move them.
        const links = Array.from(
          Editor.nodes(editor, {
            at: [],
            match: (n) => SlateElement.isElement(n) && n.type === 'link' && picked(n.linkChange),
            reverse: true,
          }),
        );
        for (const [node, path] of links) {
          const outcome = resolveLinkChange((node as LinkElement).linkChange, pick, action);
          if (outcome.kind === 'unwrap') Transforms.unwrapNodes(editor, { at: path });
          else if (outcome.kind === 'unset')
            Transforms.unsetNodes(editor, 'linkChange', { at: path });
          else if (outcome.kind === 'set-url') {
            Transforms.unsetNodes(editor, 'linkChange', { at: path });
            Transforms.setNodes(editor, { url: outcome.url }, { at: path });
          }
        }
        const blocks = Array.from(
          Editor.nodes(editor, {
            at: [],
            match: (n) => SlateElement.isElement(n) && picked(n.change),
            reverse: true,
          }),
        );
        for (const [node, path] of blocks) {
          const element = node as SlateElement;
          const outcome = resolveBlockChange(element.change, pick, action);
          switch (outcome.kind) {
            case 'keep':
              break;
            case 'unset':
              Transforms.unsetNodes(editor, 'change', { at: path });
              break;
            case 'remove':
              Transforms.removeNodes(editor, { at: path });
              break;
            case 'merge': {
              Transforms.unsetNodes(editor, 'change', { at: path });
              const previous = Path.hasPrevious(path)
                ? SlateNode.get(editor, Path.previous(path))
                : undefined;
              if (previous && SlateElement.isElement(previous) && !editor.isVoid(previous))
                Transforms.mergeNodes(editor, { at: path });
              break;
            }
            case 'set-type': {
              Transforms.unsetNodes(editor, 'change', { at: path });
              const ref = Editor.pathRef(editor, path);
              // A list item going back to what it was leaves its list first.
              if (element.type === 'list-item' && outcome.type !== 'list-item')
                Transforms.liftNodes(editor, { at: path });
              if (outcome.type === 'list-item' && outcome.list) {
                returnToList(editor, ref, outcome.list);
                break;
              }
              const at = ref.unref();
              if (at) Transforms.setNodes(editor, { type: outcome.type }, { at });
              break;
            }
          }
        }
      }),
    ),
  );
}

/**
 * Puts a block back into the kind of list it came from: out of a list of another kind, into
 * a list of its own, joined with a neighbouring list of that kind (as the shared resolve does).
 */
function returnToList(editor: Editor, ref: PathRef, list: ListType): void {
  const start = ref.current;
  if (!start) return;
  const parent = start.length > 1 ? (SlateNode.parent(editor, start) as SlateElement) : undefined;
  if (parent && parent.type === list) {
    ref.unref();
    return;
  }
  if (parent) Transforms.liftNodes(editor, { at: start });
  const at = ref.unref();
  if (!at) return;
  Transforms.setNodes(editor, { type: 'list-item' }, { at });
  Transforms.wrapNodes(editor, { type: list, children: [] } as SlateElement, { at });
  const sameList = (path: Path): boolean => {
    const node = SlateNode.has(editor, path) ? SlateNode.get(editor, path) : undefined;
    return SlateElement.isElement(node) && node.type === list && node.change === undefined;
  };
  if (sameList(Path.next(at))) Transforms.mergeNodes(editor, { at: Path.next(at) });
  if (Path.hasPrevious(at) && sameList(Path.previous(at))) Transforms.mergeNodes(editor, { at });
}

/**
 * Replaces a range of text the way the user's mode asks: as a suggested replacement while
 * suggesting, as a plain edit otherwise. Find & replace and proofing fixes go through here.
 */
export function replaceRange(editor: Editor, range: Range, text: string): void {
  if (!editor.suggesting) {
    Transforms.insertText(editor, text, { at: range });
    return;
  }
  Transforms.select(editor, range);
  if (text === '') editor.deleteFragment();
  else Editor.insertText(editor, text);
}
