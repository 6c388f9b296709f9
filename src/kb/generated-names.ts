import type { Entity } from "../model/entity.js";
import type { FlatStatement } from "./statements.js";

/** A name made by the build from a reliable pattern, marked `generated` in the names table. */
export interface GeneratedName {
  text: string;
  lang: "en" | "ja";
  kind: "generated";
  /** false for a name that only rewords the entity's other names: it links and resolves but adds no words to rank by. */
  searched?: false;
}

const EPA = /economic partnership/i;

/**
 * The short names the press and MOFA use for Japan's bilateral economic partnership agreements, made
 * from the partner's names: Japan–Mexico EPA, Mexico–Japan EPA, Mexico EPA, 日メキシコEPA,
 * 日メキシコ経済連携協定. Only for bilateral agreements whose name says "Economic Partnership" and whose
 * other party is a state; names already written in data/ are not repeated.
 *
 * @example generatedNames(entities, statements).get("japan-mexico-epa") // [{ text: "Japan–Mexico EPA", … }, …]
 */
export function generatedNames(entities: readonly Entity[], statements: readonly FlatStatement[]): Map<string, GeneratedName[]> {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const partners = new Map<string, Set<string>>();
  for (const s of statements) {
    if ((s.p !== "party-to" && s.p !== "signatory-of") || !s.object || s.subject === "japan" || s.status === "rejected") continue;
    if (byId.get(s.subject)?.kind !== "state") continue;
    const set = partners.get(s.object) ?? new Set<string>();
    set.add(s.subject);
    partners.set(s.object, set);
  }
  const out = new Map<string, GeneratedName[]>();
  for (const [id, names] of yearTreatyNames(entities, statements)) out.set(id, names);
  for (const [id, names] of yearlessNames(entities)) out.set(id, [...(out.get(id) ?? []), ...names]);
  for (const [id, names] of plainStateNames(entities)) out.set(id, [...(out.get(id) ?? []), ...names]);
  for (const [id, names] of withoutInitials(entities)) out.set(id, [...(out.get(id) ?? []), ...names]);
  for (const [id, names] of otherSpellings(entities)) out.set(id, [...(out.get(id) ?? []), ...names]);
  for (const e of entities) {
    if (e.kind !== "agreement" || e.scope !== "bilateral" || !EPA.test(e.names.en)) continue;
    const ps = [...(partners.get(e.id) ?? [])];
    if (ps.length !== 1) continue;
    const p = byId.get(ps[0]!)!;
    const en = p.names.en;
    const ja = p.names.ja;
    const candidates: GeneratedName[] = [
      { text: `Japan–${en} EPA`, lang: "en", kind: "generated" },
      { text: `${en}–Japan EPA`, lang: "en", kind: "generated" },
      { text: `Japan–${en} Economic Partnership Agreement`, lang: "en", kind: "generated" },
      { text: `${en} EPA`, lang: "en", kind: "generated" },
      ...(ja ? [{ text: `日${ja}EPA`, lang: "ja", kind: "generated" } as const, { text: `日${ja}経済連携協定`, lang: "ja", kind: "generated" } as const] : []),
    ];
    const have = new Set([e.names.en, e.names.ja, ...e.aliases.map((a) => a.text)].filter(Boolean).map((t) => t!.toLowerCase().replace(/[-–]/g, "-")));
    const fresh = candidates.filter((c) => !have.has(c.text.toLowerCase().replace(/[-–]/g, "-")));
    if (fresh.length) out.set(e.id, [...(out.get(e.id) ?? []), ...fresh]);
  }
  for (const [id, names] of reversedPairNames(entities)) {
    // An EPA's "Mexico–Japan EPA" is made above already.
    const made = out.get(id) ?? [];
    const fresh = names.filter((n) => !made.some((m) => m.text === n.text));
    if (fresh.length) out.set(id, [...made, ...fresh]);
  }
  return out;
}

/**
 * "the 1965 treaty", "the 1978 Treaty": the year of signature stands for a treaty of Japan's when Japan
 * signed no other treaty or convention that year (curated agreements only; dataset copies aside).
 * A year shared by two treaties (1951: the peace treaty and the security treaty) names neither.
 *
 * @example yearTreatyNames(entities, statements).get("treaty-on-basic-relations-japan-korea-1965") // [{ text: "1965 Treaty", … }, …]
 */
export function yearTreatyNames(entities: readonly Entity[], statements: readonly FlatStatement[]): Map<string, GeneratedName[]> {
  // Treaties and conventions alike compete for a year ("the 1854 treaty" may mean the Convention of Kanagawa);
  // a statement or protocol about a treaty is none.
  const treaties = new Map(
    entities.filter((e) => e.kind === "agreement" && /\b(treaty|convention)\b/i.test(e.names.en) && !/\b(statement|protocol|declaration)\b/i.test(e.names.en) && /(^|\/)agreements\//.test(e.origin)).map((e) => [e.id, e]),
  );
  const japanIn = new Set(statements.filter((s) => (s.p === "party-to" || s.p === "signatory-of") && s.subject === "japan" && s.object && s.status !== "rejected").map((s) => s.object!));
  const byYear = new Map<string, string[]>();
  for (const s of statements) {
    if (s.p !== "signed" || s.status === "rejected" || !treaties.has(s.subject) || !japanIn.has(s.subject) || !s.time) continue;
    const year = /^(\d{4})/.exec(s.time)?.[1];
    if (!year) continue;
    const ids = byYear.get(year) ?? [];
    if (!ids.includes(s.subject)) ids.push(s.subject);
    byYear.set(year, ids);
  }
  const out = new Map<string, GeneratedName[]>();
  for (const [year, ids] of byYear) {
    if (ids.length !== 1 || !/\btreaty\b/i.test(treaties.get(ids[0]!)!.names.en)) continue;
    out.set(ids[0]!, [{ text: `${year} Treaty`, lang: "en", kind: "generated" }, { text: `${year} treaty`, lang: "en", kind: "generated" }]);
  }
  return out;
}

/**
 * A name without its year stays one agreement's only when it names the pair and a kind of agreement that the
 * pair rarely repeats ("Japan–China Trade Agreement", "Soviet–Japanese Joint Declaration"); "Treaty of Beijing",
 * "Tokyo Declaration" or "Russo-Japanese Agreement" name several agreements in history, most not recorded here.
 */
const DISTINCT = /^\S+[–-]\S+\s.*\b(?:Joint|Trade|Friendship|Peace)\b/;

/** An English name that ends in its year: "Soviet–Japanese Joint Declaration of 1956", "Gentlemen's Agreement (1907)". */
const WITH_YEAR = /^(.*\S)\s+(?:of\s+\d{4}|\(\d{4}\))$/;

/**
 * A curated agreement's English name without the year it ends in ("Soviet–Japanese Joint Declaration of 1956" →
 * "Soviet–Japanese Joint Declaration"), when it is DISTINCT and no other entity has or would get that name: texts name it without
 * the year, and "the … Declaration of 1960" must still find it for its date to be checked.
 *
 * @example yearlessNames(entities).get("soviet-japanese-joint-declaration-1956") // [{ text: "Soviet–Japanese Joint Declaration", … }]
 */
export function yearlessNames(entities: readonly Entity[]): Map<string, GeneratedName[]> {
  return uniqueVariants(entities, (t) => {
    const bare = WITH_YEAR.exec(t)?.[1];
    return bare && DISTINCT.test(bare) ? [bare] : [];
  });
}

/**
 * The variants a rewrite makes of each curated agreement's English names, each kept for its one agreement when no
 * other agreement would get it and no entity already has it.
 */
function uniqueVariants(entities: readonly Entity[], variants: (name: string) => string[], extra: Partial<GeneratedName> = {}, lang: "en" | "ja" = "en"): Map<string, GeneratedName[]> {
  const key = (t: string) => t.toLowerCase().replace(/[-–—]/g, "-");
  const aliasesOf = (e: Entity) => ("aliases" in e ? e.aliases : []);
  const taken = new Set(entities.flatMap((e) => [e.names.en, e.names.ja, ...aliasesOf(e).map((a) => a.text)]).filter((t): t is string => !!t).map(key));
  const wanted = new Map<string, { text: string; ids: Set<string> }>();
  for (const e of entities) {
    if (e.kind !== "agreement" || !/(^|\/)agreements\//.test(e.origin)) continue;
    for (const t of [e.names[lang], ...aliasesOf(e).filter((a) => a.lang === lang).map((a) => a.text)]) {
      if (!t) continue;
      for (const v of variants(t)) {
        if (v === t) continue;
        const w = wanted.get(key(v)) ?? { text: v, ids: new Set<string>() };
        wanted.set(key(v), { ...w, ids: w.ids.add(e.id) });
      }
    }
  }
  const out = new Map<string, GeneratedName[]>();
  for (const [k, { text, ids }] of wanted) {
    if (ids.size !== 1 || taken.has(k)) continue;
    const [id] = ids;
    out.set(id!, [...(out.get(id!) ?? []), { text, lang, kind: "generated", ...extra }]);
  }
  return out;
}

/** A run of capitalised words (a state's name), letters of any script ("Côte d'Ivoire"). */
const CAPS = "[\\p{Lu}][\\p{L}\\p{N}'’-]*(?:\\s(?!and\\b)[\\p{Lu}][\\p{L}\\p{N}'’-]*)*";
/** A state's formal style in an agreement's title, and the name people write instead. */
const FORMAL: readonly [RegExp, string][] = [
  [/\bthe United States of America\b/gu, "the United States"],
  [/\bthe Union of Soviet Socialist Republics\b/gu, "the Soviet Union"],
  [/\bthe United Kingdom of Great Britain and Northern Ireland\b/gu, "the United Kingdom"],
  [new RegExp(`\\bthe (?:Government of (?:the )?)?(?:Commonwealth|Kingdom|Republic|Federation|Federal Republic|People['’]s Republic|Socialist Republic|Democratic Republic|Democratic Socialist Republic|Islamic Republic|Arab Republic|Sultanate|Principality|Grand Duchy|Independent State|United Republic|State) of (?:the )?(${CAPS})`, "gu"), "$1"],
  [new RegExp(`\\bthe Government of (?:the )?(${CAPS})`, "gu"), "$1"],
];
/** "… between A and B", the pair ending the name or followed by what the agreement is for ("for", "on", a year). */
const BETWEEN_PAIR = new RegExp(`\\bbetween ((?:the )?${CAPS}) and ((?:the )?${CAPS})(?=$|\\s+(?:for|on|concerning|regarding|in|to)\\b|\\s*\\()`, "u");

/**
 * A curated agreement's English title with the states' formal styles as people write them ("Agreement on Commerce
 * between the Commonwealth of Australia and Japan" → "Agreement on Commerce between Australia and Japan"), and
 * with the pair the other way round ("… between Japan and Australia"), when no other entity has or would get
 * that name.
 *
 * @example plainStateNames(entities).get("japan-australia-commerce-agreement-1957") // [{ text: "Agreement on Commerce between Australia and Japan", … }, …]
 */
export function plainStateNames(entities: readonly Entity[]): Map<string, GeneratedName[]> {
  const rewrite = (t: string): string[] => {
    const plain = FORMAL.reduce((x, [re, to]) => x.replace(re, to), t);
    const pair = BETWEEN_PAIR.exec(plain);
    return pair ? [plain, plain.replace(pair[0], `between ${pair[2]} and ${pair[1]}`)] : [plain];
  };
  return uniqueVariants(entities, rewrite, { searched: false });
}

/** The one-character names of states that Japanese writes before 日 when the other side speaks first: 中日, 韓日. */
const PARTNER_FIRST_JA: readonly [string, string][] = [["日中", "中日"], ["日韓", "韓日"]];

/**
 * A curated agreement's names with the pair the other way round, as the partner's side writes them: "Japan–Mongolia
 * Joint Statement" → "Mongolia–Japan Joint Statement", "日・モンゴル中期行動計画" and "日本・モンゴル…" → "モンゴル・日本中期行動計画",
 * "日中共同声明" → "中日共同声明". Only where the other name is a state's, and when no other entity has or would get the
 * variant. It only rewords the name: it links and resolves, and search leaves it out.
 *
 * @example reversedPairNames(entities).get("japan-mongolia-mid-term-action-plan-2017") // [{ text: "モンゴル・日本中期行動計画", lang: "ja", … }]
 */
export function reversedPairNames(entities: readonly Entity[]): Map<string, GeneratedName[]> {
  const states = entities.filter((e) => e.kind === "state");
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const alternation = (names: (string | undefined)[]) => [...new Set(names.filter((n): n is string => !!n && n !== "Japan" && n !== "日本"))].sort((a, b) => b.length - a.length).map(escape).join("|");
  const en = new RegExp(`\\bJapan[–-](${alternation(states.map((e) => e.names.en))})(?![\\p{L}-])`, "u");
  const ja = new RegExp(`日(?:本)?・(${alternation(states.map((e) => e.names.ja))})`, "u");
  const out = uniqueVariants(entities, (t) => {
    const m = en.exec(t);
    return m ? [t.replace(m[0], `${m[1]}–Japan`)] : [];
  }, { searched: false });
  const jaOut = uniqueVariants(entities, (t) => {
    const m = ja.exec(t);
    if (m) return [t.replace(m[0], `${m[1]}・日本`)];
    const pair = PARTNER_FIRST_JA.find(([ours]) => t.includes(ours));
    return pair ? [t.replace(pair[0], pair[1])] : [];
  }, { searched: false }, "ja");
  for (const [id, names] of jaOut) out.set(id, [...(out.get(id) ?? []), ...names]);
  return out;
}

/**
 * A person's English name without its middle initials, as texts often write it ("Henry Stimson" for Henry L.
 * Stimson, "Harry Truman" for Harry S. Truman), when no other entity has that name. It only rewords the name:
 * it links and resolves, and search leaves it out.
 *
 * @example withoutInitials(entities).get("henry-l-stimson") // [{ text: "Henry Stimson", lang: "en", kind: "generated", searched: false }]
 */
export function withoutInitials(entities: readonly Entity[]): Map<string, GeneratedName[]> {
  const taken = new Set(entities.flatMap((e) => [e.names.en, ...("aliases" in e ? e.aliases.map((a) => a.text) : [])]).map((t) => t.toLowerCase()));
  const made = new Map<string, string[]>();
  for (const e of entities) {
    if (e.kind !== "person" || !/\s[A-Z]\.\s/.test(e.names.en)) continue;
    const plain = e.names.en.replace(/\s(?:[A-Z]\.\s)+/g, " ");
    if (!taken.has(plain.toLowerCase())) made.set(plain, [...(made.get(plain) ?? []), e.id]);
  }
  const out = new Map<string, GeneratedName[]>();
  for (const [text, ids] of made) if (ids.length === 1) out.set(ids[0]!, [{ text, lang: "en", kind: "generated", searched: false }]);
  return out;
}

/** Words British and American English spell apart, each way round. */
const SPELLINGS: readonly [RegExp, string][] = [
  [/\bOrganization\b/g, "Organisation"], [/\bOrganisation\b/g, "Organization"],
  [/\bDefense\b/g, "Defence"], [/\bDefence\b/g, "Defense"],
  [/\bCenter\b/g, "Centre"], [/\bCentre\b/g, "Center"],
  [/\bLabor\b/g, "Labour"], [/\bLabour\b/g, "Labor"],
  [/\bProgram\b/g, "Programme"], [/\bProgramme\b/g, "Program"],
];

/**
 * An organisation's, agreement's, event's or policy's English name and aliases in the other English spelling
 * ("Organization of the Petroleum Exporting Countries" → "Organisation of …", "Ministry of Defense" → "… Defence"),
 * when no other entity has that name or would get it. It links and resolves; search leaves it out.
 *
 * @example otherSpellings(entities).get("opec") // [{ text: "Organisation of the Petroleum Exporting Countries", lang: "en", kind: "generated", searched: false }, …]
 */
export function otherSpellings(entities: readonly Entity[]): Map<string, GeneratedName[]> {
  const key = (t: string) => t.toLowerCase();
  const aliasesOf = (e: Entity) => ("aliases" in e ? e.aliases : []);
  const taken = new Set(entities.flatMap((e) => [e.names.en, ...aliasesOf(e).map((a) => a.text)]).filter((t): t is string => !!t).map(key));
  const made = new Map<string, { text: string; ids: Set<string> }>();
  for (const e of entities) {
    if (!["organization", "agreement", "event", "policy"].includes(e.kind)) continue;
    for (const t of [e.names.en, ...aliasesOf(e).filter((a) => a.lang === "en").map((a) => a.text)]) {
      if (!t) continue;
      let v = t;
      for (const [re, to] of SPELLINGS) if (new RegExp(re.source).test(t)) v = v.replace(re, to);
      if (v === t || taken.has(key(v))) continue;
      const m = made.get(key(v)) ?? { text: v, ids: new Set<string>() };
      made.set(key(v), { ...m, ids: m.ids.add(e.id) });
    }
  }
  const out = new Map<string, GeneratedName[]>();
  for (const { text, ids } of made.values()) if (ids.size === 1) { const [id] = ids; out.set(id!, [...(out.get(id!) ?? []), { text, lang: "en", kind: "generated", searched: false }]); }
  return out;
}
