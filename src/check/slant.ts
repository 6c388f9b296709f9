/** A stretch of loaded or evaluative wording, or an opinion given without saying whose it is. */
export interface SlantNote {
  start: number;
  end: number;
  text: string;
  kind: "loaded" | "evaluative" | "unattributed-opinion" | "intensifier";
  note: string;
}

/**
 * Kept apart from factual verdicts: slant says how a text speaks, never whether its claims hold.
 * The lists are deliberately short and explicit; every match says why it was flagged.
 */
const RULES: { kind: SlantNote["kind"]; re: RegExp; note: string }[] = [
  { kind: "loaded", re: /\b(woke|puppet (?:state|regime)|so-called|aggression|aggressor|militarist(?:ic)?|appeasement|imperial legac(?:y|ies)|coercion|bully(?:ing)?|heroic|brutal(?:ly)?|notorious|shameful|infamous|distort(?:ing|ed|ion)s?|assertive|bellicose|belligerent|provocative|expansionist|hegemonic|rogue|tragic|guardian|aikoku|patriotic|nationalist(?:ic)?)\b/gi, note: "loaded word: it judges while it describes" },
  { kind: "evaluative", re: /\b(backbone|robust|pivotal|prosperous|responsible|pragmatic|proactive|stark contrast|remarkabl[ey]|successful(?:ly)?|failed|wise(?:ly)?|misguided|naive|vital interest|not merely a client state|moraliz(?:e|ing)|sentiment|sophisticated|optimal|fair share|distractions?|real-world benefits|internationalism|should|ought to)\b/gi, note: "evaluative or prescriptive wording: an assessment, not a checkable fact" },
  { kind: "unattributed-opinion", re: /\b(some (?:observers|critics|analysts|argue|say)|critics (?:say|argue|contend)|proponents (?:argue|contend|say)|supporters argue|it is (?:widely )?(?:believed|argued|said|felt)|many (?:believe|argue|feel)|from a [a-z-]+(?:, [a-z-]+)* (?:perspective|vantage|standpoint)|in (?:the )?view of (?:many|some)|(?:right|left|centre|center)-of-(?:center|centre) view|(?:center|centre)-(?:right|left) (?:view|vantage|perspective)|still waiting for|the peoples? of (?:Asia|Europe|Africa|the region))\b/gi, note: "opinion or generalisation given without saying whose it is" },
  { kind: "intensifier", re: /\b(clearly|undeniably|obviously|of course|undoubtedly|certainly|truly|deeply|strongly|firmly)\b/gi, note: "intensifier: asserts certainty without evidence" },
  { kind: "loaded", re: /侵略者|傀儡|いわゆる|反日|売国/g, note: "loaded word: it judges while it describes" },
];

/**
 * Finds slanted wording in a text.
 *
 * @example findSlant("Critics say the so-called alliance failed.").map(s => s.kind) // ["unattributed-opinion", "loaded", "evaluative"]
 */
export function findSlant(text: string): SlantNote[] {
  const out: SlantNote[] = [];
  for (const r of RULES) {
    r.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: r.kind, note: r.note });
  }
  return out.sort((a, b) => a.start - b.start);
}
