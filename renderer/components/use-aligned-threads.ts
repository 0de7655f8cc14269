import { useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';

const GAP_PX = 8;

/** Where a comment's text is on screen: its marked words, or the field it is in. */
function anchorOf(id: string, field: string | undefined): Element | null {
  if (field) return document.getElementById(`field-${field}`);
  return document.querySelector(`[data-comment-ids~="${CSS.escape(id)}"]`);
}

/**
 * Places each comment thread level with its text, as a margin note: a thread starts at its
 * anchor's line unless the thread above it is still there, then right below that one. The
 * list keeps story order in the document (screen readers and Tab read it in order); only the
 * drawn position moves. Threads whose text is gone, or not on screen, follow the one above.
 *
 * The list is re-placed when the story's page changes size (text typed, pictures loaded),
 * when a thread grows (a reply being written) and when the window is resized.
 */
export function useAlignedThreads(
  list: RefObject<HTMLOListElement | null>,
  layoutKey: unknown,
): void {
  const frame = useRef(0);
  useLayoutEffect(() => {
    const ol = list.current;
    if (!ol) return;
    const place = (): void => {
      frame.current = 0;
      const items = [...ol.querySelectorAll<HTMLLIElement>(':scope > li[data-comment-id]')];
      const top = ol.getBoundingClientRect().top;
      let bottom = 0;
      for (const item of items) {
        const anchor = anchorOf(item.dataset['commentId'] ?? '', item.dataset['commentField']);
        const wanted = anchor ? anchor.getBoundingClientRect().top - top : bottom;
        const at = Math.max(Math.round(wanted), bottom);
        item.style.top = `${at}px`;
        bottom = at + item.offsetHeight + GAP_PX;
      }
      ol.style.height = `${bottom}px`;
    };
    const schedule = (): void => {
      if (frame.current === 0) frame.current = requestAnimationFrame(place);
    };
    place();
    ol.classList.add('is-aligned');
    const observer = new ResizeObserver(schedule);
    const page = document.querySelector('.story-page');
    if (page) observer.observe(page);
    for (const item of ol.children) observer.observe(item);
    window.addEventListener('resize', schedule);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      if (frame.current !== 0) cancelAnimationFrame(frame.current);
      frame.current = 0;
      ol.classList.remove('is-aligned');
      ol.style.height = '';
      for (const item of ol.querySelectorAll<HTMLLIElement>(':scope > li')) item.style.top = '';
    };
  }, [list, layoutKey]);
}
