#!/usr/bin/env node
// The `galley` command. It runs the TypeScript sources through tsx, so it works right after
// `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../main/cli/galley-cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
