import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/** A <dialog> shown modally as soon as it is mounted (focus moves into it, Escape closes it). */
export function useModal(): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return dialog;
}
