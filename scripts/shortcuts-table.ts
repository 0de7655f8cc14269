// `npx tsx scripts/shortcuts-table.ts`: prints the README's shortcut table from the registry.
import { shortcutTableMarkdown } from '../shared/commands';

process.stdout.write(`${shortcutTableMarkdown()}\n`);
