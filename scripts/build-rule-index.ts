// Writes resources/rule-index.json: the index of the texts the checker's rules need
// (shared/proofing/rule-index.ts), built as a checker starting now would build it, so a
// checker reads it instead (about 65 ms of a worker's start). Run before every build
// (`prebuild`); not committed: it is 3 MB that changes with every rule. A checker whose
// rules differ from the file's, or that finds no file, builds the index itself.
//
// Run: npx tsx scripts/build-rule-index.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ruleScreens from '../resources/rule-screens.json';
import styleRules from '../resources/style-rules.json';
import wordConfusions from '../resources/word-confusions.json';
import { ruleIndexData } from '../shared/proofing/rule-index';
import { encodeRuleIndex, rulesFingerprint } from '../shared/proofing/rule-index-file';
import { checkerRules, compileRules } from '../shared/proofing/style-rules';
import type { RuleScreens, StyleRule } from '../shared/proofing/style-rules';

const { compiled } = compileRules(
  checkerRules(styleRules as { rules: StyleRule[] }, wordConfusions as { rules: StyleRule[] }),
  ruleScreens as RuleScreens,
);
const file = join(import.meta.dirname, '..', 'resources', 'rule-index.json');
writeFileSync(
  file,
  `${JSON.stringify(encodeRuleIndex(ruleIndexData(compiled), rulesFingerprint(compiled)))}\n`,
);
process.stdout.write(`wrote ${file}\n`);
