import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { StoryElement, StoryText } from '../shared/story';
import type { DecoratedLeaf } from './editor/find-ranges';

// Slate's documents in Galley are exactly the story model's blocks and text runs.
declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor &
      ReactEditor &
      HistoryEditor & {
        /**
         * Set by the story view: a wire story pasted into an empty story hands its headline,
         * dateline and byline here (they go to their fields, not the body).
         */
        onWirePaste?: (parts: { headline?: string; dateline?: string; byline?: string }) => void;
        /** Suggestion mode: edits are recorded as suggestions (see with-suggestions.ts). */
        suggesting?: boolean;
        /** The name suggestions and comments are credited to (Settings → author name). */
        reviewAuthor?: () => string;
      };
    Element: StoryElement;
    // Decorations (find matches, proofing underlines) arrive on leaves as these fields.
    Text: StoryText & DecoratedLeaf;
  }
}
