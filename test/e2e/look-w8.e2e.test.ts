// What a reader saw on the list pages looked at for issue 15 (task W8): the events list's Type filter asked
// for English slugs on a Japanese page ("英語で入力：summit…"), a Japanese place cell wrote Latin brackets
// ("種子島 (日本)"), and on a 390 px phone the list table pushed the page sideways.
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "./harness.js";
import { PHONE, poll, useScreenSession } from "./screen.js";

describe.skipIf(!chromiumAvailable())("list pages looked at for issue 15 (W8)", () => {
  const { screen } = useScreenSession(PHONE);

  it("the events list's Type filter is a choice of event types that keeps type=summit in the address", async () => {
    await screen().open("/list/events");
    const type = screen().page.getByRole("form", { name: "Filters" }).getByRole("combobox", { name: "Type" });
    await type.waitFor(poll);
    const options = await type.locator("option").allTextContents();
    expect(options[0]).toBe("any type");
    expect(options).toEqual(expect.arrayContaining(["summit", "visit", "incident", "other"]));
    await type.selectOption({ label: "summit" });
    await screen().page.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => new URL(screen().page.url()).searchParams.get("type"), poll).toBe("summit");
  });

  it("on a Japanese page the events list's Type filter names the types in Japanese and shows the address's type chosen", async () => {
    await screen().open("/list/events?type=summit&lang=ja");
    const type = screen().page.getByRole("form", { name: "絞り込み" }).getByRole("combobox", { name: "種別" });
    await type.waitFor(poll);
    await expect.poll(() => type.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent), poll).toBe("首脳会議");
    const latin = (await type.locator("option").allTextContents()).filter((text) => /[a-z]/i.test(text));
    expect(latin).toEqual([]);
  });

  it("a Japanese place cell puts the place's state in full-width brackets: 種子島（日本）", async () => {
    const page = screen().page;
    await screen().open("/list/events?in=tanegashima&lang=ja");
    const cell = page.getByRole("table").locator("tbody tr td:nth-child(4)").first();
    await expect.poll(() => cell.textContent(), poll).toBe("種子島（日本）");
  });

  it.each(["agreements", "memberships", "offices", "events", "disputes", "missions"].flatMap((kind) => [[kind, `/list/${kind}`], [`${kind} (Japanese)`, `/list/${kind}?lang=ja`]]))("on a 390 px phone the %s list scrolls inside its box, not the page sideways", async (_, path) => {
    const page = screen().page;
    await screen().open(path);
    await page.getByRole("table").locator("tbody tr").first().waitFor(poll);
    const widths = await page.evaluate(() => ({ page: document.scrollingElement!.scrollWidth, table: document.querySelector("table")!.scrollWidth }));
    // The table is wider than the phone (else the test proves nothing); the page is not.
    expect(widths.table).toBeGreaterThan(390);
    expect(widths.page).toBeLessThanOrEqual(390);
  });
});
