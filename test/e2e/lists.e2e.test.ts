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

  // LOOK32: With took only ids (中国 or "South Korea" gave "with: an entity id (letters, digits and hyphens)"),
  // showed "china" back, and Sort by was a box for the API's keys ("-signed").
  it("finds a name typed in Japanese, shows it back as a name, sorts by an order chosen in words, and labels the day filter per kind", async () => {
    const list = new ListPage(session!.page, session!.server.url);
    await list.open("/list/agreements?lang=ja");
    const form = session!.page.getByRole("form", { name: "絞り込み" });
    await form.getByLabel("関係する国", { exact: false }).fill("中国");
    await form.getByLabel("並べ替え").selectOption({ label: "署名（新しい順）" });
    await form.getByRole("button", { name: "適用" }).click();
    await expect.poll(() => new URL(session!.page.url()).search, poll).toBe("?lang=ja&with=china&sort=-signed");
    await expect.poll(() => form.getByLabel("関係する国", { exact: false }).inputValue(), poll).toBe("中華人民共和国");
    const signed = await session!.page.getByRole("table").locator("tbody tr td:nth-child(4) time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
    expect(signed.length).toBeGreaterThan(3);
    expect(signed).toEqual([...signed].sort().reverse());
    // Every order offered is one the API takes.
    const orders = await form.getByLabel("並べ替え").locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const refused = await session!.page.evaluate(async (values) => {
      const out: string[] = [];
      for (const v of values) if (!(await fetch(`/api/v1/list/agreements?limit=1&sort=${encodeURIComponent(v)}`)).ok) out.push(v);
      return out;
    }, orders.filter((v) => v !== ""));
    expect(refused).toEqual([]);
    await list.open("/list/events?in=narnia");
    await expect.poll(() => session!.page.locator("main").innerText(), poll).toContain("nothing in gaiko is called “narnia”");
    expect(await session!.page.locator("main").innerText()).not.toContain("entity id");
    // The one-day filter says what it keeps on each list (it read "In force / held on" on events too).
    const filters = session!.page.getByRole("form", { name: "Filters" });
    expect(await filters.getByLabel("Held on", { exact: true }).count()).toBe(1);
    expect(await filters.getByText(/In force/).count()).toBe(0);
  });

  it("charts a state's series with its unit and source, and switches series", async () => {
    await session!.page.goto(`${session!.server.url}/entity/china`);
    const panel = new SeriesPanel(session!.page);
    await expect.poll(() => panel.chart().locator("svg").count(), poll).toBeGreaterThan(0);
    await expect.poll(() => panel.caption().textContent(), poll).toContain("Source: Military expenditure (SIPRI)");
    await panel.picker().selectOption("shared-igos");
    await expect.poll(() => panel.caption().textContent(), poll).toContain("organisations (count)");
    expect(await panel.caption().getByRole("link", { name: "CSV" }).getAttribute("href")).toBe("/api/v1/series/shared-igos?state=china&format=csv");
    // LOOK34: the caption named the data by its release hash ("release 96babf4848e361c8"); it dates it in words,
    // the hash kept in a title attribute.
    expect(await panel.caption().textContent()).toMatch(/data as of \d{1,2} [A-Z][a-z]+ \d{4}\./);
    expect(await panel.caption().textContent()).not.toMatch(/release|[0-9a-f]{16}/);
    expect(await panel.caption().locator("span[title^='release ']").count()).toBe(1);
    // LOOK32: DIPCON's two directions were drawn one exactly on the other; China's match in every year: one line both ways.
    await panel.picker().selectOption("dipcon-representation");
    const drawn = panel.region().locator(".series-chart");
    await expect.poll(() => drawn.innerText(), poll).toContain("Japan ↔ China");
    expect(await drawn.innerText()).not.toContain("China → Japan");
    expect(session!.errors).toEqual([]);
  });
});
