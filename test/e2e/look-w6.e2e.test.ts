// What a reader saw on the pages looked at for issue 15 (task W6): the agreements list's Type filter was a
// box for English slugs ("investment") also on a Japanese page, and the references wrote "18 Mar 2016"
// beside a fact box writing dates in full.
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "./harness.js";
import { DESKTOP, poll, useScreenSession } from "./screen.js";

describe.skipIf(!chromiumAvailable())("pages looked at for issue 15 (W6)", () => {
  const { screen } = useScreenSession(DESKTOP);

  it("the agreements list's Type filter is a choice of agreement types that keeps type=investment in the address", async () => {
    await screen().open("/list/agreements");
    const type = screen().page.getByRole("form", { name: "Filters" }).getByRole("combobox", { name: "Type" });
    await type.waitFor();
    const options = await type.locator("option").allTextContents();
    expect(options[0]).toBe("any type");
    expect(options).toEqual(expect.arrayContaining(["investment agreement", "peace treaty", "arms control"]));
    await type.selectOption({ label: "investment agreement" });
    await screen().page.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => new URL(screen().page.url()).searchParams.get("type"), poll).toBe("investment");
  });

  it("on a Japanese page the Type filter names the types in Japanese and shows the address's type chosen", async () => {
    await screen().open("/list/agreements?type=investment&lang=ja");
    const type = screen().page.getByRole("form", { name: "絞り込み" }).getByRole("combobox", { name: "種別" });
    await type.waitFor();
    await expect.poll(() => type.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent), poll).toBe("投資協定");
    const latin = (await type.locator("option").allTextContents()).filter((text) => /^[a-z -]+$/.test(text));
    expect(latin).toEqual([]);
  });

  it("the references write a source's date in full, as the fact box does", async () => {
    await screen().open("/entity/kishida-fm-trip-2016-03");
    const refs = screen().page.locator("li[id^='ref-']");
    await expect.poll(() => refs.count(), poll).toBeGreaterThan(0);
    const text = (await refs.allInnerTexts()).join("\n");
    expect(text).toContain("18 March 2016");
    expect(text).not.toMatch(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/);
  });
});
