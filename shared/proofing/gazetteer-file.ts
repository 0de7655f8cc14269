import { Gazetteer } from './gazetteer';

/** The gazetteer from `resources/gazetteer.json` as the build script writes it. */
export function gazetteerFrom(data: unknown): Gazetteer {
  const json = data as {
    /** A name per line (older files: an array). */
    names: string | string[];
    states?: Record<string, string>;
    populations?: Record<string, number>;
    regionsAbroad?: Record<string, string>;
    usStates?: string[];
    countries?: Record<string, string>;
    sharedAbroad?: Record<string, string>;
    towns?: string;
  };
  return new Gazetteer(
    typeof json.names === 'string' ? json.names.split('\n') : json.names,
    json.states ?? {},
    json.populations ?? {},
    json.regionsAbroad ?? {},
    json.usStates ?? [],
    json.countries ?? {},
    json.sharedAbroad ?? {},
    json.towns ?? '',
  );
}
