import { AP_DATELINE_CITIES } from './ap-datelines';
import type { Gazetteer } from './gazetteer';
import type { PlaceMention } from './place-context';
import { ownState } from './place-context';

/**
 * The state a story is about, from what it names: a state's abbreviation (a dateline's
 * "Calif.") or a place found in only a few states counts for that state. Undefined unless
 * one state clearly leads. `cues` holds each block's `stateCodesIn`.
 */
export function storyState(
  cues: ReadonlyArray<ReadonlyArray<string>>,
  mentions: ReadonlyArray<PlaceMention>,
  gazetteer: Gazetteer,
): string | undefined {
  const weight = new Map<string, number>();
  const add = (state: string, w: number): void => {
    weight.set(state, (weight.get(state) ?? 0) + w);
  };
  // Each state counts once per block, as a dateline or "in X, Calif.".
  for (const codes of cues) for (const code of codes) add(code, 2);
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.inPersonName || seen.has(m.name)) continue;
    seen.add(m.name);
    // A city AP's datelines let stand alone is its state's (Atlanta is Georgia's, not one
    // of the towns of that name elsewhere), and so is a state named outright ("Georgia's
    // largest district"); each counts half, as stories about elsewhere name New York or
    // Florida in passing. Washington is as often the capital.
    const named = Object.hasOwn(AP_DATELINE_CITIES, m.name)
      ? AP_DATELINE_CITIES[m.name]
      : m.name === 'Washington'
        ? undefined
        : ownState(m.name);
    if (named !== undefined) {
      add(named, 0.5);
      continue;
    }
    const states = gazetteer.statesOf(m.name);
    if (states.length === 0) continue;
    for (const state of states) add(state, 1 / states.length);
  }
  const ranked = [...weight.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 1 || (second && second[1] * 2 > first[1])) return undefined;
  return first[0];
}
