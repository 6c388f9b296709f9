import type { EntityRef, StatementView } from "../api/types.js";
import { nameIn, type Lang } from "../i18n/dict.js";
import { takesThe } from "./articles.js";

type Words = [en: string, ja: string];
/** Where the page's entity stands in a section's statements: their subject, object, place (`at`). */
export type Side = "subject" | "object" | "at";

/**
 * Headings for a predicate's section seen from the page's side. The API labels a predicate as its
 * subject says it ("holds office", "participant"), which reads wrongly on the object's page: Japan's
 * page listed its prime ministers under "Holds office" and its summits under "Participant", a treaty
 * its parties under "Party to" (issue 15). {name} is the page's entity.
 */
const HEADINGS: Record<string, Partial<Record<Side, Words>>> = {
  "holds-office": { subject: ["Offices held", "在任した役職"], object: ["Office holders", "在任者"] },
  participant: { subject: ["Participants", "参加者"], object: ["Took part in", "参加した出来事"] },
  occurred: { subject: ["Date", "日時"], at: ["Events held in {name}", "{name}で開催された出来事"] },
  concerns: { object: ["Concerning {name}", "{name}に関係する事項"] },
  "proposed-by": { object: ["Proposed", "提唱したもの"] },
  "located-in": { object: ["Places in {name}", "{name}にある場所"] },
  "member-of": { object: ["Members", "加盟国・機関"] },
  "observer-of": { subject: ["Observer at", "オブザーバー参加"], object: ["Observers", "オブザーバー"] },
  "party-to": { subject: ["Party to", "締約している条約"], object: ["Parties", "締約国"] },
  "signatory-of": { subject: ["Signed", "署名した条約"], object: ["Signatories", "署名国・署名者"] },
  claims: { object: ["Claimed by", "領有権を主張する国"] },
  administers: { object: ["Administered by", "施政国"] },
  occupies: { object: ["Occupied by", "占領国"] },
  rules: { object: ["Ruled by", "統治国"] },
  "holds-territory": { object: ["Territory held by", "領域を保有した国"] },
  sanctions: { object: ["Sanctioned by", "制裁を科した国・機関"] },
  recognizes: { object: ["Recognised by", "承認した国"] },
  "superseded-by": { object: ["Supersedes", "前身の協定"] },
  exists: { subject: ["Existence", "存続期間"] },
  attribute: { subject: ["Other facts", "その他の情報"] },
  // The predicates' Japanese labels are single characters (生, 没): a heading of its own reads "生 1".
  born: { subject: ["Born", "生年月日"] },
  died: { subject: ["Died", "没年月日"] },
};

/**
 * The page's side in a section: the one every loaded statement of it shares, or null when they
 * differ (Japan's missions abroad and other states' in Japan) or none is loaded.
 * @example sectionSide(japan.statements, "holds-office", "japan") // "object"
 */
export function sectionSide(statements: readonly StatementView[], p: string, id: string): Side | null {
  const sides = new Set<Side>();
  for (const s of statements) {
    if (s.p !== p) continue;
    sides.add(s.subject.id === id ? "subject" : s.object?.id === id ? "object" : "at");
  }
  return sides.size === 1 ? [...sides][0]! : null;
}

/**
 * The heading of a section of `p` from the page's side; the API's label where the
 * predicate reads the same from either side or the side is not known.
 * @example sectionHeading("holds-office", { en: "holds office", ja: "在任" }, "object", "Japan", "en") // "Office holders"
 * @example sectionHeading("alliance", { en: "alliance", ja: "同盟" }, "subject", "Japan", "en") // "alliance"
 */
export function sectionHeading(p: string, label: { en: string; ja?: string | null }, side: Side | null, name: string, lang: Lang): string {
  const words = side ? HEADINGS[p]?.[side] : undefined;
  return words ? words[lang === "ja" ? 1 : 0].replace("{name}", name) : ((lang === "ja" ? label.ja : null) ?? label.en);
}

/**
 * The page's entity as a heading's {name} says it: with "the" where English writes one in running text
 * (the Kuril Islands' page headed its treaties "Concerning Kuril Islands").
 * @example headingName({ id: "kuril-islands", kind: "place", name: { en: "Kuril Islands", ja: "千島列島" } }, "en") // "the Kuril Islands"
 */
export function headingName(e: Pick<EntityRef, "id" | "kind" | "name">, lang: Lang): string {
  const name = nameIn(lang, e.name);
  return lang === "en" && takesThe(e as EntityRef) ? `the ${name}` : name;
}

/** A heading with a capital ("diplomatic relations" → "Diplomatic relations"). */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
