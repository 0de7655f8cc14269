import { useCallback, useRef, useState } from 'react';
import type { RefObject } from 'react';

const KEY = 'galley.smartQuotes';

/**
 * The "Curly quotes" option, remembered on this computer. The ref lets the editor plugin read
 * the current value without rebuilding the editor.
 */
export function useSmartQuotes(): [boolean, (on: boolean) => void, RefObject<boolean>] {
  const [on, setOn] = useState(() => localStorage.getItem(KEY) === 'on');
  const ref = useRef(on);
  const set = useCallback((value: boolean) => {
    ref.current = value;
    localStorage.setItem(KEY, value ? 'on' : 'off');
    setOn(value);
  }, []);
  return [on, set, ref];
}
