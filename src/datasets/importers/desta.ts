import type { Importer } from "../types.js";
import { corroborate, curatedAgreements, match, type Treaty, year } from "./agreements.js";
import { rows } from "./common.js";
import { resolveState } from "./series.js";
import { messyDate } from "./treaties.js";

const FILES = ["parties_DESTA.csv", "parties_GPTAD.csv"];

/**
 * DESTA (Dür, Baccini and Elsig) and the World Bank's GPTAD, as packaged by manytreaties (CC BY 4.0):
 * Japan's preferential trade agreements with their signature and entry-into-force dates. They add no
 * agreements of their own: a treaty counts only where it matches a curated trade agreement (same
 * partners, dates within a year); the others (agreements under negotiation, the EU as its member
 * states, the 1958 India agreement) are reported with the reason.
 */
export const desta: Importer = {
  name: "desta",
  provenance: {
    dataset: "treaties-globalgov",
    title: "DESTA and GPTAD trade agreements and parties, via manytreaties",
    publisher: "Andreas Dür, Leonardo Baccini and Manfred Elsig (DESTA); World Bank (GPTAD); globalgov project (manytreaties)",
    version: "manytreaties 1.0.0 (commit 4bf79f9); GPTAD 2014",
    licence: "CC BY 4.0 (manytreaties); DESTA free for use with citation; GPTAD World Bank terms",
    citation: "Dür, Andreas, Leonardo Baccini and Manfred Elsig (2014), The Design of International Trade Agreements: Introducing a New Dataset, Review of International Organizations 9(3): 353-375; World Bank, Global Preferential Trade Agreements Database (2014); Hollway, James et al., manytreaties v1.0.0.",
    url: "https://www.designoftradeagreements.org",
  },
  files: FILES,
  async run(dir, sink) {
    const curated = curatedAgreements(sink);
    for (const file of FILES) {
      const treaties = new Map<string, Treaty>();
      const partners = new Map<string, Set<string>>();
      for await (const r of rows(sink, dir, file)) {
        const id = r.get("treatyID");
        if (!partners.has(id)) partners.set(id, new Set());
        if (r.get("stateID") !== "JPN") { partners.get(id)!.add(r.get("stateID")); continue; }
        const [signature, force] = [messyDate(r.get("Signature")), messyDate(r.get("Force"))];
        const bad = [signature, force].find((d): d is { error: string } => typeof d === "object");
        if (bad) { sink.skip(file, r.line, bad.error); continue; }
        treaties.set(id, { id, file, line: r.line, title: r.get("Title"), signature: signature as string | undefined, force: force as string | undefined, partners: new Set() });
      }
      for (const t of treaties.values()) {
        for (const code of partners.get(t.id) ?? []) {
          const s = resolveState(sink, undefined, code, undefined);
          if (s) t.partners.add(s);
        }
        if (!t.signature && !t.force) { sink.skip(file, t.line, `${t.title}: no signature or entry-into-force date (not concluded)`); continue; }
        const agreement = match(sink, t, curated);
        if (!agreement) { sink.skip(file, t.line, `${t.title} (${t.id}, ${year(t.signature ?? t.force)}): no curated trade agreement of Japan's with these partners within a year`); continue; }
        const locator = `${file} line ${t.line}`;
        if (t.signature) corroborate(sink, "signed", agreement, undefined, t.signature, locator);
        if (t.force) corroborate(sink, "party-to", "japan", agreement, t.force, locator);
        sink.took();
      }
    }
  },
};
