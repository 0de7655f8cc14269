import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { StoryElement, StoryText } from '../shared/story';

// Slate's documents in Galley are exactly the story model's blocks and text runs.
declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor & HistoryEditor;
    Element: StoryElement;
    Text: StoryText;
  }
}
