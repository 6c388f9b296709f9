import { agreementAsOf } from "../kb/asof/agreements.js";
import { administrationAsOf } from "../kb/asof/holdings.js";
import { worldOf } from "../kb/asof/store.js";
import { relationRow } from "../kb/relations.js";
import type { Store } from "../kb/store.js";
import type { RelationStatus } from "../model/results.js";

/**
 * One sentence about a state for the server's HTML shell when the data holds no summary of it: its
 * relationship with Japan on the page's date, from the as-of engine (the same row the map shows).
 */

type Lang = "en" | "ja";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A date as written (YYYY, YYYY-MM or YYYY-MM-DD) the way a reader writes it.
 * @example readableDay("1972-09-29", "en") // "29 September 1972"
 * @example readableDay("1972-09-29", "ja") // "1972年9月29日"
 */
function readableDay(day: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(day);
  if (!m) return day;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (lang === "ja") return `${y}年${mo ? `${mo}月` : ""}${mo && d ? `${d}日` : ""}`;
  return [d && mo ? String(d) : null, mo ? MONTHS[mo - 1] : null, String(y)].filter(Boolean).join(" ");
}

const STATUS: Record<RelationStatus, { en: (since: string | null) => string; ja: (since: string | null) => string } | null> = {
  "diplomatic-relations": { en: (s) => `Diplomatic relations with Japan${s ? ` since ${s}` : ""}.`, ja: (s) => `${s ? `${s}から` : ""}日本と国交あり。` },
  "recognized-no-relations": { en: () => "Recognised by Japan, without diplomatic relations.", ja: () => "日本が承認、国交なし。" },
  "at-war": { en: (s) => `At war with Japan${s ? ` since ${s}` : ""}.`, ja: (s) => `${s ? `${s}から` : ""}日本と戦争状態。` },
  severed: { en: (s) => `Relations with Japan severed${s ? ` on ${s}` : ""}.`, ja: (s) => `${s ? `${s}に` : ""}日本との国交断絶。` },
  none: { en: () => "No diplomatic relations with Japan.", ja: () => "日本と国交なし。" },
  never: { en: () => "Never had diplomatic relations with Japan.", ja: () => "日本と国交を結んだことがない。" },
  "not-yet-existing": { en: () => "Did not yet exist.", ja: () => "まだ存在していない。" },
  "no-longer-existing": { en: (s) => `No longer existed${s ? ` after ${s}` : ""}.`, ja: (s) => `${s ? `${s}に` : ""}消滅。` },
  unknown: null,
};

/**
 * A state's relationship with Japan on `day` in one sentence, or null for Japan and when unknown.
 *
 * @example stateFact(store, "china", "2026-12-05", "en", false) // "Diplomatic relations with Japan since 29 September 1972."
 */
export function stateFact(store: Store, id: string, day: string, lang: Lang, dated: boolean): string | null {
  if (id === "japan") return null;
  const row = relationRow(store, id, day);
  const say = STATUS[row.status];
  if (!say) return null;
  const since = row.since ? readableDay(row.since, lang) : null;
  const ally = row.alliance ? (lang === "ja" ? "日本の同盟国。" : " Allied with Japan.") : "";
  const sentence = say[lang](since) + ally;
  if (!dated) return sentence;
  return lang === "ja" ? `${readableDay(day, lang)}時点: ${sentence}` : `As of ${readableDay(day, lang)}: ${sentence}`;
}

/** One row of the shell's fact box: what, and its value (plain text; the caller escapes). */
export interface ShellFact {
  term: string;
  value: string;
}

const BOX = {
  asOf: { en: (d: string) => `As of ${d}`, ja: (d: string) => `${d}時点` },
  relations: { en: "Relations with Japan", ja: "日本との関係" },
  alliance: { en: "Alliance with Japan", ja: "日本との同盟" },
  agreements: { en: "Agreements in force with Japan", ja: "日本との発効中の条約・協定" },
  yes: { en: "yes", ja: "あり" },
  no: { en: "no", ja: "なし" },
  signed: { en: "Signed", ja: "署名" },
  inForce: { en: "In force", ja: "発効" },
  since: { en: (d: string) => `since ${d}`, ja: (d: string) => `${d}から` },
  ended: { en: (d: string | null) => (d ? `ended ${d}` : "ended"), ja: (d: string | null) => (d ? `${d}に終了` : "終了") },
  notYet: { en: "not yet in force", ja: "未発効" },
  administeredBy: { en: (p: string) => `Administered by — ${p}`, ja: (p: string) => `施政国 — ${p}` },
  claimedBy: { en: (p: string) => `Claimed by — ${p}`, ja: (p: string) => `領有権を主張 — ${p}` },
} as const;

/**
 * The facts of the server's HTML shell for a state, an agreement or a dispute on `day`, as the explorer's
 * fact box gives them: a state's relationship with Japan (unless the page says it already), alliance and
 * agreements in force; an agreement's signing and its standing; who administers and who claims a
 * dispute's places. Empty for other kinds, and where the as-of engine knows nothing.
 *
 * @example shellFacts(store, "treaty-of-san-francisco", "agreement", "2026-12-05", "en", true) // [{ term: "Signed", value: "8 September 1951" }, { term: "In force", value: "since 28 April 1952" }]
 */
export function shellFacts(store: Store, id: string, kind: string, day: string, lang: Lang, relationSaid: boolean): ShellFact[] {
  const when = (d: string | null) => (d ? readableDay(d, lang) : null);
  const name = (ref: { name: { en: string; ja: string | null } } | null) => (ref ? (lang === "ja" ? (ref.name.ja ?? ref.name.en) : ref.name.en) : "");
  if (kind === "state" && id !== "japan") {
    const row = relationRow(store, id, day);
    const out: ShellFact[] = [];
    const say = STATUS[row.status];
    if (!relationSaid && say) out.push({ term: BOX.relations[lang], value: say[lang](when(row.since)).replace(/。$|\.$/, "") });
    if (row.status !== "not-yet-existing" && row.status !== "no-longer-existing") {
      out.push({ term: BOX.alliance[lang], value: row.alliance ? BOX.yes[lang] : BOX.no[lang] });
      out.push({ term: BOX.agreements[lang], value: String(row.agreements.length) });
    }
    return out;
  }
  if (kind === "agreement") {
    const signed = store.prepared("SELECT time FROM statements WHERE subject = ? AND p = 'signed' AND time IS NOT NULL AND status != 'rejected' ORDER BY s_min LIMIT 1").get(id) as { time: string } | undefined;
    const out: ShellFact[] = [];
    const signedOn = signed ? when(signed.time.split("/")[0]!) : null;
    if (signedOn) out.push({ term: BOX.signed[lang], value: signedOn });
    const a = agreementAsOf(worldOf(store), id, day);
    const standing = a.state === "in-force" ? (a.since ? BOX.since[lang](when(a.since)!) : BOX.yes[lang]) : a.state === "ended" ? BOX.ended[lang](when(a.since)) : a.state === "not-yet" ? BOX.notYet[lang] : null;
    if (standing) out.push({ term: BOX.inForce[lang], value: standing });
    return out;
  }
  if (kind === "dispute") {
    // The claims are mostly on the dispute's places (the Senkaku Islands), sometimes on the dispute itself.
    const places = (store.prepared("SELECT c.object AS id FROM statements c JOIN entities k ON k.id = c.object WHERE c.subject = ? AND c.p = 'concerns' AND k.kind = 'place' ORDER BY c.object").all(id) as { id: string }[]).map((r) => r.id);
    const world = worldOf(store);
    const out: ShellFact[] = [];
    let shown = 0;
    for (const target of [id, ...places.slice(0, 4)]) {
      if (shown === 2) break;
      const admin = administrationAsOf(world, target, day);
      if (!admin.administrator && admin.claimants.length === 0) continue;
      shown++;
      const place = name(store.ref(target));
      if (admin.administrator) {
        const since = when(admin.administrator.since);
        out.push({ term: BOX.administeredBy[lang](place), value: `${name(store.ref(admin.administrator.id))}${since ? (lang === "ja" ? `（${BOX.since.ja(since)}）` : ` (${BOX.since.en(since)})`) : ""}` });
      }
      if (admin.claimants.length) out.push({ term: BOX.claimedBy[lang](place), value: admin.claimants.map((c) => name(store.ref(c.id))).join(lang === "ja" ? "、" : ", ") });
    }
    return out;
  }
  return [];
}

/** The caption of the shell's fact box: the day its facts hold on. @example factsCaption("2026-12-05", "ja") // "2026年12月5日時点" */
export function factsCaption(day: string, lang: Lang): string {
  return BOX.asOf[lang](readableDay(day, lang));
}
