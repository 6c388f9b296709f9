// What helper S2 saw in the screenshots of every page type (issue 15) and fixed in the layout: the
// numbers of the key events' second column printed over the first column's text (China's page), and an
// event's Japanese name split after its first character at the end of the title's line (安 | 倍総理の…).
// The wording flaws of the same review are tested where the words are made (web/src/**/*.test.ts).
import { describe, expect, it } from "vitest";
import { chromiumAvailable, screenshotPath } from "./harness.js";
import { DESKTOP, PHONE, poll, useScreenSession } from "./screen.js";

describe.runIf(chromiumAvailable())("the layout a stranger would see (screen review S2)", () => {
  const { screen } = useScreenSession(DESKTOP);
  const page = () => screen().page;

  it.each(["/entity/china", "/entity/china?lang=ja"])("leaves room for the second column's numbers in the key events of %s", async (path) => {
    await screen().open(path);
    const items = page().locator(".key-events ol.event-list > li");
    // The list shows twelve, then all on demand (S5): the widest numbers come with all of them.
    await page().locator(".key-events").getByRole("button").click();
    await expect.poll(() => items.count(), poll).toBeGreaterThan(40);
    const m = await page().locator(".key-events ol.event-list").evaluate((ol) => {
      const lis = [...ol.querySelectorAll(":scope > li")].map((li) => li.getBoundingClientRect());
      const firstLeft = Math.min(...lis.map((r) => r.left));
      const first = lis.filter((r) => Math.abs(r.left - firstLeft) < 2);
      const second = lis.filter((r) => r.left > firstLeft + 50);
      // The widest number the list prints, in its own font: the marker hangs left of its item.
      const probe = document.createElement("span");
      probe.textContent = `${lis.length}. `;
      probe.style.cssText = "position:absolute;visibility:hidden;white-space:pre";
      ol.appendChild(probe);
      const marker = probe.getBoundingClientRect().width;
      probe.remove();
      return { columns: second.length > 0, gap: Math.min(...second.map((r) => r.left)) - Math.max(...first.map((r) => r.right)), marker };
    });
    expect(m.columns).toBe(true);
    expect(m.gap).toBeGreaterThan(m.marker);
    await page().locator(".key-events").screenshot({ path: screenshotPath(`s2-key-events${path.includes("ja") ? "-ja" : ""}`) });
  });

  it.each(["/entity/abe-visit-to-australia-2007", "/entity/abe-visit-to-australia-2007?lang=ja"])("keeps the other script's name of %s in one piece", async (path) => {
    await screen().open(path);
    const other = page().locator("h1 .other-name");
    await other.waitFor(poll);
    // An inline name broken across lines has a box per line; one piece wraps to the next line whole.
    expect(await other.evaluate((el) => el.getClientRects().length)).toBe(1);
    const [title, name] = await Promise.all([page().locator("h1").boundingBox(), other.boundingBox()]);
    expect(name!.x + name!.width).toBeLessThanOrEqual(title!.x + title!.width + 1);
  });
});

describe.runIf(chromiumAvailable())("the UN votes page on a phone (screen review S2)", () => {
  const { screen } = useScreenSession(PHONE);
  const page = () => screen().page;

  it.each(["/votes", "/votes?lang=ja"])("gives each divergent roll call's subject the phone's width on %s", async (path) => {
    await screen().open(path);
    const rows = page().locator("table.divergent tr.roll-call");
    // The divergent votes come last, after the chart's and the ranking's answers.
    await expect.poll(() => rows.count(), { timeout: 40_000 }).toBeGreaterThan(10);
    // The subject column was squeezed to a letter a line: the page ran 75,000 px long.
    const subject = await rows.first().locator("td").nth(2).boundingBox();
    expect(subject!.width).toBeGreaterThan(PHONE.width * 0.7);
    const m = await page().evaluate(() => ({ height: document.documentElement.scrollHeight, wide: document.documentElement.scrollWidth }));
    expect(m.height).toBeLessThan(30_000);
    expect(m.wide).toBeLessThanOrEqual(PHONE.width);
    await page().screenshot({ path: screenshotPath(`s2-votes-phone${path.includes("ja") ? "-ja" : ""}`) });
  }, 60_000);
});

describe.runIf(chromiumAvailable())("an impossible date in Japanese (screen review S2)", () => {
  const { screen } = useScreenSession(PHONE);

  it("gives the reason in Japanese brackets, not ASCII ones", async () => {
    await screen().open("/entity/china?asOf=abc&lang=ja");
    const alert = screen().page.getByRole("alert");
    await expect.poll(() => alert.textContent(), poll).toContain("（年・年月・年月日の形ではありません）");
    expect(await alert.textContent()).not.toMatch(/[()]/);
  });
});
