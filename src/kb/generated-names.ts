import type { Entity } from "../model/entity.js";
import type { FlatStatement } from "./statements.js";

/** A name made by the build from a reliable pattern, marked `generated` in the names table. */
export interface GeneratedName {
  text: string;
  lang: "en" | "ja";
  kind: "generated";
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
    if (fresh.length) out.set(e.id, fresh);
  }
  return out;
}
