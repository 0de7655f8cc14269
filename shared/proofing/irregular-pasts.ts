// "hurted", "shrinked", "catched", "runned": a regular -ed put on a verb whose past is
// irregular. No slip of letters leads back from them ("hurted" is one letter from hurtled,
// "shrinked" two from shrieked), so the irregular past is offered first.
const PASTS = new Map(
  (
    'hurt:hurt shrink:shrank catch:caught teach:taught bring:brought think:thought ' +
    'buy:bought run:ran swim:swam drink:drank write:wrote speak:spoke break:broke ' +
    'choose:chose drive:drove eat:ate fall:fell feel:felt find:found fly:flew ' +
    'forget:forgot freeze:froze give:gave go:went grow:grew hide:hid hold:held keep:kept ' +
    'know:knew leave:left lose:lost make:made mean:meant meet:met ride:rode rise:rose ' +
    'say:said sell:sold send:sent sink:sank sit:sat sleep:slept spend:spent stand:stood ' +
    'steal:stole stick:stuck strike:struck take:took tear:tore tell:told throw:threw ' +
    'understand:understood wake:woke wear:wore win:won dig:dug lend:lent build:built ' +
    'bend:bent blow:blew draw:drew shake:shook shoot:shot spin:spun swing:swung bite:bit ' +
    'lead:led feed:fed fight:fought seek:sought begin:began sing:sang ring:rang come:came ' +
    'become:became overcome:overcame withdraw:withdrew undergo:underwent forbid:forbade ' +
    'slide:slid shine:shone weave:wove flee:fled sweep:swept weep:wept creep:crept ' +
    'kneel:knelt deal:dealt hear:heard lay:laid pay:paid burst:burst cast:cast hit:hit ' +
    'split:split spread:spread shut:shut cut:cut bet:bet swear:swore bid:bid set:set ' +
    'let:let shed:shed read:read upset:upset bleed:bled breed:bred sting:stung cling:clung ' +
    'fling:flung string:strung beat:beat bind:bound grind:ground sling:slung '
  )
    .trim()
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

const BY_WRONG = new Map<string, string>();
for (const [stem, past] of PASTS) {
  const last = stem.charAt(stem.length - 1);
  const forms = stem.endsWith('e')
    ? [`${stem}d`]
    : /[^aeiou]y$/.test(stem)
      ? [`${stem}ed`, `${stem.slice(0, -1)}ied`]
      : [`${stem}ed`, `${stem}${last}ed`];
  for (const form of forms) BY_WRONG.set(form, past);
}
// Spelled from the noun: "lossed" (lost).
BY_WRONG.set('lossed', 'lost');

/** The irregular past a regular -ed was put on ("hurted" → hurt), if it is one. */
export function irregularPastOf(
  lower: string,
  correct: (word: string) => boolean,
): string | undefined {
  const past = BY_WRONG.get(lower);
  return past !== undefined && !correct(lower) ? past : undefined;
}

/**
 * The regular past of a verb given a past in -t it does not have ("earnt" → earned, as
 * "learnt" and "burnt" are spelled in Britain), if it is one.
 */
export function regularPastOf(
  lower: string,
  correct: (word: string) => boolean,
): string | undefined {
  if (!/[lmnp]t$/.test(lower) || lower.length < 5 || correct(lower)) return undefined;
  const stem = lower.slice(0, -1);
  return correct(stem) && correct(`${stem}ed`) ? `${stem}ed` : undefined;
}

/** The plain form of an irregular past ("drew" → draw, "took" → take), if it is one. */
export function plainOfIrregularPast(word: string): string | undefined {
  return PLAIN_BY_PAST.get(word);
}

const PLAIN_BY_PAST = new Map<string, string>();
for (const [stem, past] of PASTS) if (past !== stem) PLAIN_BY_PAST.set(past, stem);
