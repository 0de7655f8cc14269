import { chmod, mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GalleyError } from '../../shared/api';
import { writeFileDurable } from '../durable-write';
import { describeWriteError, isMissing } from '../fs-errors';

/** Encrypts and decrypts secrets; Electron's safeStorage under Electron, none elsewhere. */
export interface SecretCipher {
  readonly encrypted: boolean;
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

/** No encryption: the browser host keeps secrets in a file only the user can read. */
export const PLAIN_CIPHER: SecretCipher = {
  encrypted: false,
  encrypt: (s) => s,
  decrypt: (s) => s,
};

/**
 * CMS passwords and API keys, one JSON file written with mode 0600, apart from the settings
 * file so settings can be shared or inspected without leaking them.
 *
 * Writes are read-modify-write of the whole file, so they run one at a time: four profiles
 * saved at once must keep four secrets. A file that cannot be read as secrets is moved aside,
 * never silently replaced by an empty one.
 */
export class SecretStore {
  private queue: Promise<unknown> = Promise.resolve();

  public constructor(
    private readonly path: string,
    private readonly cipher: SecretCipher,
  ) {}

  /** Whether secrets are encrypted at rest (the UI says so when they are not). */
  public get encrypted(): boolean {
    return this.cipher.encrypted;
  }

  private async read(): Promise<Record<string, string>> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return {};
      throw describeWriteError(error, dirname(this.path));
    }
    try {
      const data = JSON.parse(text) as unknown;
      if (
        data !== null &&
        typeof data === 'object' &&
        !Array.isArray(data) &&
        Object.values(data).every((v) => typeof v === 'string')
      )
        return data as Record<string, string>;
    } catch {
      // Falls through to the damaged-file report.
    }
    const aside = `${this.path}.damaged-${Date.now()}`;
    await rename(this.path, aside).catch(() => undefined);
    throw new GalleyError(
      'damaged',
      `The file of saved CMS passwords was damaged. Galley moved it aside to ${aside} and kept it; enter the passwords again in Settings → Publishing.`,
    );
  }

  public async get(id: string): Promise<string | undefined> {
    await this.queue.catch(() => undefined);
    const stored = (await this.read())[id];
    return stored === undefined ? undefined : this.cipher.decrypt(stored);
  }

  public set(id: string, secret: string | undefined): Promise<void> {
    const task = async (): Promise<void> => {
      const all = await this.read();
      if (secret === undefined) delete all[id];
      else all[id] = this.cipher.encrypt(secret);
      try {
        await mkdir(dirname(this.path), { recursive: true });
        await writeFileDurable(this.path, `${JSON.stringify(all)}\n`, { mode: 0o600 });
        await chmod(this.path, 0o600);
      } catch (error) {
        throw describeWriteError(error, dirname(this.path));
      }
    };
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
