import type { RelationStatus } from "../model/results.js";
import type { StatementStatus } from "../model/statement.js";
import type { Holds } from "../model/time.js";

/**
 * Japanese words for the readers' surfaces outside the explorer: `gaiko show --lang ja` and the plain
 * page served while web/dist is not built (pages.ts). The same words as the explorer's (web/src/i18n),
 * which src/ cannot import. Dates are written by src/model/ja-date.ts.
 */

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
