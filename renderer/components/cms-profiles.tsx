import { useCallback, useEffect, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { CmsProfile } from '../../shared/cms';
import type { Connection } from '../api-client';

type Listed = CmsProfile & { readonly hasSecret: boolean };

/** The CMS profiles part of Settings: add, test and remove WordPress and Ghost targets. */
export function CmsProfiles({ connection }: { readonly connection: Connection }): ReactElement {
  const { api } = connection;
  const [profiles, setProfiles] = useState<ReadonlyArray<Listed>>([]);
  const [encrypted, setEncrypted] = useState(true);
  const [kind, setKind] = useState<'wordpress' | 'ghost'>('wordpress');
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [secret, setSecret] = useState('');
  const [message, setMessage] = useState('');

  const reload = useCallback(async () => {
    const listed = await api.listProfiles({});
    setProfiles(listed.profiles);
    setEncrypted(listed.secretsEncrypted);
  }, [api]);

  useEffect(() => {
    void reload().catch(() => undefined);
  }, [reload]);

  const say = (error: unknown): void =>
    setMessage(error instanceof Error ? error.message : String(error));

  const add = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    try {
      const id = `${kind === 'wordpress' ? 'wp' : 'ghost'}-${Date.now().toString(36)}`;
      await api.saveProfile({
        profile: kind === 'wordpress' ? { id, kind, name, url, user } : { id, kind, name, url },
        secret,
      });
      setName('');
      setUrl('');
      setUser('');
      setSecret('');
      setMessage(`Saved ${name}.`);
      await reload();
    } catch (error) {
      say(error);
    }
  };

  return (
    <section aria-labelledby="cms-title" className="cms-profiles">
      <h3 id="cms-title">CMS profiles</h3>
      {!encrypted ? (
        <p className="field-hint">
          Passwords and keys are kept in a file only your user account can read (mode 0600); they
          are not encrypted in the browser host.
        </p>
      ) : null}
      <ul aria-label="CMS profiles">
        {profiles.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong> ({p.kind === 'wordpress' ? 'WordPress' : 'Ghost'}, {p.url})
            {p.hasSecret ? '' : ' — no password saved'}
            <button
              type="button"
              aria-label={`Test connection to ${p.name}`}
              onClick={() =>
                void api.testProfile({ id: p.id }).then((r) => setMessage(r.message), say)
              }
            >
              Test connection
            </button>
            <button
              type="button"
              aria-label={`Remove ${p.name}`}
              onClick={() => void api.deleteProfile({ id: p.id }).then(reload, say)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)} className="cms-form">
        <label htmlFor="cms-kind">CMS</label>
        <select
          id="cms-kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as 'wordpress' | 'ghost')}
        >
          <option value="wordpress">WordPress</option>
          <option value="ghost">Ghost</option>
        </select>
        <label htmlFor="cms-name">Profile name</label>
        <input id="cms-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="cms-url">{kind === 'wordpress' ? 'Site address' : 'Admin address'}</label>
        <input id="cms-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
        {kind === 'wordpress' ? (
          <>
            <label htmlFor="cms-user">User name</label>
            <input
              id="cms-user"
              type="text"
              value={user}
              onChange={(e) => setUser(e.target.value)}
            />
          </>
        ) : null}
        <label htmlFor="cms-secret">
          {kind === 'wordpress' ? 'Application password' : 'Admin API key'}
        </label>
        <input
          id="cms-secret"
          type="password"
          autoComplete="off"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
        />
        <button type="submit">Save profile</button>
      </form>
      <p role="status">{message}</p>
    </section>
  );
}
