import type { RelationStatus } from "../model/results.js";
import type { StatementStatus } from "../model/statement.js";
import type { Holds } from "../model/time.js";

/**
 * Japanese words for the readers' surfaces outside the explorer: `gaiko show --lang ja` and the plain
 * page served while web/dist is not built (pages.ts). The same words as the explorer's (web/src/i18n),
 * which src/ cannot import.
 */

/**
 * jaDate's source, in plain JavaScript: pages.ts sends it to the browser as it is, and jaDate is made
 * from it, so the page and the CLI write dates the same way. (Not a TypeScript function's toString():
 * tsx adds calls to its own helpers inside function bodies, which the browser does not have.)
 */
export const JA_DATE_SOURCE = String.raw`function jaDate(edtf) {
  if (!edtf) return "日付不明";
  return edtf.split("/").map((d, i, all) => {
    if (d === "..") return i === 0 && all.length > 1 ? "…" : "";
    if (d === "") return "不明";
    const m = /^(-?)(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([?~%]?)$/.exec(d);
    if (!m) return d;
    const month = m[3] ? Number(m[3]) : 0;
    // EDTF seasons (21–24) and other codes past 12 are shown as written.
    if (month > 12) return d;
    // EDTF year 0000 is 1 BC, -0001 is 2 BC.
    const y = (m[1] ? -1 : 1) * Number(m[2]);
    const year = y > 0 ? y + "年" : "紀元前" + (1 - y) + "年";
    const mark = m[5] === "~" ? "頃" : m[5] === "?" ? "？" : m[5] === "%" ? "頃？" : "";
    return year + (month ? month + "月" : "") + (month && m[4] ? Number(m[4]) + "日" : "") + mark;
  }).join("〜");
}`;

/**
 * A date of the data (YYYY, YYYY-MM, YYYY-MM-DD, EDTF `?` `~` `%`, or an interval) written the
 * Japanese way; null is 日付不明. An open start (`..`) is …, an open end is left blank after 〜 (it
 * still holds), an unknown end is 不明.
 *
 * @example jaDate("1972-09-29") // "1972年9月29日"
 * @example jaDate("1956-12-18/..") // "1956年12月18日〜"
 * @example jaDate("1613~") // "1613年頃"
 */
export const jaDate = new Function(`return ${JA_DATE_SOURCE}`)() as (edtf: string | null) => string;

/** Japan's relationship with a state (RelationRow.status), as the explorer's map legend says it. */
export const RELATION_STATUS_JA: Record<RelationStatus, string> = {
  "diplomatic-relations": "外交関係あり",
  "recognized-no-relations": "承認・国交なし",
  "at-war": "交戦中",
  severed: "断交",
  none: "国交樹立前（のちに樹立）",
  never: "国交なし（一度も樹立されていない）",
  "not-yet-existing": "国家として未成立",
  "no-longer-existing": "消滅",
  unknown: "不明",
};

/** Where an agreement stood on a day (OnDay.agreement.state). */
export const AGREEMENT_STATE_JA: Record<"in-force" | "not-yet" | "ended" | "unknown", string> = {
  "in-force": "有効",
  "not-yet": "未発効",
  ended: "失効",
  unknown: "状況不明",
};

/** Whether a statement held on the as-of day. */
export const HOLDS_JA: Record<Holds, string> = { yes: "有効", no: "無効", uncertain: "不確実" };

/** A statement's standing when it is not simply accepted. */
export const STATEMENT_STATUS_JA: Record<StatementStatus, string> = { accepted: "採用", contested: "争いあり", rejected: "不採用" };
