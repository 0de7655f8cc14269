// How the same place is written with and without marks, and with AP's abbreviations.

/** Any character outside printable ASCII: a name that may have a plain spelling too. */
export const NOT_PLAIN = /[^ -~]/;

/** A name without diacritics or the Hawaiian ʻokina: "Kā‘anapali" → "Kaanapali". */
export function plainSpelling(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u02bb\u2018]/g, '')
    .normalize('NFC');
}

// GeoNames spells out what newspapers abbreviate: "St. Paul" is Saint Paul, "Ft. Myers" Fort
// Myers, "Mt. Vernon" Mount Vernon (AP keeps "St." and "Mount" in place names; both appear).
export function expandAbbreviations(key: string): string {
  if (!key.includes('. ')) return key;
  return key
    .replace(/\bst\. /g, 'saint ')
    .replace(/\bste\. /g, 'sainte ')
    .replace(/\bft\. /g, 'fort ')
    .replace(/\bmt\. /g, 'mount ');
}

const LONG_FORMS: Readonly<Record<string, string>> = {
  St: 'Saint',
  Ste: 'Sainte',
  Ft: 'Fort',
  Mt: 'Mount',
};

// Puts the story's abbreviation back on a name found under its spelled-out form.
export function abbreviateLike(phrase: string, name: string): string {
  const abbreviation = /^(St|Ste|Ft|Mt)\. /.exec(phrase)?.[1];
  const long = abbreviation ? LONG_FORMS[abbreviation] : undefined;
  if (!abbreviation || !long || !name.startsWith(`${long} `)) return name;
  return `${abbreviation}. ${name.slice(long.length + 1)}`;
}
