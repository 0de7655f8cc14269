import { SETTINGS_SAVED_EVENT } from '../settings-events';
import { chooseTheme, storedTheme } from '../commands/use-window-prefs';
import type { ThemeChoice } from '../commands/use-window-prefs';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { Settings } from '../../shared/settings';
import type { Connection } from '../api-client';
import { CmsProfiles } from './cms-profiles';

/** Props of the settings dialog. */
export interface SettingsDialogProps {
  readonly connection: Connection;
  readonly onClose: (changedLibrary: boolean) => void;
}

/** Author name (recorded on versions, used as byline) and the library folder. */
export function SettingsDialog({ connection, onClose }: SettingsDialogProps): ReactElement {
  const dialog = useRef<HTMLDialogElement>(null);
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [error, setError] = useState('');
  const [theme, setTheme] = useState<ThemeChoice>(storedTheme);

  useEffect(() => {
    dialog.current?.showModal();
    connection.api
      .getSettings({})
      .then(setSettings, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [connection]);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!settings) {
      // The name and folder fields stay disabled until the host answers, so only the theme can
      // have changed: a quick Save on a busy machine applies it instead of doing nothing.
      chooseTheme(theme);
      onClose(false);
      return;
    }
    try {
      const before = await connection.api.getSettings({});
      await connection.api.updateSettings({
        patch: { authorName: settings.authorName.trim(), libraryPath: settings.libraryPath.trim() },
      });
      chooseTheme(theme);
      window.dispatchEvent(new Event(SETTINGS_SAVED_EVENT));
      onClose(before.libraryPath !== settings.libraryPath.trim());
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="settings-title"
      className="dialog"
      onCancel={() => onClose(false)}
    >
      <form onSubmit={(e) => void save(e)}>
        <h2 id="settings-title">Settings</h2>
        <label htmlFor="settings-author">Your name</label>
        <input
          id="settings-author"
          type="text"
          value={settings?.authorName ?? ''}
          disabled={!settings}
          onChange={(e) => settings && setSettings({ ...settings, authorName: e.target.value })}
        />
        <label htmlFor="settings-library">Library folder (empty for ~/Documents/Galley)</label>
        <input
          id="settings-library"
          type="text"
          value={settings?.libraryPath ?? ''}
          disabled={!settings}
          onChange={(e) => settings && setSettings({ ...settings, libraryPath: e.target.value })}
        />
        <label htmlFor="settings-theme">Theme</label>
        <select
          id="settings-theme"
          value={theme}
          onChange={(e) => setTheme(e.target.value as ThemeChoice)}
        >
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
        <p role="alert" className="field-error">
          {error}
        </p>
        <div className="dialog-buttons">
          <button type="button" onClick={() => onClose(false)}>
            Cancel
          </button>
          <button type="submit">Save settings</button>
        </div>
      </form>
      <CmsProfiles connection={connection} />
    </dialog>
  );
}
