import { loadProofingResources } from './main/proofing/node-resources';
import { looksLikeTypo } from './shared/proofing/suggestions';
const r = loadProofingResources();
console.log(looksLikeTypo('Universty', r), r.common?.get('state'), r.common?.get('university'), r.speller.correct('Universty'), r.speller.correct('universty'));
