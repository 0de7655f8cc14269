import { useCallback, useEffect, useState } from 'react';

/** The window's look, chosen by the user: theme, zoom, focus mode. Kept per user. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const THEME_KEY = 'galley.theme';
const ZOOM_KEY = 'galley.zoom';
const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused: the choice lasts for this session only.
  }
}

/** The stored theme choice. */
export function storedTheme(): ThemeChoice {
  const value = read(THEME_KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** Stores a theme choice and tells the window (Settings uses this). */
export function chooseTheme(choice: ThemeChoice): void {
  write(THEME_KEY, choice);
  window.dispatchEvent(new Event('galley:theme'));
}

function systemDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/**
 * Applies the theme (data-theme on <html>), the zoom (CSS zoom on <html>, which Chromium honours
 * in both hosts) and focus mode, and returns the commands that change them.
 */
export function useWindowPrefs() {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  const [dark, setDark] = useState(() => (choice === 'system' ? systemDark() : choice === 'dark'));
  const [zoom, setZoom] = useState(() => {
    const value = Number(read(ZOOM_KEY));
    return ZOOM_STEPS.includes(value) ? value : 1;
  });
  const [focusMode, setFocusMode] = useState(false);

  useEffect(() => {
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const update = (): void => {
      const next = storedTheme();
      setChoice(next);
      setDark(next === 'system' ? systemDark() : next === 'dark');
    };
    media?.addEventListener('change', update);
    window.addEventListener('galley:theme', update);
    return () => {
      media?.removeEventListener('change', update);
      window.removeEventListener('galley:theme', update);
    };
  }, []);

  useEffect(() => {
    document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
  }, [dark]);

  useEffect(() => {
    document.documentElement.style.setProperty('zoom', String(zoom));
    write(ZOOM_KEY, String(zoom));
  }, [zoom]);

  const stepZoom = useCallback((direction: 1 | -1 | 0) => {
    setZoom((current) => {
      if (direction === 0) return 1;
      const index = ZOOM_STEPS.indexOf(current);
      return ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, index + direction))] ?? 1;
    });
  }, []);

  // The theme command flips between light and dark (leaving "follow the system").
  const toggleTheme = useCallback(() => chooseTheme(dark ? 'light' : 'dark'), [dark]);

  return { choice, dark, zoom, stepZoom, toggleTheme, focusMode, setFocusMode };
}
