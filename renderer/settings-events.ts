/** Sent on `window` when the settings were saved: views that show the author name reload it. */
export const SETTINGS_SAVED_EVENT = 'galley:settings-saved';
