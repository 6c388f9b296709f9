// The list pages and a state page's series chart in a real browser against a real server (issue 16).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, screenshotPath, startSession, stopSession, type Session } from "./harness.js";
import { seriousViolations } from "./axe.js";
import { ListPage, SeriesPanel } from "./lists-page.js";

const poll = { timeout: 15_000 };

describe.runIf(chromiumAvailable())("lists and series in the explorer", () => {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession();
  }, 240_000);
  afterAll(() => stopSession(session));

  it("lists Japan's foreign ministers 1970–1980 from a shared link, with a CSV of the same filters", async () => {
    const list = new ListPage(session!.page, session!.server.url);
    await list.open("/list/offices?with=japan&type=foreign-minister&from=1970&to=1980");
    await expect.poll(() => list.heading().textContent(), poll).toBe("Offices and holders");
    await expect.poll(() => list.firstColumn(), poll).toEqual([
      "Kiichi Aichi", "Takeo Fukuda", "Masayoshi Ōhira", "Toshio Kimura", "Kiichi Miyazawa", "Zentarō Kosaka", "Iichirō Hatoyama", "Sunao Sonoda", "Saburō Ōkita", "Masayoshi Itō",
    ]);
    expect(await list.csvLink().getAttribute("href")).toBe("/api/v1/list/offices?type=foreign-minister&with=japan&from=1970&to=1980&limit=1000&format=csv");
    expect(await seriousViolations(session!.page)).toEqual([]);
  });

  it("filters events through the form and keeps the filters in the address", async () => {
    const list = new ListPage(session!.page, session!.server.url);
    await list.open("/list/agreements");
    await list.kind("Events").click();
    await expect.poll(() => list.heading().textContent(), poll).toBe("Events");
    // The Type filter is a choice of the schema's event types (issue 15, W8), not a box to type into.
    await list.filter("Type").selectOption("summit");
    await list.apply({ "Held in": "hiroshima" });
    await expect.poll(() => new URL(session!.page.url()).search, poll).toBe("?type=summit&in=hiroshima");
    await expect.poll(() => list.firstColumn(), poll).toContain("Hiroshima Summit 2023 (49th G7 summit)");
    await session!.page.screenshot({ path: screenshotPath("list-events") });
  });

  it("charts a state's series with its unit and source, and switches series", async () => {
    await session!.page.goto(`${session!.server.url}/entity/china`);
    const panel = new SeriesPanel(session!.page);
    await expect.poll(() => panel.chart().locator("svg").count(), poll).toBeGreaterThan(0);
    await expect.poll(() => panel.caption().textContent(), poll).toContain("Source: Military expenditure (SIPRI)");
    await panel.picker().selectOption("shared-igos");
    await expect.poll(() => panel.caption().textContent(), poll).toContain("organisations (count)");
    expect(await panel.caption().getByRole("link", { name: "CSV" }).getAttribute("href")).toBe("/api/v1/series/shared-igos?state=china&format=csv");
    expect(session!.errors).toEqual([]);
  });
});
