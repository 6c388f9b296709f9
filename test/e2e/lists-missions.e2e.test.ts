// The missions list and the agreements' signing window in a real browser against a real server (issue 16
// item 1): the type is a choice in the page's language, the filters reach the address and the API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, startSession, stopSession, type Session } from "./harness.js";
import { seriousViolations } from "./axe.js";
import { ListPage } from "./lists-page.js";

const poll = { timeout: 15_000 };

describe.runIf(chromiumAvailable())("the missions list and the signing window in the explorer", () => {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession();
  }, 240_000);
  afterAll(() => stopSession(session));

  it("lists Japan's embassies open on a day from a shared link, and switches to consulates-general through the Type choice", async () => {
    const list = new ListPage(session!.page, session!.server.url);
    await list.open("/list/missions?by=japan&type=embassy&asOf=2009-06-01");
    await expect.poll(() => list.heading().textContent(), poll).toBe("Diplomatic missions");
    // Opened on 1 January 2009 (Latvia) and 2008 (Lithuania); Estonia's embassy opened only in 2010.
    await expect.poll(() => list.column(2), poll).toEqual(expect.arrayContaining(["Latvia", "Lithuania"]));
    expect(await list.column(2)).not.toContain("Estonia");
    // LOOK32/33: the column headed "City" held wards, districts and prefectures (Minato-ku, Fukuoka Prefecture).
    expect(await session!.page.locator("table.list-table thead th").allTextContents()).toEqual(["Kept by", "In", "Type", "Location", "From", "To", "Open", "Source"]);
    await list.filter("Type").selectOption("consulate-general");
    await session!.page.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => new URL(session!.page.url()).searchParams.get("type"), poll).toBe("consulate-general");
    await expect.poll(() => list.column(3), poll).toEqual(expect.arrayContaining(["consulate-general"]));
    expect(new Set(await list.column(3))).toEqual(new Set(["consulate-general"]));
    expect(await list.csvLink().getAttribute("href")).toBe("/api/v1/list/missions?type=consulate-general&by=japan&asOf=2009-06-01&limit=1000&format=csv");
    expect(await seriousViolations(session!.page)).toEqual([]);
  });

  it("names the mission types in Japanese on a Japanese page, with no slug among the choices", async () => {
    const list = new ListPage(session!.page, session!.server.url);
    await list.open("/list/missions?lang=ja&by=japan&type=embassy&asOf=2009-06-01");
    await expect.poll(() => list.heading().textContent(), poll).toBe("在外公館・外交使節");
    const type = session!.page.getByRole("combobox", { name: "種別" });
    await expect.poll(() => type.locator("option:checked").textContent(), poll).toBe("大使館");
    expect((await type.locator("option").allTextContents()).filter((o) => /^[a-z]/.test(o))).toEqual([]);
    await expect.poll(async () => new Set(await list.column(3)), poll).toEqual(new Set(["大使館"]));
    // Cities as MOFA writes them once the role tables load: Riga → リガ, Vilnius → ビリニュス.
    await expect.poll(() => list.column(4), poll).toEqual(expect.arrayContaining(["リガ", "ビリニュス"]));
    // LOOK34: the status line dated the data by its release hash ("リリース 96babf4848e361c8").
    expect(await list.status().textContent()).toMatch(/· \d{4}年\d{1,2}月\d{1,2}日時点のデータ$/);
    expect(await list.status().textContent()).not.toMatch(/リリース|[0-9a-f]{16}/);
  });

  it("says 不明 (unknown), not いいえ, where Wikidata's November 2022 snapshot says nothing of the list's day", async () => {
    const list = new ListPage(session!.page, session!.server.url);
    // Other states' missions in Japan seen in 2022, where each stood today: the snapshot does not say.
    await list.open("/list/missions?lang=ja&in=japan&from=2022&to=2022");
    await expect.poll(() => list.heading().textContent(), poll).toBe("在外公館・外交使節");
    await expect.poll(async () => (await list.column(7)).length, poll).toBeGreaterThan(0);
    const open = await list.column(7);
    expect(open).toContain("不明");
    expect(open).not.toContain("いいえ");
  });

  it("picks agreements by signing date through the form, apart from the in-force window", async () => {
    const list = new ListPage(session!.page, session!.server.url);
    await list.open("/list/agreements?type=investment");
    await list.apply({ "Signed from": "1998", "Signed to": "1998" });
    await expect.poll(() => new URL(session!.page.url()).search, poll).toBe("?type=investment&signedFrom=1998&signedTo=1998");
    await expect.poll(async () => (await list.column(4)).length, poll).toBe(3);
    // MOFA: Pakistan (10 March), Bangladesh (10 November), Russia (13 November 1998).
    expect(await list.column(4)).toEqual(["10 Mar 1998", "10 Nov 1998", "13 Nov 1998"]);
    expect(session!.errors).toEqual([]);
  });
});
