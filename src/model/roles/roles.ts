// Roles in the reader's language, kept in src/model so that one table and one set of rules serve both the
// explorer (web/src/i18n/roles.ts re-exports them) and the checker's Japanese reasons (src/check/role-ja.ts).
// Pure data and functions, no package imported: the browser runs them.
import { MONTH_NAMES } from "../months.js";
import { ROLE_EN } from "./role-en.js";

/** A reader's language (the explorer's and the checker's reasons'). */
type Lang = "en" | "ja";

/**
 * A statement's role ("host", "President of the United States", "embassy, Tokyo") as words in the
 * reader's language. A role is rendered in Japanese only when a table or a rule gives all of it; any
 * other role stays in English, whole, with `lang: "en"`, so the page can mark it English-only rather
 * than show a half-translation.
 */
export type RoleText = { text: string; lang: Lang };

/**
 * The Japanese tables (role-table.ts, role-prose.ts): fixed roles, titles of office and prose roles.
 * Only Japanese pages need them, so the explorer loads them on demand (web/src/i18n/Role.tsx) and passes
 * them in; the checker passes them for its Japanese reasons.
 */
export interface RoleTables {
  /** Fixed roles: "side A" → A側. */
  words: Readonly<Record<string, string>>;
  /** Titles of office for "<Title> of <state>": Japanese for any state, and the states whose office has its own name. */
  titles: Readonly<Record<string, { ja: string; by?: Readonly<Record<string, string>> }>>;
  /** Roles written as prose for one statement: "received the envoys at El Escorial" → エル・エスコリアルで使節を迎えた. */
  prose: Readonly<Record<string, string>>;
  /**
   * Names a role writes inside it, in Japanese: places ("Warsaw" → ワルシャワ), meetings ("Munich Security
   * Conference" → ミュンヘン安全保障会議) and people with their title ("Premier Wen Jiabao" → 温家宝国務院総理).
   */
  proper: Readonly<Record<string, string>>;
}

/** A state's Japanese name by one of its English names ("the Republic of Korea" → south-korea, 大韓民国). */
export type NameLookup = (english: string) => { id: string; ja: string } | null;

/** What a role's words may depend on beyond its text. */
export interface RoleContext {
  /** Japanese names of states, for "President of X" and "X's prime minister". */
  names?: NameLookup;
  /** The id of the event a participant took part in: a visit's host receives (受入国), a summit's hosts it (主催国). */
  event?: string;
  /** The id of the state whose office this is (holds-office): Japan's prime minister is 内閣総理大臣, India's 首相. */
  polity?: string;
  /**
   * The Japanese tables. Without them (a Japanese page before they load) only the rules here apply:
   * "host" is 受入国, "18th Japan–EU summit" 第18回日EU首脳会議; a role that needs a table (a place's
   * name included: "embassy, Tokyo") stays English, whole.
   */
  tables?: RoleTables;
}

/** Japan frames every page; its names are known without a lookup. */
const JAPAN = { id: "japan", ja: "日本" };

/**
 * How a territory was held (holds-territory): a rule rather than a table entry, because the map, which
 * loads no tables (its page stays light), says it too ("Under Japanese rule (as a colony)").
 */
const HOLDINGS: Readonly<Record<string, string>> = {
  sovereign: "主権国として",
  colony: "植民地として",
  protectorate: "保護国として",
  // Not 占領下: the sentence reads "…の領域を{how}保有した" (it said 占領下保有した).
  occupation: "占領により",
  mandate: "委任統治領として",
  annexed: "併合により",
  puppet: "傀儡国家として",
  trust: "信託統治領として",
};

const MISSIONS: Record<string, [en: string, ja: string]> = {
  embassy: ["embassy", "大使館"],
  "consulate general": ["consulate general", "総領事館"],
  consulate: ["consulate", "領事館"],
  "de facto embassy": ["de facto embassy", "事実上の大使館"],
  "de facto consulate": ["de facto consulate", "事実上の領事館"],
  "consular office": ["consular office", "領事事務所"],
  "honorary consulate": ["honorary consulate", "名誉領事館"],
};

const MEETINGS: Record<string, string> = {
  summit: "首脳会議",
  "summit meeting": "首脳会議",
  "leaders' summit": "首脳会議",
  "leaders' meeting": "首脳会合",
  conference: "会議",
  session: "会期",
  "foreign ministers' meeting": "外相会合",
  "ministerial meeting": "閣僚会合",
  "foreign ministers": "外相会合",
  "foreign and development ministers' meeting": "外務・開発大臣会合",
  "informal leaders' meeting": "非公式首脳会議",
  "economic leaders' meeting": "首脳会議",
  "strategic dialogue": "戦略対話",
  // Capitalised as a meeting's name: "10th APEC Ministerial Meeting", "G8 Foreign Ministers' Meeting".
  "Ministerial Meeting": "閣僚会議",
  "Foreign Ministers' Meeting": "外相会合",
};

/** Who meets, where the role names it: "Japan–EU summit" is 日EU首脳会議. */
const GROUPS: Record<string, string> = { "Japan–EU": "日EU", "Japan–ASEAN": "日ASEAN", "Japan–China–ROK": "日中韓", Quad: "日米豪印" };

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

const MEETING = new RegExp(
  "^(?:(\\d+)(?:st|nd|rd|th) |(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) )?" +
    "(?:(G7|G8|G20|ASEM|APEC|ASEAN|Quad|NATO|Japan–EU|Japan–ASEAN|Japan–China–ROK) )?" +
    `(${Object.keys(MEETINGS).join("|")})` +
    "(?: \\((first|second|third|ASEM\\d+)\\))?(?:, ([^,()]+))?$",
);

/**
 * An acronym and its number, written in Latin letters in Japanese too ("TICAD VI", "ASEM7", "G20"): kept
 * as written. Any other Latin word inside a Japanese role would leave it half-translated, and a bare
 * number ("2030") says what no table has read: both leave the whole role in English.
 */
const ACRONYM = /^(?=[^ ]*[A-Z])[A-Z0-9][A-Z0-9+-]*(?: [A-Z0-9][A-Z0-9+-]*)*$/;

/** Whether an event id names a visit or a trip, where the host is the state visited. */
function isVisit(eventId: string | undefined): boolean {
  return eventId !== undefined && /(^|-)(visits?|trips?|tours?|address|arrival|deployment|mission|embassy|expedition)(-|$)/.test(eventId);
}

/** A table's own entry (a role may be any text, "constructor" included). */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A name inside a role (a place, a meeting, a person) in Japanese, or null: never the English kept inside. */
function named(name: string, ctx: RoleContext): string | null {
  const proper = ctx.tables?.proper;
  const hit = proper && own(proper, name);
  if (hit) return hit;
  return lookup(name, ctx)?.ja ?? (ACRONYM.test(name) ? name : null);
}

function lookup(place: string, ctx: RoleContext): { id: string; ja: string } | null {
  const bare = place.replace(/^the /, "");
  if (bare === "Japan") return JAPAN;
  return ctx.names?.(bare) ?? null;
}

/** "President of the Republic of Korea", "India's prime minister", "US president" in Japanese. */
function titled(role: string, ctx: RoleContext): string | null {
  const titles = ctx.tables?.titles;
  if (!titles) return null;
  const m = /^(.+?) of (.+)$/.exec(role) ?? null;
  const pos = /^(.+?)(?:'s|’s) (.+)$/.exec(role) ?? /^(US|UK|EU) (.+)$/.exec(role);
  const [titleText, place] = m && own(titles, m[1]!.toLowerCase()) ? [m[1]!, m[2]!] : pos ? [pos[2]!, pos[1]!] : [null, null];
  if (!titleText || !place) return null;
  const title = own(titles, titleText.toLowerCase());
  const state = lookup(place === "US" ? "United States" : place === "UK" ? "United Kingdom" : place, ctx);
  if (!title || !state) return null;
  const special = title.by?.[state.id];
  if (special) return state.id === "japan" ? special : `${state.ja}${special}`;
  return `${state.ja}${title.ja}`;
}

const MONTH_NUMBER: Readonly<Record<string, number>> = Object.fromEntries(MONTH_NAMES.map((m, i) => [m, i + 1]));
/** A day ("29 April") or a span of days ("30 June – 1 July", "8 – 9 April") as a role writes it. */
const DAYS = new RegExp(`^(\\d{1,2}) (${MONTH_NAMES.join("|")})(?: – (\\d{1,2}) (${MONTH_NAMES.join("|")}))?$`);

/** The Japanese of a whole role, or null where no table or rule gives all of it. */
function japanese(role: string, ctx: RoleContext): string | null {
  if (role === "host" || role === "host country") return isVisit(ctx.event) ? "受入国" : "主催国";
  // 内閣総理大臣 is Japan's office alone; where the state is not known (a visit's participant: Mongolia's
  // prime minister was 内閣総理大臣 on his visit's page), 首相, which Japanese uses for any state's, Japan's too.
  if (role === "prime-minister") return ctx.polity === "japan" ? "内閣総理大臣" : "首相";
  const held = own(HOLDINGS, role);
  if (held) return held;
  const t = ctx.tables;
  if (role === "president" || role === "premier") {
    const title = t && own(t.titles, role);
    return title ? (title.by?.[ctx.polity ?? ""] ?? title.ja) : null;
  }
  if (role === "emperor") return ctx.polity && ctx.polity !== "japan" ? "皇帝" : "天皇";
  const fixed = t && (own(t.words, role) ?? own(t.prose, role));
  if (fixed) return fixed;
  // "Prime Minister of Japan; speaker": every part, or nothing. A "; " inside brackets ("host (Premier
  // Wen Jiabao; Foreign Minister Li Zhaoxing)") parts the bracket, not the role: its rule is below.
  if (role.includes("; ") && !/\([^)]*; /.test(role)) {
    const parts = role.split("; ").map((p) => japanese(p, ctx));
    return parts.every((p) => p !== null) ? parts.join("、") : null;
  }
  const mission = /^(embassy|consulate general|consulate|de facto embassy|de facto consulate|consular office|honorary consulate), (.+)$/.exec(role);
  if (mission) {
    const place = named(mission[2]!, ctx);
    return place ? `${MISSIONS[mission[1]!]![1]}（${place}）` : null;
  }
  const war = /^COW war (\d+)$/.exec(role);
  if (war) return `戦争（COW番号${war[1]}）`;
  // "45th session of the General Assembly": the UN General Assembly's regular session, as MOFA numbers it.
  const assembly = /^(\d+)(?:st|nd|rd|th) session of the General Assembly$/.exec(role);
  if (assembly) return `国連総会第${assembly[1]}回会期`;
  const water = /^water up to (\d+) miles$/.exec(role);
  if (water) return `海を隔てて${water[1]}マイル以内`;
  // "sixth summit, Bali", "18th Japan–EU summit, Prague", "seventh summit (ASEM7), Beijing", "63rd session, general debate".
  const meeting = MEETING.exec(role);
  if (meeting) {
    const [, digits, word, group, kind, series, where] = meeting;
    const nth = digits ? Number(digits) : ORDINALS[word ?? series ?? ""];
    const place = where === "general debate" ? "一般討論" : where ? named(where, ctx) : "";
    if (place === null || (!nth && !group && !place && !series)) return null;
    const inner = [series && !ORDINALS[series] ? series : "", place].filter(Boolean).join("、");
    return `${nth ? `第${nth}回` : ""}${group ? (GROUPS[group] ?? group) : ""}${MEETINGS[kind!]}${inner ? `（${inner}）` : ""}`;
  }
  // "29 April", "30 June – 1 July": a day or days a role names (a host on the trip's leg of that day).
  const days = DAYS.exec(role);
  if (days) {
    const [, d1, m1, d2, m2] = days;
    const day = (d: string, m: string) => `${MONTH_NUMBER[m]!}月${Number(d)}日`;
    return d2 ? `${day(d1!, m1!)}～${m2 === m1 ? `${Number(d2)}日` : day(d2, m2!)}` : day(d1!, m1!);
  }
  // "host (New York)", "host, second tour", "host in Rome", "chair (prime minister)".
  const paren = /^(.+?)(?: \((.+)\)|, (first|second|third) tour| in ([A-Z].+))$/.exec(role);
  if (paren) {
    const base = japanese(paren[1]!, ctx);
    if (!base) return null;
    if (paren[3]) return `${base}（${ORDINALS[paren[3]]}度目の歴訪）`;
    const inner = paren[2] ?? paren[4]!;
    // The bracket may be one name ("Washington, D.C."); else its parts, all or nothing ("G7 foreign
    // ministers' meeting, Lübeck" → G7外相会合、リューベック); else one role ("chair (prime minister)").
    const name = named(inner, ctx);
    if (name) return `${base}（${name}）`;
    const words = inner.split(/, |; /).map((w) => japanese(w, ctx) ?? named(w, ctx));
    if (words.every((w) => w !== null)) return `${base}（${words.join("、")}）`;
    const whole = japanese(inner, ctx);
    return whole ? `${base}（${whole}）` : null;
  }
  const representative = /^(.+?)'s representative$/.exec(role);
  if (representative) return lookup(representative[1]!, ctx) ? `${lookup(representative[1]!, ctx)!.ja}代表` : null;
  return titled(role, ctx);
}

/**
 * A role as words in the reader's language. English pages keep the role as written (a slug loses its
 * hyphens, a mission reads "embassy in Tokyo"); Japanese pages get Japanese where a table or rule gives
 * the whole role, and the English role otherwise, marked `lang: "en"`. Pure: the Japanese tables come
 * in the context (`tables`), loaded by the page.
 * @example roleWords("prime-minister", "ja", { polity: "japan" }) // { text: "内閣総理大臣", lang: "ja" }
 * @example roleWords("embassy, Tokyo", "ja", { tables: ROLE_TABLES }) // { text: "大使館（東京）", lang: "ja" }
 * @example roleWords("host (Warsaw)", "ja", { event: "kono-fm-visit-to-poland-2018", tables: ROLE_TABLES }) // { text: "受入国（ワルシャワ）", lang: "ja" }
 * @example roleWords("embassy, Tokyo", "ja") // { text: "embassy, Tokyo", lang: "en" } (no tables yet: never 大使館（Tokyo）)
 * @example roleWords("President of the United States", "ja", { names, tables: ROLE_TABLES }) // { text: "アメリカ合衆国大統領", lang: "ja" }
 * @example roleWords("side A", "ja") // { text: "side A", lang: "en" } (no tables yet)
 * @example roleWords("the frigate's state", "ja") // { text: "the frigate's state", lang: "en" }
 */
export function roleWords(role: string, lang: Lang, ctx: RoleContext = {}): RoleText {
  if (lang === "ja") {
    const ja = japanese(role, ctx);
    if (ja !== null) return { text: ja, lang: "ja" };
  } else {
    const en = own(ROLE_EN, role);
    if (en) return { text: en, lang: "en" };
    const mission = /^(embassy|consulate general|consulate|de facto embassy|de facto consulate|consular office|honorary consulate), (.+)$/.exec(role);
    if (mission) return { text: `${mission[1]} in ${mission[2]}`, lang: "en" };
  }
  if (/^[a-z]+(-[a-z]+)+$/.test(role)) return { text: role.replace(/-/g, " "), lang: "en" };
  return { text: role, lang: "en" };
}

/**
 * Official and short forms that roles use for a state but its page name does not ("the Republic of
 * Korea" for South Korea): the rest come from the states' own names.
 */
const ALIASES: Record<string, string> = {
  "Republic of Korea": "south-korea",
  "People's Republic of China": "china",
  "Russian Federation": "russia",
  "United States of America": "united-states",
  US: "united-states",
  USSR: "ussr",
  Britain: "united-kingdom",
};

/**
 * A lookup of states' Japanese names by English name (their name, their name on a day, or an alias
 * above), from the states the page already holds (the relations list).
 * @example nameLookup([{ id: "south-korea", name: { en: "South Korea", ja: "大韓民国" } }])("Republic of Korea") // { id: "south-korea", ja: "大韓民国" }
 */
export function nameLookup(states: readonly { id: string; name: { en: string; ja: string | null }; nameOnDay?: { en: string; ja: string | null } }[]): NameLookup {
  const byName = new Map<string, { id: string; ja: string }>();
  const byId = new Map<string, { id: string; ja: string }>();
  for (const s of states) {
    if (!s.name.ja) continue;
    const hit = { id: s.id, ja: s.name.ja };
    byName.set(s.name.en, hit);
    byId.set(s.id, hit);
    if (s.nameOnDay?.ja) byName.set(s.nameOnDay.en, { id: s.id, ja: s.nameOnDay.ja });
  }
  return (english) => byName.get(english) ?? byId.get(ALIASES[english] ?? "") ?? null;
}
