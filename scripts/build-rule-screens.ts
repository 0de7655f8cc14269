// Writes resources/rule-screens.json: for each house-style and wrong-word rule's pattern, the
// sets of texts every match contains (shared/proofing/rule-screens.ts), so a checker reads
// them as it starts instead of working them out. A rule edited since is still screened right
// (its new pattern is not in the file, so it is worked out then); a test fails while the file
// is behind the rules.
//
// Run: npx tsx scripts/build-rule-screens.ts (output committed; it also writes the rules'
// index, resources/rule-index.json, which is not).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleScreensFor } from '../main/proofing/rule-screens-file';

const file = join(import.meta.dirname, '..', 'resources', 'rule-screens.json');
writeFileSync(file, `${JSON.stringify(ruleScreensFor())}\n`);
process.stdout.write(`wrote ${file}\n`);
// The index built ahead follows the screens (a build writes it again in any case).
await import('./build-rule-index');
