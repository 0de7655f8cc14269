import type { Finding, Token } from './types';

// The article before a word by how the word is read aloud: "an hour", "a union", "an FBI agent".

const INITIALS = /^(\p{Lu}\.)+\p{Lu}?\.?$/u;
const STATES_READ_AS_NAMES = /^(?:N\.[CDHJMY]|S\.[CD]|W\.Va)\.?$/;
const DOTTED_DEGREE = /^[A-Z][A-Za-z]?\.[A-Z][a-z]?\.?$|^LL\.[A-Z]\.?$/;

// Words whose spelling misleads: an hour (silent h), a university, a Ukrainian, a unanimous
// vote (a "you" sound), a one-time (a "w"). "Onerous" and "oneness" keep their vowel.
const AN_BEFORE = /^(hour|honest|honor|honour|heir|herb)/i;
const A_BEFORE =
  /^(uni|unan|use|usu|uti|ute|uto|utah|ure|uro|urin|uran|urug|ural|ukr|ugand|ubiq|eu|ewe|one(?![a-z])|once|u\.s\.|ufo|uk\b|ukulele)/i;
// "Un" before a word is the prefix, with its vowel: an uninsured driver, an unidentified man.
// "Union", "unit" and "unite" are not un + word, so the rest must be four letters or more.
const UN_PREFIX = /^un(i\p{L}{3,})$/iu;
// Letters whose names start with a vowel sound, for abbreviations read letter by letter.
const VOWEL_SOUND_LETTERS = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);
const LETTERS_THEN_NUMBER = /^[A-Z]{1,3}(?:-?\d|-[a-z])/;

/**
 * Whether a word (as it is read aloud) starts with a vowel sound; undefined when unsure.
 * `knows` (the dictionary) tells the prefix "un" from the "you" of "uni": "uninsured" is
 * un + insured.
 */
export function startsWithVowelSound(
  word: string,
  knows: (word: string) => boolean = () => false,
): boolean | undefined {
  // A Hawaiian word opening with an ʻokina ("ʻauwai"): a glottal stop, read either way.
  if (/^[\u02bb\u02bc‘]/.test(word)) return undefined;
  if (/^\$?\d/.test(word)) {
    const digits = word.replace(/^\$/, '').replace(/,/g, '');
    if (/^8/.test(digits)) return true;
    if (/^(11|18)(\D|$)/.test(digits) || /^(11|18)\d{2}(\d{3})*(\D|$)/.test(digits)) return true;
    return false;
  }
  // Dotted abbreviations (U.S., L.A.) are read letter by letter, as are capitals joined to a
  // number or a hyphen (an N95 mask, an F-35, an MP3, an X-ray, an H-1B visa, a U-turn).
  // So is a capital standing alone: "a U turn", "a U-Haul", "an X".
  // A state's abbreviation is read as its name ("a N.J. couple") or as its letters ("an
  // N.J. couple"): either is left.
  if (STATES_READ_AS_NAMES.test(word)) return undefined;
  if (
    INITIALS.test(word) ||
    LETTERS_THEN_NUMBER.test(word) ||
    /^[A-Z]$/.test(word) ||
    // Degrees read letter by letter too: "an LL.D.", "a Ph.D."
    DOTTED_DEGREE.test(word)
  )
    return VOWEL_SOUND_LETTERS.has(word[0]!);
  // Abbreviations read letter by letter (FBI, UC, UCLA) take the article of their first
  // letter's name; those read as words (NASA, FEMA, NATO) look like syllables. Two letters are
  // always spelled out, and a leading U sounds like "you" either way (a UC campus, a UNESCO site).
  if (/^[A-Z]{2,}s?$/.test(word)) {
    if (word[0] === 'U') return false;
    // Four letters or more that say like a word are read as one: a SWAT team, a SNAP
    // benefit, a NIMBY fight, a NOAA ship (not an SNL skit, an NCAA title, an NAACP chapter).
    if (readAsWord(word.replace(/s$/, ''))) return /^[AEIO]/.test(word);
    if (word.length <= 2 || !/^[^AEIOU]?[AEIOU][^AEIOU]{1,2}[AEIOU]?$/.test(word))
      return VOWEL_SOUND_LETTERS.has(word[0]!);
    // Pronounceable (NASA, PAC): read as a word or spelled out, the article depends on the
    // newsroom; only a vowel letter gives the same answer both ways. A few are always
    // spelled out (AP: "an SUV", "an SEC filing", "an SAT score", "an LED bulb", "an HIV test").
    if (SPELLED_OUT.has(word.replace(/s$/, ''))) return VOWEL_SOUND_LETTERS.has(word[0]!);
    if (!/^[AEIO]/.test(word)) return VOWEL_SOUND_LETTERS.has(word[0]!) ? undefined : false;
  }
  if (AN_BEFORE.test(word)) return true;
  const prefixed = UN_PREFIX.exec(word.replace(/['’]s$/, ''));
  if (prefixed && !/^union/i.test(word) && knows(prefixed[1]!.toLowerCase())) return true;
  if (A_BEFORE.test(word)) return false;
  return /^[aeiou]/i.test(word);
}

// Capitals that could be said as a word but never are.
const SPELLED_OUT = new Set(['SUV', 'SEC', 'SAT', 'LED', 'HIV', 'HOV', 'RIP']);

// The consonants that may open and close an English syllable, as the capitals of an
// abbreviation read as a word show them.
const ONSETS = new Set(
  'BL BR CH CL CR DR FL FR GL GR KL KR PH PL PR SC SH SK SL SM SN SP ST SW TH TR TW WH WR SCR SPR STR SPL'.split(
    ' ',
  ),
);
const CODAS = new Set(
  'ST SK SP NT ND NK NG MP RT RD RK RN RM RS RC LT LD LK LM LP CK CH SH TH PS TS KS DS GS MS NS LS CT PT FT'.split(
    ' ',
  ),
);

/** Whether capitals of four letters or more can be said as a word (NASA, SCOTUS, HIPAA). */
function readAsWord(capitals: string): boolean {
  if (capitals.length < 4) return false;
  // A final Y after a consonant is a vowel: NIMBY, SUNY.
  const parts = capitals.match(/[AEIOU]+|Y$|[^AEIOU]+?(?=Y$)|[^AEIOU]+/g)!;
  let vowels = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (/^(?:[AEIOU]+|Y)$/.test(part)) {
      if (part.length > 3) return false;
      vowels++;
    } else if (k === 0) {
      if (part.length > 1 && !ONSETS.has(part)) return false;
    } else if (k === parts.length - 1) {
      if (part.length > 1 && !CODAS.has(part)) return false;
    } else if (part.length > 3) return false;
  }
  return vowels > 0;
}

const ARTICLE_WORDS = new Set(['a', 'an', 'the']);

/** "a estimated", "an budget": the article that does not fit the next word's sound. */
export function checkArticles(
  text: string,
  tokens: ReadonlyArray<Token>,
  knows?: (word: string) => boolean,
): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const article = tokens[i]!;
    // Most words are longer than an article: no lowercase copy is made of them.
    if (article.text.length > 2) continue;
    const lower = article.text.toLowerCase();
    if (lower !== 'a' && lower !== 'an') continue;
    // A capital A inside a sentence names something ("the A and C lines", "Plan A or B").
    if (article.text !== lower && !article.sentenceStart) continue;
    const next = tokens[i + 1]!;
    // "a a hearing" is a repeat (flagged as one), not an article before the word "a".
    if (ARTICLE_WORDS.has(next.text.toLowerCase())) continue;
    const gap = text.slice(article.end, next.start);
    if (!/^\s+\$?$/.test(gap)) continue;
    const nextWord = gap.endsWith('$') ? `$${next.text}` : next.text;
    // "a N. Tarrytown bridge": a point of the compass, abbreviated, is read as its name.
    const compass =
      /^[NSEW]$/.test(next.text) && /^\. \p{Lu}/u.test(text.slice(next.end, next.end + 3));
    const vowel = compass ? next.text === 'E' : startsWithVowelSound(nextWord, knows);
    if (vowel === undefined) continue;
    const wanted = vowel ? 'an' : 'a';
    if (lower === wanted) continue;
    const fixed = article.text[0] === 'A' ? wanted.replace(/^a/, 'A') : wanted;
    findings.push({
      start: article.start,
      end: article.end,
      text: article.text,
      kind: 'article',
      message: `Use “${fixed}” before “${nextWord}”.`,
      suggestions: [fixed],
    });
  }
  return findings;
}
