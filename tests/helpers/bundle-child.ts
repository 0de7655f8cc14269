import { mkdir, mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a TypeScript child-process script into one plain .mjs file.
 *
 * Kill tests start their child a hundred times; plain Node starts in ~50 ms where a TypeScript
 * loader takes close to a second.
 */
export async function bundleChild(entry: string): Promise<string> {
  // Inside the project so that the external packages resolve from its node_modules.
  const cache = resolve('node_modules/.cache/galley-tests');
  await mkdir(cache, { recursive: true });
  const out = join(await mkdtemp(join(cache, 'child-')), 'child.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: out,
    logLevel: 'silent',
  });
  return out;
}
