import { editDistance } from './edit-distance';
import type { Gazetteer } from './gazetteer';
import { placeFinding, type PlaceMention } from './place-context';
import { plainSpelling } from './place-spellings';
import type { Finding } from './types';

// "a trade mission to Monterey, Mexico": a place followed by a country it is not in, one slip
// from a city of that country, is that city, wherever the story is set. The country must
// be the place's own neighbour in the text (", Mexico"), and the city big enough for the
// gazetteer to know its country; "Rome, Italy" and "Paris, France" are those cities already.

// A word joining a longer name's parts ("San Pablo de las Salinas"): the mention is a part.
const JOINED_BEFORE =
  /(?:^|\s)(?:de|del|la|las|los|da|do|dos|das|di|du|na|pri|nad|y|of|am|an|im|sur|le)\s$/;

const COUNTRY_AFTER = /^, ((?:\p{Lu}[\p{L}.'’-]*)(?: (?:\p{Lu}[\p{L}.'’-]*|and|of|the))*)/u;

export function countrySlips(
  mentions: ReadonlyArray<PlaceMention>,
  blocks: ReadonlyArray<string>,
  gazetteer: Gazetteer,
): Array<{ block: number; finding: Finding }> {
  const out: Array<{ block: number; finding: Finding }> = [];
  let known = JUDGED.get(gazetteer);
  if (!known) JUDGED.set(gazetteer, (known = new WeakMap()));
  for (const m of mentions) {
    // A mention is its block's own, made again when the block's text changes: judged once.
    let slip = known.get(m);
    if (slip === undefined) known.set(m, (slip = countrySlip(m, blocks, gazetteer) ?? null));
    if (slip) out.push(slip);
  }
  return out;
}

const JUDGED = new WeakMap<
  Gazetteer,
  WeakMap<PlaceMention, { block: number; finding: Finding } | null>
>();

function countrySlip(
  m: PlaceMention,
  blocks: ReadonlyArray<string>,
  gazetteer: Gazetteer,
): { block: number; finding: Finding } | undefined {
  if (m.inPersonName || m.name.length < 4) return undefined;
  const text = blocks[m.block]!;
  // (Most places have no comma after them: nothing more to read.)
  if (text.charCodeAt(m.end) !== 44) return undefined;
  if (JOINED_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) return undefined;
  const after = COUNTRY_AFTER.exec(text.slice(m.end, m.end + 40));
  const country = after && countryNamed(after[1]!, gazetteer);
  if (country === undefined) return undefined;
  if (gazetteer.countryOf(m.name) === country || gazetteer.countryAbroad(m.name) === country)
    return undefined;
  const lower = m.name.toLowerCase();
  const limit = m.name.length >= 8 ? 2 : 1;
  const better = gazetteer.nearMisses(m.name, true).filter(
    (name) =>
      gazetteer.countryOf(name) === country &&
      // ("Bogota, Colombia" is Bogotá written as American copy writes it.)
      plainSpelling(name) !== plainSpelling(m.name) &&
      editDistance(name.toLowerCase(), lower, limit) <= limit,
  );
  if (better.length === 0) return undefined;
  return placeFinding(m, `“${m.name}” is not in ${after![1]}`, better);
}

// The longest run of the words after the comma that names a country ("South Korea", not
// "South"; "Mexico" in "Mexico City" is a city's, and a city is no country).
function countryNamed(words: string, gazetteer: Gazetteer): string | undefined {
  const parts = words.split(' ');
  for (let n = parts.length; n > 0; n--) {
    const name = parts.slice(0, n).join(' ');
    if (n < parts.length && gazetteer.lookup(`${name} ${parts[n]}`) !== undefined) return undefined;
    if (gazetteer.isCountry(name)) return gazetteer.countryOf(name);
  }
  return undefined;
}
