import type { EntityRef, SearchAnswer } from "../../model/results.js";
import { decideStatus } from "../asof/status.js";
import { worldOf } from "../asof/store.js";
import { JAPAN } from "../asof/world.js";
import type { Store, StatementRow } from "../store.js";
import { searchKey } from "../text.js";

/** Offices a question may name, in English and Japanese, with the `role` they have in the data. */
// The Foreign Lords (外務卿, 1869–1885) held the office before it was named Minister for Foreign Affairs.
const OFFICES: { role: string; also?: string; en: string; ja: string; words: RegExp }[] = [
  { role: "prime-minister", en: "Prime ministers", ja: "内閣総理大臣", words: /^(?:prime ministers?|pms?|premiers?|内閣総理大臣|総理大臣|総理|首相)$/ },
  { role: "foreign-minister", also: "foreign-lord", en: "Foreign ministers", ja: "外務大臣", words: /^(?:foreign ministers?|ministers? (?:for|of) foreign affairs|外務大臣|外相)$/ },
  { role: "chief-cabinet-secretary", en: "Chief cabinet secretaries", ja: "内閣官房長官", words: /^(?:chief cabinet secretar(?:y|ies)|内閣官房長官|官房長官)$/ },
];

/** A period as people write it: 1975, 1970s, 1970-1980, 2000 to 2012, 1975年. */
const PERIOD = /(\d{4})\s*(s|年代|年)?(?:\s*(?:-|–|—|to|until|〜|~|から)\s*(\d{4})\s*(?:年)?(?:まで)?)?/;

/**
 * Recognises a few structured questions and answers them from the as-of engine rather than from text:
 * an office and a period ("foreign minister 1975", "外務大臣 1975", "prime ministers 2000-2012"), a
 * state and a year ("China 1970"), and an agreement kind with a partner ("EPA with Peru").
 *
 * @example answerIntents(store, "prime ministers 1970s")[0]?.entities.length // the PMs of that decade
 */
export function answerIntents(store: Store, query: string): SearchAnswer[] {
  const key = searchKey(query).replace(/[–—]/g, "-");
  const period = PERIOD.exec(key);
  const rest = (period ? key.replace(period[0], " ") : key).replace(/\b(?:in|of|japan'?s?|japanese|the|who (?:was|were))\b|日本の?|の/g, " ").replace(/\s+/g, " ").trim();
  const out: SearchAnswer[] = [];
  if (period) {
    const from = Number(period[1]);
    const decade = period[2] === "s" || period[2] === "年代";
    const to = period[3] ? Number(period[3]) : decade ? from + 9 : from;
    const office = OFFICES.find((o) => o.words.test(rest));
    if (office && from <= to) out.push(officeAnswer(store, office, from, to));
    const state = office ? undefined : stateNamed(store, rest);
    if (state && !period[3] && !decade) out.push(stateYearAnswer(store, state, from));
  }
  const epa = /^(?:(?:epa|fta|economic partnership(?: agreement)?|free trade agreement)s? with (.+)|(.+?) (?:epa|fta)|日(.+?)(?:epa|fta|経済連携協定))$/.exec(rest);
  const partner = epa ? stateNamed(store, (epa[1] ?? epa[2] ?? epa[3] ?? "").trim()) : undefined;
  if (partner) {
    const a = epaWith(store, partner.id);
    if (a.length) out.push({ intent: "agreement", title: { en: `Japan's economic partnership agreements with ${partner.name.en}`, ja: `日本と${partner.name.ja ?? partner.name.en}の経済連携協定` }, entities: a, link: `/entity/${a[0]!.id}` });
  }
  return out;
}

function officeAnswer(store: Store, office: (typeof OFFICES)[number], from: number, to: number): SearchAnswer {
  const rows = store
    .prepared("SELECT * FROM statements WHERE p = 'holds-office' AND object = ? AND role IN (?, ?) AND status != 'rejected' AND s_min <= ? AND (e_open = 1 OR e_unknown = 1 OR e_max > ?) ORDER BY s_min")
    .all(JAPAN, office.role, office.also ?? office.role, `${to}-12-31`, `${from}-01-01`) as StatementRow[];
  const seen = new Set<string>();
  const entities: EntityRef[] = [];
  for (const r of rows) {
    if (seen.has(r.subject)) continue;
    seen.add(r.subject);
    const ref = store.ref(r.subject);
    if (ref) entities.push(ref);
  }
  const span = from === to ? `${from}` : `${from}–${to}`;
  return {
    intent: "office",
    title: { en: `${office.en} of Japan, ${span}`, ja: `${office.ja}（${from === to ? `${from}年` : `${from}〜${to}年`}）` },
    entities,
    link: `/entity/japan?asOf=${from}`,
  };
}

function stateYearAnswer(store: Store, state: EntityRef, year: number): SearchAnswer {
  const s = decideStatus(worldOf(store), state.id, `${year}-01-01`);
  return {
    intent: "state-year",
    title: { en: `${state.name.en} on 1 January ${year}: ${s.status.replace(/-/g, " ")}`, ja: `${year}年1月1日の${state.name.ja ?? state.name.en}` },
    entities: [state],
    link: `/entity/${state.id}?asOf=${year}`,
    status: s.status,
  };
}

/** A state by an exact name or alias (Peru, 中国, the PRC). */
function stateNamed(store: Store, text: string): EntityRef | undefined {
  if (!text) return undefined;
  const row = store
    .prepared("SELECT n.entity_id FROM names n JOIN entities e ON e.id = n.entity_id WHERE n.key = ? AND e.kind = 'state' ORDER BY n.primary_name DESC LIMIT 1")
    .get(searchKey(text).replace(/^the /, "")) as { entity_id: string } | undefined;
  return row ? (store.ref(row.entity_id) ?? undefined) : undefined;
}

/** Japan's bilateral economic partnership or free trade agreements with a state. */
function epaWith(store: Store, partner: string): EntityRef[] {
  const rows = store
    .prepared(
      `SELECT DISTINCT a.id FROM entities a JOIN statements p ON p.object = a.id AND p.p IN ('party-to', 'signatory-of') AND p.subject = ?
       WHERE a.kind = 'agreement' AND (a.name_en LIKE '%Economic Partnership%' OR a.name_en LIKE '%Free Trade%') ORDER BY a.id`,
    )
    .all(partner) as { id: string }[];
  return rows.map((r) => store.ref(r.id)!).filter(Boolean);
}
