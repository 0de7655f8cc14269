import { Editor, Element as SlateElement, Node as SlateNode, Text } from 'slate';
import type { BaseRange, Path, Point } from 'slate';
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

/** Every match of the query in the body, as Slate ranges in document order. */
export function findBodyRanges(editor: Editor, matcher: Matcher): BaseRange[] {
  if (!matcher.ok) return [];
  const ranges: BaseRange[] = [];
  for (const [block, path] of textBlocks(editor)) {
    const text = SlateNode.string(block);
    for (const match of findInText(text, matcher)) {
      ranges.push({
        anchor: pointAt(block, path, match.start, true),
        focus: pointAt(block, path, match.end, false),
      });
    }
  }
  return ranges;
}

/** Groups ranges by the text node they start in, for a fast `decorate`. */
export function rangesByText(
  ranges: ReadonlyArray<BaseRange>,
  current: number,
): Map<string, Array<BaseRange & { findMatch: true; findCurrent?: true }>> {
  const map = new Map<string, Array<BaseRange & { findMatch: true; findCurrent?: true }>>();
  ranges.forEach((range, index) => {
    const keys = new Set([range.anchor.path.join(','), range.focus.path.join(',')]);
    for (const key of keys) {
      const list = map.get(key) ?? [];
      list.push({
        ...range,
        findMatch: true,
        ...(index === current ? { findCurrent: true as const } : {}),
      });
      map.set(key, list);
    }
  });
  return map;
}
