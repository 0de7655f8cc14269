import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAIN_CIPHER, SecretStore } from '../../../main/cms/secret-store';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

describe('SecretStore', () => {
  it('keeps secrets in a file only the user can read, and says whether they are encrypted', async () => {
    const path = join(await tempDir(), 'config', 'secrets.json');
    const store = new SecretStore(path, PLAIN_CIPHER);
    await store.set('wp-1', 'abcd efgh ijkl');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await store.get('wp-1')).toBe('abcd efgh ijkl');
    expect(store.encrypted).toBe(false);
    await store.set('wp-1', undefined);
    expect(await store.get('wp-1')).toBeUndefined();
  });

  it('stores only what the cipher produces', async () => {
    const path = join(await tempDir(), 'secrets.json');
    const rot = {
      encrypted: true,
      encrypt: (s: string) => Buffer.from(s).toString('base64'),
      decrypt: (s: string) => Buffer.from(s, 'base64').toString(),
    };
    const store = new SecretStore(path, rot);
    await store.set('ghost-1', 'id:deadbeef');
    expect(await readFile(path, 'utf8')).not.toContain('deadbeef');
    expect(await store.get('ghost-1')).toBe('id:deadbeef');
  });
});
