import { Editor, Element as SlateElement, Node as SlateNode, Path, Text } from 'slate';
import type { BaseRange, Point } from 'slate';
import { findInText } from '../../shared/find';
import type { Matcher } from '../../shared/find';

/** Blocks whose children are text (paragraphs, headings, quotes, list items). */
function textBlocks(editor: Editor): Array<[SlateElement, Path]> {
  return Array.from(
    Editor.nodes(editor, {
      at: [],
      match: (n) =>
        SlateElement.isElement(n) &&
        !editor.isInline(n) &&
        !editor.isVoid(n) &&
        n.children.some((c) => Text.isText(c) || (SlateElement.isElement(c) && editor.isInline(c))),
    }),
  ) as Array<[SlateElement, Path]>;
}

function pointAt(block: SlateElement, blockPath: Path, offset: number, preferNext: boolean): Point {
  let remaining = offset;
  let last: Point = { path: blockPath, offset: 0 };
  for (const [leaf, leafPath] of SlateNode.texts(block)) {
    const length = leaf.text.length;
    // At a boundary, a start point belongs to the next leaf, an end point to the previous.
    if (remaining < length || (remaining === length && !preferNext))
      return { path: [...blockPath, ...leafPath], offset: remaining };
    remaining -= length;
    last = { path: [...blockPath, ...leafPath], offset: length };
  }
  return last;
}

/** The Slate range of characters `start`–`end` of a block's text. */
export function blockRange(
  block: SlateElement,
  blockPath: Path,
  start: number,
  end: number,
): BaseRange {
  return {
    anchor: pointAt(block, blockPath, start, true),
    focus: pointAt(block, blockPath, end, false),
  };
}

/** Every match of the query in the body, as Slate ranges in document order. */
export function findBodyRanges(editor: Editor, matcher: Matcher): BaseRange[] {
  if (!matcher.ok) return [];
  const ranges: BaseRange[] = [];
  for (const [block, path] of textBlocks(editor)) {
    const text = SlateNode.string(block);
    for (const match of findInText(text, matcher)) {
      ranges.push(blockRange(block, path, match.start, match.end));
    }
  }
  return ranges;
}

/** The decoration fields a leaf can carry (declared on Slate's Text in custom-types.d.ts). */
export interface DecoratedLeaf {
  readonly findMatch?: true;
  readonly findCurrent?: true;
  readonly proof?: string;
  readonly proofId?: string;
}

/** A range with the flags `renderLeaf` turns into classes. */
export type DecoratedRange = BaseRange & DecoratedLeaf;

/** Groups ranges by every text node they touch, for a fast `decorate`. */
export function groupByText(
  editor: Editor,
  ranges: ReadonlyArray<DecoratedRange>,
): Map<string, DecoratedRange[]> {
  const map = new Map<string, DecoratedRange[]>();
  for (const range of ranges) {
    let paths: Path[];
    if (Path.equals(range.anchor.path, range.focus.path)) {
      // Most ranges sit inside one text leaf: no tree walk needed (this runs for every
      // finding each time results arrive, thousands of them in a long, messy draft).
      paths = [range.anchor.path];
    } else {
      try {
        paths = Array.from(
          Editor.nodes(editor, { at: range, match: Text.isText }),
          ([, path]) => path,
        );
      } catch {
        continue; // The range points into text that changed since; the next check replaces it.
      }
    }
    for (const path of paths) {
      const key = path.join(',');
      const list = map.get(key) ?? [];
      list.push(range);
      map.set(key, list);
    }
  }
  return map;
}
