// The map's table, a state's page and the API agree with the as-of facts table (facts read in
// sources, test/asof/facts/*.csv) on a sample of its rows: one engine answers every view.
import { parse } from "csv-parse/sync";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, CHROMIUM, ROOT, startSession, stopSession, type Session } from "./harness.js";
import { EntityPage, MapPage } from "./pages.js";

const inCi = process.env.CI === "true";
const available = chromiumAvailable();
if (!available && !inCi) console.warn(`as-of e2e: skipped — no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)`);

interface Fact { state: string; date: string; status: string }
const dir = join(ROOT, "test", "asof", "facts");
const all: Fact[] = readdirSync(dir)
  .filter((f) => f.endsWith(".csv"))
  .sort()
  .flatMap((f) => parse(readFileSync(join(dir, f), "utf8"), { columns: true, skip_empty_lines: true, trim: true }) as Fact[]);
// A fixed sample spread over the table: every ninth row, at most 16.
const sample = all.filter((_, i) => i % 9 === 0).slice(0, 16);
const poll = { timeout: 15_000 };

describe.runIf(available && sample.length > 0)("the views agree on the as-of facts", () => {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession();
  }, 180_000);
  afterAll(() => stopSession(session));

  it.each(sample.map((f) => [`${f.state} on ${f.date}: ${f.status}`, f] as const))("%s — API, map table and state page", async (_, f) => {
    const { server, page } = session!;
    const api = (await (await fetch(`${server.url}/api/v1/relations?asOf=${f.date}`)).json()) as { relations: { state: { id: string }; status: string }[] };
    expect(api.relations.find((r) => r.state.id === f.state)?.status).toBe(f.status);

    const map = new MapPage(page, server.url);
    await map.open(`/?asOf=${f.date}`);
    await expect.poll(() => map.renderedAs(), poll).toBe(`${f.date}|status`);
    await map.openTable();
    await expect.poll(() => map.statusOf(f.state), poll).toBe(f.status);

    const entity = new EntityPage(page, server.url);
    await entity.open(`/entity/${f.state}?asOf=${f.date}`);
    await expect.poll(() => entity.relationship().getAttribute("data-status"), poll).toBe(f.status);
  }, 60_000);
});
