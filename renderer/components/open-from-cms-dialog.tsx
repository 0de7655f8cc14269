import { useCallback, useEffect, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { CmsProfile, RemotePostPage } from '../../shared/cms';
import type { Story } from '../../shared/story';
import type { Connection } from '../api-client';
import { useModal } from './use-modal';

/** Props of the Open from CMS dialog. */
export interface OpenFromCmsDialogProps {
  readonly connection: Connection;
  readonly onOpened: (story: Story) => void;
  readonly onCancel: () => void;
}

const STATUS_CHOICES = [
  ['', 'Drafts, pending and scheduled'],
  ['draft', 'Drafts'],
  ['pending', 'Pending review'],
  ['future', 'Scheduled'],
] as const;

const WHEN = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

function when(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : WHEN.format(time);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Lists a CMS profile's unpublished posts (searchable, paged) and opens one as a story linked
 * to its post: the desk can copyedit a story someone wrote in the CMS and publish it back.
 */
export function OpenFromCmsDialog({
  connection,
  onOpened,
  onCancel,
}: OpenFromCmsDialogProps): ReactElement {
  const dialog = useModal();
  const { api } = connection;
  const [profiles, setProfiles] = useState<ReadonlyArray<CmsProfile> | undefined>(undefined);
  const [profileId, setProfileId] = useState('');
  const [status, setStatus] = useState('');
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState({ search: '', page: 1 });
  const [listing, setListing] = useState<RemotePostPage | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    api.listProfiles({}).then(
      ({ profiles: list }) => {
        setProfiles(list);
        setProfileId((current) => current || (list[0]?.id ?? ''));
      },
      (e: unknown) => setError(message(e)),
    );
  }, [api]);

  useEffect(() => {
    if (!profileId) return;
    let cancelled = false;
    setBusy(true);
    setError('');
    api
      .listRemotePosts({
        profileId,
        page: query.page,
        ...(status ? { status: status as 'draft' | 'pending' | 'future' } : {}),
        ...(query.search ? { search: query.search } : {}),
      })
      .then(
        (page) => {
          if (!cancelled) setListing(page);
        },
        (e: unknown) => {
          if (!cancelled) {
            setListing(undefined);
            setError(message(e));
          }
        },
      )
      .finally(() => {
        if (!cancelled) setBusy(false);
      });
    return () => {
      cancelled = true;
    };
  }, [api, profileId, status, query]);

  const submitSearch = (event: FormEvent): void => {
    event.preventDefault();
    setQuery({ search: search.trim(), page: 1 });
  };

  const openPost = useCallback(
    async (remoteId: string) => {
      setBusy(true);
      setError('');
      try {
        onOpened(await api.openRemotePost({ profileId, remoteId }));
      } catch (e) {
        setError(message(e));
        setBusy(false);
      }
    },
    [api, profileId, onOpened],
  );

  return (
    <dialog
      ref={dialog}
      aria-labelledby="cms-open-title"
      className="dialog dialog-wide"
      onCancel={onCancel}
    >
      <h2 id="cms-open-title">Open from CMS</h2>
      {profiles !== undefined && profiles.length === 0 ? (
        <p>No CMS profile yet. Add your WordPress or Ghost site in Settings first.</p>
      ) : (
        <form onSubmit={submitSearch} className="cms-open-filters">
          <label htmlFor="cms-open-profile">CMS</label>
          <select
            id="cms-open-profile"
            value={profileId}
            onChange={(e) => {
              setProfileId(e.target.value);
              setQuery({ search: query.search, page: 1 });
            }}
          >
            {(profiles ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <label htmlFor="cms-open-status">Posts</label>
          <select
            id="cms-open-status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value);
              setQuery({ search: query.search, page: 1 });
            }}
          >
            {STATUS_CHOICES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <label htmlFor="cms-open-search">Search posts</label>
          <input
            id="cms-open-search"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <button type="submit">Search</button>
        </form>
      )}
      {error ? (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      ) : null}
      <p role="status" aria-label="CMS posts status">
        {busy
          ? 'Loading…'
          : listing
            ? `${listing.total} ${listing.total === 1 ? 'post' : 'posts'}`
            : ''}
      </p>
      {listing && listing.posts.length > 0 ? (
        <table className="cms-open-list" aria-label="CMS posts">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Author</th>
              <th scope="col">Status</th>
              <th scope="col">Last changed</th>
              <th scope="col">
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {listing.posts.map((post) => (
              <tr key={post.remoteId}>
                <td>{post.title || '(no title)'}</td>
                <td>{post.author}</td>
                <td>{post.status}</td>
                <td>{when(post.modified)}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`Open “${post.title || post.remoteId}”`}
                    onClick={() => void openPost(post.remoteId)}
                  >
                    Open
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="dialog-buttons">
        {listing && listing.pages > 1 ? (
          <>
            <button
              type="button"
              disabled={busy || query.page <= 1}
              onClick={() => setQuery({ ...query, page: query.page - 1 })}
            >
              Previous page
            </button>
            <span>
              Page {listing.page} of {listing.pages}
            </span>
            <button
              type="button"
              disabled={busy || query.page >= listing.pages}
              onClick={() => setQuery({ ...query, page: query.page + 1 })}
            >
              Next page
            </button>
          </>
        ) : null}
        <button type="button" onClick={onCancel}>
          Close
        </button>
      </div>
    </dialog>
  );
}
