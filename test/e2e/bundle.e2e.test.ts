// What JavaScript a page downloads (issue 15: the first page's under 150 KB gzipped). Measured as
// bench/web.ts does: every script a fresh browser context requests, gzipped at level 9 as a server
// would send it. English readers never download the Japanese role tables; Japanese readers get them
// only on pages that show roles.
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, startSession, stopSession, type Session } from "./harness.js";

/** issue 15's budget for the home's JavaScript, gzipped. */
const BUDGET_KB = 150;

describe.runIf(chromiumAvailable())("the explorer's JavaScript by page", () => {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession();
  }, 180_000);
  afterAll(() => stopSession(session));

  /** The scripts a cold load of the path requests, once it shows `ready`. */
  async function scripts(path: string, ready: string): Promise<string[]> {
    const context = await session!.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const urls = new Set<string>();
      page.on("request", (r) => {
        if (r.resourceType() === "script") urls.add(r.url());
      });
      await page.goto(`${session!.server.url}${path}`);
      await page.locator(ready).first().waitFor({ state: "attached", timeout: 20_000 });
      await page.waitForLoadState("networkidle");
      return [...urls];
    } finally {
      await context.close();
    }
  }

  const gzippedKb = async (urls: string[]) => {
    let bytes = 0;
    for (const url of urls) bytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
    return bytes / 1024;
  };
  const roleTables = (urls: string[]) => urls.filter((u) => /\/role-table-[\w-]+\.js$/.test(u));

  it.each([
    ["the map in English", "/?asOf=1975"],
    ["the map in Japanese", "/?asOf=1975&lang=ja"],
  ])(`keeps %s (%s) under ${BUDGET_KB} KB gzipped, with no entity page, timeline or role tables`, async (_, path) => {
    const urls = await scripts(path, "svg[data-rendered-as-of]");
    expect(await gzippedKb(urls), urls.join(", ")).toBeLessThan(BUDGET_KB);
    expect(urls.filter((u) => /\/(EntityPage|TimelinePage|role-table)-[\w-]+\.js$/.test(u))).toEqual([]);
  }, 60_000);

  it.each([
    ["an English entity page", "/entity/abe-trip-2007-04", "li.fact", 0],
    ["a Japanese entity page", "/entity/abe-trip-2007-04?lang=ja", "li.fact", 1],
    ["a Japanese source page", "/source/web-kantei-koizumi-crawford-2003?lang=ja", "li.statement", 1],
  ] as const)("fetches the Japanese role tables on %s (%s) as many times as it shows Japanese roles", async (_, path, ready, times) => {
    expect(roleTables(await scripts(path, ready))).toHaveLength(times);
  }, 60_000);
});
