import type { Kind } from "../model/ids.js";
import type { HoldingView, OnDay, StatementView } from "../model/results.js";
import { jaDate } from "../model/ja-date.js";
import { AGREEMENT_STATE_JA, HOLDS_JA, RELATION_STATUS_JA, STATEMENT_STATUS_JA } from "../server/ja-words.js";
import { KIND, T } from "../server/shell-text.js";
import { UsageError } from "./output.js";

/** The languages `gaiko show` writes in. */
const SHOW_LANGS = ["en", "ja"] as const;
export type ShowLang = (typeof SHOW_LANGS)[number];

/**
 * `--lang`: en (the default) or ja.
 * @example parseLang("ja") // "ja"
 * @example parseLang("xx") // throws UsageError("--lang", "one of en, ja (got \"xx\")")
 */
export function parseLang(v: string | undefined): ShowLang {
  if (v === undefined) return "en";
  const lang = SHOW_LANGS.find((l) => l === v);
  if (!lang) throw new UsageError("--lang", `one of ${SHOW_LANGS.join(", ")} (got "${v}")`);
  return lang;
}

type Name = { en: string; ja: string | null };
type Relation = NonNullable<OnDay["relation"]>;

/**
 * How `gaiko show` says things in one language: names, dates and the fixed words around them. The
 * layout (which line holds what) is show.ts's, the same in both languages.
 */
export interface Voice {
  /** Another entity's name: Japanese where there is one, else English. */
  name(n: Name): string;
  /** The entity's own heading: names, kind and type, id. */
  heading(e: Name & { id: string; kind: Kind; type: string | null }): string;
  /** A text in the reader's language, or the English one marked as such. */
  text(t: { en: string | null; ja: string | null }): string | null;
  /** The statement's predicate in words (the model's label). */
  label(s: StatementView): string;
  /** A statement's time, for the first column, and that column's width in terminal columns. */
  time(t: string | null): string;
  column: number;
  /** A single day (an as-of day, a `since`). */
  day(d: string): string;
  also: string;
  sources: string;
  asOf(day: string): string;
  statements(n: number): string;
  release(r: string): string;
  note: string;
  /** A statement's role, value, place and means, already in words, wrapped. */
  extras(s: StatementView): string;
  /** `[rejected]`, `[contested by …]`: empty for an accepted statement. */
  flag(s: StatementView): string;
  holds(h: NonNullable<StatementView["holds"]>): string;
  /** One membership, office or claim held on the day. */
  held(h: HoldingView): string;
  /** Items of one line (memberships, agreements) joined. */
  join(items: string[]): string;
  relation(r: Relation): string[];
  agreement(a: NonNullable<OnDay["agreement"]>): string;
  memberOf: string;
  observerAt: string;
  offices: string;
  administration(administrator: string | null, claimants: string[]): string;
}

const HOLDS_EN = { yes: "holds", no: "does not hold", uncertain: "may hold" } as const;

const en: Voice = {
  name: (n) => n.en,
  heading: (e) => `${e.en}${e.ja ? ` (${e.ja})` : ""}  [${e.kind}${e.type ? `: ${e.type}` : ""}]  id: ${e.id}`,
  text: (t) => t.en,
  label: (s) => s.label.en,
  time: (t) => t ?? "date unknown",
  column: 24,
  day: (d) => d,
  also: "also",
  sources: "sources",
  asOf: (d) => `as of ${d}:`,
  statements: (n) => `statements (${n}):`,
  release: (r) => `release ${r}`,
  note: "note:",
  extras: (s) => {
    const x = [s.role && `as ${s.role}`, s.value && `= ${s.value}`, s.at && `at ${s.at.name.en}`, s.via && `via ${s.via.name.en}`].filter(Boolean).join(", ");
    return x ? ` (${x})` : "";
  },
  flag: (s) => (s.status === "accepted" ? "" : ` [${s.status}${s.assertedBy.length ? ` by ${s.assertedBy.map((a) => a.name.en).join(", ")}` : ""}]`),
  holds: (h) => ` (${HOLDS_EN[h]})`,
  held: (h) => `${h.entity.name.en}${h.role ? ` (${h.role})` : ""}${h.since ? ` since ${h.since}` : ""}${h.certain ? "" : " (uncertain)"}`,
  join: (items) => items.join("; "),
  relation: (r) => {
    const heldBy = r.territory ? `; its land held by ${r.territory.holder.name.en}${r.territory.role ? ` (${r.territory.role})` : ""}` : "";
    const out = [`  relationship with Japan: ${r.status}${r.certain ? "" : " (uncertain)"}${r.since ? ` since ${r.since}` : ""}${r.alliance ? ", allied" : ""}${heldBy}`];
    if (r.agreements.length) out.push(`  agreements in force: ${r.agreements.map((a) => a.name.en).join("; ")}`);
    return out;
  },
  agreement: (a) => `  agreement: ${a.state}${a.how ? ` (${a.how})` : ""}${a.since ? ` since ${a.since}` : ""}`,
  memberOf: "member of",
  observerAt: "observer at",
  offices: "offices",
  administration: (a, c) => `  administered by: ${a ?? "unknown"}${c.length ? `; claimed by: ${c.join("; ")}` : ""}`,
};

const jaName = (n: Name) => n.ja ?? n.en;

const ja: Voice = {
  name: jaName,
  heading: (e) => `${e.ja ? `${e.ja} (${e.en})` : `${e.en} ${T.englishOnly.ja}`}  [${KIND[e.kind].ja}${e.type ? `: ${e.type}` : ""}]  id: ${e.id}`,
  text: (t) => t.ja ?? (t.en ? `${t.en} ${T.englishOnly.ja}` : null),
  label: (s) => s.label.ja,
  time: jaDate,
  // 1855年12月27日〜1904年12月31日 takes 30 columns.
  column: 30,
  day: jaDate,
  also: "別名",
  sources: "出典",
  asOf: (d) => `${jaDate(d)}時点:`,
  statements: (n) => `記述（${n}件）:`,
  release: (r) => `データリリース ${r}`,
  note: "注記:",
  extras: (s) => {
    const x = [s.role && `役割: ${s.role}`, s.value && `= ${s.value}`, s.at && `場所: ${jaName(s.at.name)}`, s.via && `根拠: ${jaName(s.via.name)}`].filter(Boolean).join("、");
    return x ? `（${x}）` : "";
  },
  flag: (s) => (s.status === "accepted" ? "" : ` [${STATEMENT_STATUS_JA[s.status]}${s.assertedBy.length ? `: ${s.assertedBy.map((a) => jaName(a.name)).join("、")}の主張` : ""}]`),
  holds: (h) => `（${HOLDS_JA[h]}）`,
  held: (h) => `${jaName(h.entity.name)}${h.role ? `（${h.role}）` : ""}${h.since ? `（${jaDate(h.since)}から）` : ""}${h.certain ? "" : "（不確実）"}`,
  join: (items) => items.join("、"),
  relation: (r) => {
    const heldBy = r.territory ? `；領域の保有: ${jaName(r.territory.holder.name)}${r.territory.role ? `（${r.territory.role}）` : ""}` : "";
    const out = [`  日本との関係: ${RELATION_STATUS_JA[r.status]}${r.certain ? "" : "（不確実）"}${r.since ? `（${jaDate(r.since)}から）` : ""}${r.alliance ? "、同盟国" : ""}${heldBy}`];
    if (r.agreements.length) out.push(`  発効中の協定: ${r.agreements.map((a) => jaName(a.name)).join("、")}`);
    return out;
  },
  agreement: (a) => `  協定の状況: ${AGREEMENT_STATE_JA[a.state]}${a.how ? `（${a.how}）` : ""}${a.since ? `（${jaDate(a.since)}から）` : ""}`,
  memberOf: "加盟",
  observerAt: "オブザーバー",
  offices: "役職",
  administration: (a, c) => `  施政: ${a ?? "不明"}${c.length ? `；領有権の主張: ${c.join("、")}` : ""}`,
};

/** The words of `gaiko show` in a language. */
export const VOICES: Record<ShowLang, Voice> = { en, ja };
