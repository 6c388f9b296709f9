// The check page as a journalist saw it on a phone, in Japanese (session 36, READ36): a sentence making three
// claims was quoted three times over, and a denial's marker in the text was spoken as a bare verdict. Every
// verdict shows its polarity and its reason in the page's language (issue 13), and nothing runs off the screen.
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { chromiumAvailable } from "./harness.js";
import { CheckPage } from "./pages.js";
import { PHONE, poll, useScreenSession } from "./screen.js";

// A false date in a sentence of three claims (the signing, and each state's signature), a denial, and a sentence
// whose date the checker does not tie to what it says ("at the time of the 1973 oil crisis").
const TEXT =
  "Japan and China signed the Treaty of Peace and Friendship on 12 August 1979. Japan did not join the United Nations in 1956. At the time of the 1973 oil crisis, the United States administered Okinawa.";

describe.skipIf(!chromiumAvailable())("the check page on a phone, in Japanese", () => {
  const { screen } = useScreenSession(PHONE);

  it("quotes a sentence once, speaks a denial's marker as a denial, and gives every verdict its polarity and reason in Japanese", async () => {
    const page = new CheckPage(screen().page, screen().base);
    await page.open("/check?lang=ja");
    await page.textbox().fill(TEXT);
    await page.check().click();
    await expect.poll(() => page.claims().count(), poll).toBeGreaterThanOrEqual(5);

    const claims = await page.claims().evaluateAll((items) =>
      items.map((li) => ({
        verdict: li.getAttribute("data-verdict"),
        quote: li.querySelector(".claim-head q")?.textContent ?? null,
        same: li.querySelector(".claim-head .same-sentence")?.textContent ?? null,
        polarity: li.querySelector(".polarity dd")?.textContent ?? "",
        // The row after 理由 (why).
        reason: [...li.querySelectorAll("dt")].find((dt) => dt.textContent === "理由")?.nextElementSibling?.textContent ?? "",
      })),
    );
    // The treaty's sentence: quoted by its first claim only; the next two point back to it.
    expect(claims[0]!.quote).toContain("12 August 1979");
    expect(claims.slice(1, 3).map((c) => [c.quote, c.same])).toEqual([
      [null, "主張1と同じ文"],
      [null, "主張1と同じ文"],
    ]);
    for (const c of claims) {
      expect(c.polarity).toMatch(/^本文はこれを(肯定|否定)している/);
      // A reason in Japanese: kana in it, and no run of English words.
      expect(c.reason).toMatch(/[ぁ-ん]/);
      expect(c.reason).not.toMatch(/[a-z]{3,} [a-z]{3,}/i);
    }
    expect(claims.some((c) => c.polarity.startsWith("本文はこれを否定している"))).toBe(true);
    expect(claims.some((c) => c.verdict === "not-checkable")).toBe(true);

    // The denial's marker in the text says so to a screen reader, in Japanese punctuation.
    const labels = await screen().page.locator(".annotated .verdict-tag").evaluateAll((tags) => tags.map((t) => t.getAttribute("aria-label")));
    expect(labels).toContain("主張4：矛盾（本文はこれを否定している）");
    expect(labels[0]).toBe("主張1：矛盾");

    // Nothing wider than the phone; the links back to a quoted sentence readable (axe: contrast, names).
    expect(await screen().page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(screen().page)).toEqual([]);
  });
});
