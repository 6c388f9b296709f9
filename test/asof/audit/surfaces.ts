// The as-of answers of plan "i" (TRUTH41, session 38) as a reader gets them: through the HTTP API (the Hono app the
// server runs, asked in process, as test/api*.test.ts do), the CLI's `--json` output (the real bin/gaiko.js on the same
// database) and the Japanese names the explorer's pages write (the API's `nameOnDay` and `objectThen`, as
// web/src/entity/NameOnDay.tsx and withNamesThen use them). Each answer is in the notation of an audit row's `expected`.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { createApp } from "../../../src/server/app.js";
import type { Store } from "../../../src/kb/store.js";
import { mapAnswer } from "./map-names.js";

const BIN = join(import.meta.dirname, "..", "..", "..", "bin", "gaiko.js");
/** The kinds whose answers come from a surface, not from the engine's functions. */
export const SURFACE_KINDS = ["api-relation", "name", "org-members", "agreements-with", "heads", "event-names", "agreement-listed", "minister", "land-holder", "territory-point"] as const;
export type SurfaceKind = (typeof SURFACE_KINDS)[number];
/** Organisations with more members than this are compared by their count (`count=N`), smaller ones member by member. */
const LIST_AT_MOST = 12;

interface Named { id: string; name: { en: string; ja: string | null } }
const jaOf = (n: { en: string; ja: string | null }) => n.ja ?? n.en;

/**
 * The surfaces over one built database (its file, for the CLI).
 *
 * @example const s = surfacesOf(store, path); await s.answer("heads", "japan", "1972-09-29") // "pm=kakuei-tanaka fm=masayoshi-ohira"
 */
export function surfacesOf(store: Store, dbPath: string) {
  const app = createApp(store);
  const api = async <T>(url: string): Promise<T> => {
    const r = await app.request(url);
    if (r.status !== 200) throw new Error(`${url}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
  const cli = <T>(...args: string[]): T => JSON.parse(execFileSync(process.execPath, [BIN, ...args, "--db", dbPath, "--json"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } })) as T;
  const holders = (role: string, day: string) => {
    const ids = cli<{ rows: { holder: Named; polity: Named }[] }>("list", "offices", "--with", "japan", "--type", role, "--as-of", day, "--limit", "1000").rows.filter((r) => r.polity.id === "japan").map((r) => r.holder.id);
    return ids.length ? [...new Set(ids)].sort().join(";") : "none";
  };

  async function answer(kind: SurfaceKind, query: string, day: string): Promise<string> {
    switch (kind) {
      case "api-relation": {
        // GET /api/v1/relations?asOf=: the row the map and the table under it show.
        const rel = await api<{ relations: { state: Named; status: string }[] }>(`/api/v1/relations?asOf=${day}`);
        return rel.relations.find((r) => r.state.id === query)?.status ?? "absent";
      }
      case "name": {
        // The state's page on the day (GET /api/v1/entities/ID?asOf=): its name then where it differs, else today's.
        const v = await api<{ entity: Named; onDay: { relation: { nameOnDay?: Named["name"] } | null } }>(`/api/v1/entities/${query}?asOf=${day}&statements=summary`);
        const n = v.onDay.relation?.nameOnDay ?? v.entity.name;
        return `${n.en}|${n.ja ?? "-"}`;
      }
      case "org-members": {
        // GET /api/v1/list/memberships?with=ORG&asOf=&type=member, every page.
        const ids = new Set<string>();
        for (let offset = 0; ; offset += 1000) {
          const l = await api<{ total: number; rows: { member: Named; organization: Named; role: string }[] }>(`/api/v1/list/memberships?with=${query}&type=member&asOf=${day}&limit=1000&offset=${offset}`);
          for (const r of l.rows) if (r.organization.id === query && r.role === "member") ids.add(r.member.id);
          if (offset + 1000 >= l.total) break;
        }
        return ids.size > LIST_AT_MOST ? `count=${ids.size}` : ids.size ? [...ids].sort().join(";") : "none";
      }
      case "agreements-with": {
        // `gaiko list agreements --with STATE --as-of DAY --json`: the bilateral agreements of Japan and the state it lists.
        const l = cli<{ rows: { agreement: Named; scope: string | null; parties: Named[] }[] }>("list", "agreements", "--with", query, "--as-of", day, "--limit", "1000");
        const ids = l.rows.filter((r) => r.scope === "bilateral" && r.parties.some((p) => p.id === "japan")).map((r) => r.agreement.id);
        return ids.length ? [...new Set(ids)].sort().join(";") : "none";
      }
      case "heads":
        // `gaiko list offices --with japan --type prime-minister|foreign-minister --as-of DAY --json`.
        return `pm=${holders("prime-minister", day)} fm=${holders("foreign-minister", day)}`;
      case "agreement-listed": {
        // TRUTH42: whether `gaiko list agreements --with STATE --as-of DAY --json` lists one agreement (query `state:agreement`).
        const [state = "", id = ""] = query.split(":");
        const l = cli<{ rows: { agreement: Named }[] }>("list", "agreements", "--with", state, "--as-of", day, "--limit", "1000");
        return l.rows.some((r) => r.agreement.id === id) ? "listed" : "not-listed";
      }
      case "minister":
        // TRUTH42: `gaiko list offices --with japan --type defense-minister|chief-cabinet-secretary --as-of DAY --json`.
        return holders(query, day);
      case "land-holder": {
        // TRUTH42: who held a Pacific island state's land as the map's point shows it (web/src/map: join and names on
        // the relations the API serves), `polity|holder role` (`japanese-rule:palau|japan mandate`, `palau|-`).
        const m = mapAnswer(store, query, day);
        return `${m.polity}|${m.held ?? "-"}`;
      }
      case "territory-point": {
        // TRUTH42: GET /api/v1/relations?asOf=: `territories`, the holder the map's point of a place shows, `state role`.
        const rel = await api<{ territories?: { place: Named; holder: { state: Named; role: string | null } | null }[] }>(`/api/v1/relations?asOf=${day}`);
        const t = rel.territories?.find((x) => x.place.id === query);
        if (!t) return "absent";
        return t.holder ? `${t.holder.state.id} ${t.holder.role ?? "-"}` : "none";
      }
      case "event-names": {
        // The event's page in Japanese: its participants under the names they went by on its date (objectThen).
        const v = await api<{ statements: { p: string; object: Named | null; objectThen?: Named["name"] }[] }>(`/api/v1/entities/${query}?statements=all&p=participant&limit=1000`);
        const names = v.statements.filter((s) => s.p === "participant" && s.object).map((s) => jaOf(s.objectThen ?? s.object!.name));
        return names.length ? [...new Set(names)].sort().join(";") : "none";
      }
    }
  }
  return { answer };
}
