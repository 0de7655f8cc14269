import { GalleyError } from '../../shared/api';
import type { CmsProfile } from '../../shared/cms';
import type { SettingsStore } from '../settings/settings-store';
import { CmsError } from './cms-http';
import type { SecretStore } from './secret-store';

/** A profile from settings with its secret, or a clear error when either is missing. */
export async function profileCredentials(
  settings: SettingsStore,
  secrets: SecretStore,
  id: string,
): Promise<{ profile: CmsProfile; secret: string }> {
  const profile = settings.get().cmsProfiles.find((p) => p.id === id);
  if (!profile) throw new GalleyError('not-found', 'That CMS profile no longer exists.');
  const secret = await secrets.get(id);
  if (!secret)
    throw new GalleyError('bad-request', `${profile.name} has no password or key saved yet.`);
  return { profile, secret };
}

/** A CMS failure in words for the desk, naming the profile. */
export function cmsFailure(error: unknown, profile: CmsProfile): GalleyError {
  if (error instanceof CmsError) {
    const code =
      error.kind === 'not-found'
        ? 'not-found'
        : error.kind === 'auth'
          ? 'forbidden'
          : 'bad-request';
    return new GalleyError(code, `${profile.name}: ${error.message} The story was not changed.`);
  }
  return error instanceof GalleyError
    ? error
    : new GalleyError(
        'internal',
        `${profile.name}: publishing failed unexpectedly. The story was not changed.`,
      );
}
