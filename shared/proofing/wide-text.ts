// V8 keeps a string in one of two forms, one byte a character when every character fits
// (Latin-1) and two otherwise, and compiles each regular expression to machine code once
// for each form it meets. A story's blocks come in both: a paragraph with a curly quote or
// a dash is two-byte, one without is one-byte, and a file read whole is two-byte
// throughout. So a first check compiled most of its expressions twice (about 40 ms of a
// 10,000-word story's first check). Every block is read in the two-byte form instead, and
// what is cut from it (words, its lowercase) keeps that form, so each expression the
// checker runs on a block's text is compiled once.

const WIDE = '\u2019';

/**
 * The same text, held two bytes a character: it is the text with a two-byte character
 * added, cut back (the cut shares the longer string's form). Equal to `text` in every way
 * JavaScript can see.
 */
export function wideText(text: string): string {
  return `${text}${WIDE}`.slice(0, text.length);
}

/**
 * A thousand spaces, two-byte: running an expression from its end compiles it to machine
 * code for the form every block is read in (V8 compiles at once for a subject that long),
 * and reads none of it.
 */
export const WIDE_PRIMER = wideText(' '.repeat(1000));
