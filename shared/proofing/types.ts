/** The kinds of finding, as the CLI's JSON and the Findings panel name them. */
export const FINDING_KINDS = [
  'spelling',
  'name',
  'consistency',
  'repeat',
  'article',
  'style',
  'punctuation',
  'boilerplate',
] as const;

/** One kind of finding. */
export type FindingKind = (typeof FINDING_KINDS)[number];

/** A problem in the copy, with offsets into the checked text. */
export interface Finding {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: FindingKind;
  readonly message: string;
  readonly suggestions: ReadonlyArray<string>;
}

/** An unknown capitalized word used consistently: shown quietly, one click adds it. */
export interface NameHint {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A word with its position. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** First word of a sentence (its capital says nothing about being a name). */
  readonly sentenceStart: boolean;
}
