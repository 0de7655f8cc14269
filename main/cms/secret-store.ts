import { chmod, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

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
 */
export class SecretStore {
  public constructor(
    private readonly path: string,
    private readonly cipher: SecretCipher,
  ) {}

  /** Whether secrets are encrypted at rest (the UI says so when they are not). */
  public get encrypted(): boolean {
    return this.cipher.encrypted;
  }

  private async read(): Promise<Record<string, string>> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  }

  public async get(id: string): Promise<string | undefined> {
    const stored = (await this.read())[id];
    return stored === undefined ? undefined : this.cipher.decrypt(stored);
  }

  public async set(id: string, secret: string | undefined): Promise<void> {
    const all = await this.read();
    if (secret === undefined) delete all[id];
    else all[id] = this.cipher.encrypt(secret);
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(this.path, `${JSON.stringify(all)}\n`, { mode: 0o600, fsync: true });
    await chmod(this.path, 0o600);
  }
}
