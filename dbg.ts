import { loadProofingResources } from './main/proofing/node-resources';
import { proofreadBlocks } from './shared/proofing/proofreader';
const r = loadProofingResources();
for (const t of process.argv.slice(2)) {
  const res = proofreadBlocks([t], r);
  console.log(t, '=>', JSON.stringify(res[0]!.findings.map((f) => [f.kind, f.text, f.suggestions.slice(0, 3)])), 'hints', res[0]!.hints.map((h) => h.text).join(','));
}
console.log(r.gazetteer.nearMisses('Huoston'), r.gazetteer.lookup('Willamette Valley'), r.gazetteer.lookup('Willamette'), r.speller.correct('Appalachian'), r.speller.correct('Willamette'), r.common?.get('texans'), r.common?.get('state'), r.common?.get('valley'));
console.log(r.gazetteer.statesOf('Tacoma'), r.gazetteer.statesOf('Seattle'), r.gazetteer.statesOf('Everett'), r.gazetteer.statesOf('Everest'));
console.log(r.gazetteer.nearMisses('Sandie'), r.gazetteer.statesOf('Sandy'));
