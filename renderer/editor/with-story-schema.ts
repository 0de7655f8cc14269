import { Element as SlateElement, Node as SlateNode, Text, Transforms } from 'slate';
import type { Editor } from 'slate';
import { LIST_TYPES } from '../../shared/story';

/**
 * Teaches Slate the story schema: links are inline, images and section breaks are void,
 * and lists only ever hold list items (anything else is wrapped or lifted out).
 */
export function withStorySchema(editor: Editor): Editor {
  const { isInline, isVoid, normalizeNode } = editor;
  editor.isInline = (element) => element.type === 'link' || isInline(element);
  editor.isVoid = (element) =>
    element.type === 'image' || element.type === 'section-break' || isVoid(element);
  editor.normalizeNode = (entry) => {
    const [node, path] = entry;
    if (SlateElement.isElement(node) && (LIST_TYPES as ReadonlyArray<string>).includes(node.type)) {
      for (const [child, childPath] of SlateNode.children(editor, path)) {
        if (SlateElement.isElement(child) && child.type !== 'list-item') {
          Transforms.setNodes(editor, { type: 'list-item' }, { at: childPath });
          return;
        }
        if (Text.isText(child)) {
          Transforms.wrapNodes(editor, { type: 'list-item', children: [] } as SlateElement, {
            at: childPath,
          });
          return;
        }
      }
    }
    if (SlateElement.isElement(node) && node.type === 'list-item' && path.length === 1) {
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
      return;
    }
    if (SlateElement.isElement(node) && node.type === 'link' && SlateNode.string(node) === '') {
      Transforms.removeNodes(editor, { at: path });
      return;
    }
    normalizeNode(entry);
  };
  return editor;
}
