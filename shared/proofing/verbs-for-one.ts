// Everyday verbs in their form for one, that are no plural nouns: "agrees", "assumes".
// (Not the -s forms that are as often nouns after a plural, a missing apostrophe's or a
// compound's: "the victims remains", "the workers plans", "the Yankees runs";
// pluralVerbSlips in subject-agreement.ts leaves them out too.)
const VERBS =
  'agrees|holds|attends|says|wants|needs|expects|hopes|thinks|believes|knows|owns|lives|pays|' +
  'gets|takes|gives|seems|appears|requires|includes|argues|insists|refuses|continues|' +
  'sees|feels|tells|asks|tries|loses|spends|sends|keeps|begins|becomes|comes|goes|' +
  'supports|opposes|leaves|makes|serves|worries|wonders|' +
  'lacks|relies|depends|receives|earns|rents|buys|sells|helps|' +
  // Verbs whose -s form is no noun: "those estimates assumes".
  'assumes|suggests|allows|provides|describes|reflects|predicts|involves|considers|' +
  'remembers|understands|admits|explains|recognizes|represents|prefers|deserves|contains|' +
  'affects|enjoys|happens|exists|ensures|enables|accepts|rejects|prevents|intends|seeks|' +
  'speaks|writes|brings|lets|' +
  // And those of verbs of coming and staying, whose -s form names nothing: "Groups arrives".
  'arrives|belongs|decides|disagrees|employs|follows|manages|suffers|tends|threatens|occurs|' +
  'survives|thrives|competes|wishes';

/** The -s forms the agreement checks read as verbs for certain. */
export const VERBS_FOR_ONE: ReadonlySet<string> = new Set(VERBS.split('|'));
