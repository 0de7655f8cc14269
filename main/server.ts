import { fileURLToPath } from 'node:url';
import { createConsoleLog } from './log';
import { assetFile, createServices } from './services';
import { createConfSettings } from './settings/conf-settings';
import { startBrowserHost } from './http-host';

/**
 * Entry point of the browser host (`npm run serve`).
 *
 * Prints the address (with its token) on stdout as `Galley is running at <url>` so scripts
 * and tests can pick it up; everything else goes to stderr.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env['GALLEY_PORT'] ?? 0);
  const host = process.env['GALLEY_HOST'] ?? '127.0.0.1';
  const log = createConsoleLog(process.env['GALLEY_QUIET'] === '1');
  const settings = createConfSettings(process.env['GALLEY_CONFIG_DIR']);
  const handlers = createServices({ settings, env: process.env });
  const staticDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  const browserHost = await startBrowserHost({
    assetFile: (storyId, name) => assetFile(process.env, settings, storyId, name),
    handlers,
    staticDir,
    log,
    host,
    port: Number.isFinite(port) ? port : 0,
  });
  process.stdout.write(`Galley is running at ${browserHost.url}\n`);
  const stop = (): void => {
    void browserHost.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Galley could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
