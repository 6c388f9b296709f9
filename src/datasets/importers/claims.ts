import type { Importer } from "../types.js";
import { JAPAN_COW, rows, stateOrSkip } from "./common.js";
import { yearMonth } from "./colonial.js";
import { inText, monthSpan, namesOf } from "./summary-text.js";

const ISSUE_JA = { territorial: "領土", maritime: "海洋", other: "河川" } as const;

/**
 * A claim's summary naming both states (never their COW codes) and the claim's months.
 *
 * @example claimSummary("maritime", { en: "Canada", ja: "カナダ" }, { en: "Japan", ja: "日本" }, "1938-01", "1938-02")
 * // { en: "Canada's maritime claim against Japan coded by the ICOW project, January to February 1938.", ja: "ICOWプロジェクトが記録したカナダの日本に対する海洋に関する主張（1938年1月から2月まで）。" }
 */
export function claimSummary(type: keyof typeof ISSUE_JA, challenger: { en: string; ja: string }, target: { en: string; ja: string }, from: string, to: string): { en: string; ja: string } {
  const span = monthSpan(from, to);
  const who = inText(challenger.en);
  return {
    en: `${who.charAt(0).toUpperCase()}${who.slice(1)}${who.endsWith("s") ? "'" : "'s"} ${type === "other" ? "river" : type} claim against ${inText(target.en)} coded by the ICOW project, ${span.en}.`,
    ja: `ICOWプロジェクトが記録した${challenger.ja}の${target.ja}に対する${ISSUE_JA[type]}に関する主張（${span.ja}）。`,
  };
}

/** ICOW's issue codes: 1 territory, 2 river, 3 maritime. */
const ISSUE_TYPE: Record<string, "territorial" | "maritime" | "other"> = { "1": "territorial", "2": "other", "3": "maritime" };

/**
 * ICOW territorial, river and maritime claims (free with citation), claim-dyad level: each claim in
 * which Japan is the challenger or the target becomes a dispute with the challenger's `claims` over
 * the claim's years and `concerns` naming the target. The public v1.1 release has no East Asian
 * claims (no Kurils, Takeshima or Senkaku), so Japan's rows are only two early maritime claims.
 */
export const icowClaims: Importer = {
  name: "icow-claims",
  provenance: {
    dataset: "icow-territorial-claims",
    title: "ICOW Territorial, River and Maritime Claims, v1.1 (claim dyads)",
    publisher: "Issue Correlates of War Project (Paul R. Hensel and Sara McLaughlin Mitchell)",
    version: "1.1",
    licence: "free for use with citation",
    citation: "Hensel, Paul R., Sara McLaughlin Mitchell, Thomas E. Sowers II and Clayton L. Thyne (2008), Bones of Contention: Comparing Territorial, Maritime, and River Issues, Journal of Conflict Resolution 52(1): 117-143.",
    url: "http://www.paulhensel.org/icow.html",
  },
  files: ["ICOWclaimdy.csv"],
  extract: { "ICOWclaimdy.csv": (l) => l.includes(`,${JAPAN_COW},`) },
  async run(dir, sink) {
    const file = "ICOWclaimdy.csv";
    for await (const r of rows(sink, dir, file)) {
      const [chal, tgt] = [r.get("chal"), r.get("tgt")];
      if (chal !== JAPAN_COW && tgt !== JAPAN_COW) continue;
      const [from, to] = [yearMonth(r.get("begclaim")), yearMonth(r.get("endclaim"))];
      const bad = [from, to].find((d): d is { error: string } => typeof d === "object");
      if (bad) { sink.skip(file, r.line, bad.error); continue; }
      const challenger = stateOrSkip(sink, chal, file, r.line, from as string);
      const target = challenger && stateOrSkip(sink, tgt, file, r.line, from as string);
      if (!challenger || !target) continue;
      const id = `icow-claim-${r.get("claimdy")}`;
      const locator = `${file} line ${r.line}`;
      const type = ISSUE_TYPE[r.get("issue")] ?? "other";
      sink.entity({
        id, kind: "dispute", type, names: { en: `${r.get("name")} (ICOW claim ${r.get("claimdy")})` }, fields: { icowClaimDyad: Number(r.get("claimdy")) },
        summary: claimSummary(type, namesOf(sink, challenger), namesOf(sink, target), from as string, to as string), locator,
      });
      if (!sink.statement({ p: "claims", subject: challenger, object: id, time: `${from}/${to}`, locator })) continue;
      sink.statement({ p: "concerns", subject: id, object: target, role: "target", locator });
      sink.took();
    }
  },
};
