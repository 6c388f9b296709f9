// The cross-file rule for `ggo:` links (AgreementEntity): one GGO instrument is one curated agreement.
import type { Entity } from "../model/entity.js";

type At = (file: string, path: (string | number)[], severity: "error" | "warning", message: string) => void;

/**
 * Reports a GGO treaty id that two curated agreements claim: the treaties import would corroborate only
 * the first. A bare id overlaps every dated link to it (`UNCLOS_1982A` and `UNCLOS_1982A@1994-07-28`);
 * two different days under one id do not.
 *
 * @example checkGgoLinks(entities, at) // error at data/agreements/b.yaml ggo[0]: "CMNTBT_1996A" is also linked by a
 */
export function checkGgoLinks(entities: readonly Entity[], at: At): void {
  const claimed = new Map<string, { id: string; day?: string }[]>();
  for (const e of entities) {
    if (e.kind !== "agreement" || !e.ggo) continue;
    e.ggo.forEach((link, i) => {
      const [treaty, day] = link.split("@") as [string, string | undefined];
      const others = claimed.get(treaty) ?? [];
      const clash = others.find((o) => o.id !== e.id && (!o.day || !day || o.day === day));
      if (clash) at(e.origin, ["ggo", i], "error", `"${link}" is also linked by ${clash.id} — one GGO instrument is one agreement: keep the link in the agreement it is, or add @<signature day> to tell apart instruments GGO gives one id`);
      claimed.set(treaty, [...others, { id: e.id, day }]);
    });
  }
}
