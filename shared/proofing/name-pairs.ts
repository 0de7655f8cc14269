// How two spellings of a name in one story relate: a variant, a slip, two people.

const VOWELS = /^[aeiouy]$/;

// Two spellings one name has: a vowel for another ("Smyth", "Smith"; "Grey", "Gray") or a
// final e ("Greene", "Green"). A typing slip swaps, drops or doubles letters instead.
export function spellingVariant(a: string, b: string): boolean {
  if (a.length !== b.length) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    return long === `${short}e`;
  }
  let differ = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (differ >= 0) return false;
    differ = k;
  }
  return differ > 0 && VOWELS.test(a[differ]!) && VOWELS.test(b[differ]!);
}

// Words that make a person's name a business's: the name before them is no first name.
export const BUSINESS_WORDS = new Set(
  (
    'Landscaping Construction Company Co Inc LLC Group Farms Farm Foods Motors Plumbing ' +
    'Roofing Services Associates Partners Properties Realty Insurance Enterprises Industries ' +
    'Holdings Trucking Electric Dental Law Brothers Bros Consulting Catering Painting ' +
    'Builders Homes Auto Bakery Ranch Dairy Orchards Vineyards Winery Contracting Excavating ' +
    'Towing Funeral Pharmacy Hardware Lumber Market Markets Restaurant Cafe'
  ).split(' '),
);

// Of two spellings, the one that is a rare word said once, beside the other written after a
// first name and used twice or more (or once, before it); undefined when neither is.
export function slipOfNamedPerson(
  a: string,
  b: string,
  uncommonWords: ReadonlySet<string>,
  withGivenName: ReadonlySet<string>,
  counts: ReadonlyMap<string, number>,
  firstSeen: ReadonlyMap<string, number>,
): string | undefined {
  for (const [once, named] of [
    [a, b],
    [b, a],
  ] as const)
    if (
      uncommonWords.has(once) &&
      counts.get(once) === 1 &&
      !withGivenName.has(once) &&
      withGivenName.has(named) &&
      // (Named once, then the slip: "Officer Kyle Brandt", later "Brant strikes him".)
      (counts.get(named)! >= 2 || firstSeen.get(named)! < firstSeen.get(once)!)
    )
      return once;
  return undefined;
}

// Two first names, each only ever followed by surnames the other never has, are two people:
// "Jayson Tatum" and "Jaylen Brown" play for one team. "Jaysen Tatum" is still a slip.
export function differentPeople(
  a: string,
  b: string,
  surnames: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  const ofA = surnames.get(a);
  const ofB = surnames.get(b);
  if (!ofA || !ofB) return false;
  for (const surname of ofA) if (ofB.has(surname)) return false;
  return true;
}

// `given` is only ever written before a surname, `surname` only ever after a first name.
export function givenNameOnly(
  given: string,
  surname: string,
  surnames: ReadonlyMap<string, ReadonlySet<string>>,
  withGivenName: ReadonlySet<string>,
): boolean {
  return (
    surnames.has(given) &&
    !withGivenName.has(given) &&
    withGivenName.has(surname) &&
    !surnames.has(surname)
  );
}
