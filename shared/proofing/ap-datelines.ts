/**
 * The US cities AP's stylebook lets stand alone in a dateline ("ATLANTA —", no state), with
 * the state each is in. Such a dateline names its state as surely as "MACON, Ga." does, and
 * such a city named in the copy is that one, not a town of the same name elsewhere (Atlanta,
 * Texas).
 */
export const AP_DATELINE_CITIES: Readonly<Record<string, string>> = {
  Atlanta: 'GA',
  Baltimore: 'MD',
  Boston: 'MA',
  Chicago: 'IL',
  Cincinnati: 'OH',
  Cleveland: 'OH',
  Dallas: 'TX',
  Denver: 'CO',
  Detroit: 'MI',
  Honolulu: 'HI',
  Houston: 'TX',
  Indianapolis: 'IN',
  'Las Vegas': 'NV',
  'Los Angeles': 'CA',
  Miami: 'FL',
  Milwaukee: 'WI',
  Minneapolis: 'MN',
  'New Orleans': 'LA',
  'New York': 'NY',
  'Oklahoma City': 'OK',
  Philadelphia: 'PA',
  Phoenix: 'AZ',
  Pittsburgh: 'PA',
  'St. Louis': 'MO',
  'Salt Lake City': 'UT',
  'San Antonio': 'TX',
  'San Diego': 'CA',
  'San Francisco': 'CA',
  Seattle: 'WA',
};

// A dateline's city in capitals, then its dash, perhaps after an agency's "(AP)".
const DATELINE = /^([A-Z][A-Z.' ]+[A-Z.])(?: \([A-Za-z ]+\))? [—–-] /;

/** The state of a block's dateline when it is one of AP's stand-alone cities. */
export function datelineCityState(text: string): string | undefined {
  const city = DATELINE.exec(text)?.[1];
  if (city === undefined) return undefined;
  const titled = city.toLowerCase().replace(/(^|[ .])\p{Ll}/gu, (c) => c.toUpperCase());
  return Object.hasOwn(AP_DATELINE_CITIES, titled) ? AP_DATELINE_CITIES[titled] : undefined;
}
