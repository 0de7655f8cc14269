import { createEditor, Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withAutoformat } from './with-autoformat';
import { withBreaks } from './with-breaks';
import { withPaste } from './with-paste';
import { withSmartQuotes } from './with-smart-quotes';
import { withStickyMarks } from './with-sticky-marks';
import { withStorySchema } from './with-story-schema';
import { withSuggestions } from './with-suggestions';

/** Paragraph groups per chunk: with content-visibility, long stories only lay out what shows. */
export const CHUNK_SIZE = 100;

/** Builds the body editor with every Galley plugin, in the order they must wrap. */
export function createStoryEditor(smartQuotes: () => boolean): Editor {
  const base = withStickyMarks(withStorySchema(withHistory(withReact(createEditor()))));
  // Suggestions wrap everything else: a paste, a smart quote or an autoformat made while
  // suggesting is recorded like any other edit.
  const editor = withSuggestions(
    withPaste(withBreaks(withAutoformat(withSmartQuotes(base, smartQuotes)))),
  );
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  return editor;
}
