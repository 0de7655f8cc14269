import type { ProofingResources } from './proofreader';
import type { Finding } from './types';

// "hit a 3-pointer to tied the game": after "to", a verb in -ed before the thing it acts on
// ("the", "a", "his", "them") is the plain verb. An adjective in -ed never stands before a
// determiner, so "due to increased demand" is never asked about. The irregular past forms
// ("had to spent") are the wrong-word rules'.
const TO_PAST =
  /\bto ([a-z]{2,}ed) (?=(?:the|a|an|his|her|their|its|our|my|your|this|these|those|it|them|him|us)\b)/g;

// Words in -ed that are plain verbs themselves ("to need the", "to succeed him").
const PLAIN_IN_ED = new Set([
  'bleed',
  'breed',
  'embed',
  'exceed',
  'feed',
  'heed',
  'need',
  'proceed',
  'seed',
  'shed',
  'shred',
  'speed',
  'succeed',
  'wed',
  'weed',
]);

/** Verbs in -ed after "to" that take an object: the plain verb is meant. */
export function infinitiveSlips(text: string, resources: ProofingResources): Finding[] {
  if (!text.includes('ed ')) return [];
  const findings: Finding[] = [];
  TO_PAST.lastIndex = 0;
  for (let m = TO_PAST.exec(text); m !== null; m = TO_PAST.exec(text)) {
    const written = m[1]!;
    if (PLAIN_IN_ED.has(written)) continue;
    const plain = plainVerb(written, resources);
    if (plain === undefined) continue;
    const start = m.index + 3;
    findings.push({
      start,
      end: start + written.length,
      text: written,
      kind: 'spelling',
      message: `After “to”, the plain verb: “to ${plain}”.`,
      suggestions: [plain],
    });
  }
  return findings;
}

// The common verb a form in -ed comes from: tied → tie, played → play, stopped → stop,
// carried → carry. Undefined when none is a common word.
function plainVerb(written: string, resources: ProofingResources): string | undefined {
  const stem = written.slice(0, -2);
  const candidates = [written.slice(0, -1), stem];
  if (stem.length >= 3 && stem[stem.length - 1] === stem[stem.length - 2])
    candidates.push(stem.slice(0, -1));
  if (stem.endsWith('i')) candidates.push(`${stem.slice(0, -1)}y`);
  return candidates.find(
    (candidate) =>
      candidate.length >= 2 &&
      (resources.common?.get(candidate) ?? 99) <= 35 &&
      resources.speller.correct(candidate),
  );
}
