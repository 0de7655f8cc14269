import { loadProofingResources } from './main/proofing/node-resources';
import { proofreadBlocks } from './shared/proofing/proofreader';
const r = loadProofingResources();
for (const t of process.argv.slice(2)) {
  const res = proofreadBlocks(t.split('|'), r);
  console.log(t.slice(0, 60), '=>', JSON.stringify(res.flatMap((b) => b.findings.map((f) => [f.kind, f.text, f.suggestions.slice(0, 3)]))), 'hints', res.flatMap((b) => b.hints.map((h) => h.text)).join(','));
}
for (const w of ['Aimes', 'Argentia', 'Hillo', 'Homeowers']) console.log(w, r.gazetteer.lookup(w), r.gazetteer.nearMisses(w), r.speller.correct(w), r.speller.correct(w.toLowerCase()), r.gazetteer.statesOf('Hilo'));
