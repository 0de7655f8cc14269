/**
 * Keeps React DOM from walking the whole story on every commit.
 *
 * While a contenteditable has focus, React DOM records the selection before each commit and
 * puts it back after, and to record it walks every DOM node inside the editable: on a
 * 20,000-word story that was about 20 ms of every keystroke (measured with a CPU profile of
 * the typing bench), over several commits per key. Slate owns the editor's DOM selection and
 * sets it itself after each change, so React's copy is not needed. React decides by reading
 * the element's `contentEditable` property; this element answers "inherit" to that read,
 * while the attribute, which is what makes the browser edit it, stays as Slate set it.
 */
export function hideSelectionFromReact(element: HTMLElement | null): void {
  if (!element || Object.prototype.hasOwnProperty.call(element, 'contentEditable')) return;
  Object.defineProperty(element, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    set: (value: unknown) => element.setAttribute('contenteditable', String(value)),
  });
}
