// The /check page as a journalist reads it, on a phone in English and Japanese (READ38, issue 13's last criterion):
// evidence rows that said only "1949 – today", 32 times, under "Japan is a member of NATO"; a text not checked
// explained in the command line's English ("give a file or standard input", "1048576 bytes", "(413)") on the
// Japanese page too; a web address sent to be checked as if it were a text; the Check button disabled while
// checking, which threw the keyboard's focus out of the form; a claim the text reports as China's said "the text
// asserts this · reported as the view of China"; "Japan and China …" was shown as "China → diplomatic relations →
// Japan". Each test failed on the page as it was (the last on the reported claim alone: it also guards the verdict,
// polarity and reason of every claim, in both languages).
import { describe, expect, it } from "vitest";
import { chromiumAvailable, screenshotPath } from "./harness.js";
import { seriousViolations } from "./axe.js";
import { CheckPage } from "./pages.js";
import { PHONE, poll, useScreenSession } from "./screen.js";

/** A short briefing: a negation, an exception, an attribution, a false date, a claim the knowledge base refutes. */
const BRIEFING =
  "Japan and China did not establish diplomatic relations in 1972. China claims that Japan joined the United Nations in 1960. " +
  "All G7 members except Japan are members of NATO. Japan is a member of NATO.";

/** Text as read: runs of spaces as one, no space at the ends. */
const words = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

describe.skipIf(!chromiumAvailable())("the /check page as a journalist reads it, on a phone (READ38)", () => {
  const { screen } = useScreenSession(PHONE);
  const checkPage = () => new CheckPage(screen().page, screen().base);
  const checkText = async (lang: "en" | "ja", text: string) => {
    const check = checkPage();
    await screen().open(`/check?lang=${lang}`);
    await check.textbox().fill(text);
    await check.check().click();
    return check;
  };

  it("says what each evidence statement records (NATO's members by name) and folds a long list under its count", async () => {
    const check = await checkText("en", "Japan is a member of NATO.");
    const claim = check.claim("contradicted").first();
    await expect.poll(() => claim.count(), poll).toBe(1);
    const about = claim.locator(".evidence li .evidence-about");
    // Each row names the member it records, not only its date.
    expect(words(await about.first().textContent())).toMatch(/^\S.* → member of → North Atlantic Treaty Organization ·$/);
    // Three rows shown, the rest folded under their count; every one of them names what it records.
    expect(await claim.locator(".evidence li").evaluateAll((li) => li.filter((x) => x.checkVisibility()).length)).toBe(3);
    const more = await claim.locator(".evidence-more > summary").textContent();
    const folded = Number(/^(\d+) more records$/.exec(more ?? "")?.[1]);
    expect(folded).toBeGreaterThan(20);
    expect(await about.count()).toBe(3 + folded);
    await screen().page.screenshot({ path: screenshotPath("look-c38-evidence-en") });

    const ja = await checkText("ja", "日本は北大西洋条約機構に加盟している。");
    const jaClaim = ja.claim("contradicted").first();
    await expect.poll(() => jaClaim.count(), poll).toBe(1);
    expect(words(await jaClaim.locator(".evidence li .evidence-about").first().textContent())).toMatch(/^\S.* → 加盟 → 北大西洋条約機構 ·$/);
    expect(await jaClaim.locator(".evidence-more > summary").textContent()).toMatch(/^ほか\d+件の記録$/);
  }, 90_000);

  it("says in the page's language why a text was not checked, without the command line's words, bytes or HTTP status", async () => {
    const check = checkPage();
    const posts: string[] = [];
    screen().page.on("request", (r) => void (r.method() === "POST" && posts.push(r.url())));
    // Empty, and a web address alone: answered on the page, with no request.
    await screen().open("/check");
    await check.check().click();
    await expect.poll(() => check.error().textContent(), poll).toBe("Not checked: there is no text to check. Paste or type a text first. ");
    await check.textbox().fill("  https://www.mofa.go.jp/region/asia-paci/china/index.html  ");
    await check.check().click();
    await expect.poll(() => check.error().textContent(), poll).toMatch(/this looks like a web address\. The checker does not open links/);
    expect(posts).toEqual([]);
    await screen().open("/check?lang=ja");
    await check.check().click();
    await expect.poll(() => check.error().textContent(), poll).toBe("文章を検証できませんでした：検証する文章がありません。文章を貼り付けるか入力してください。 ");

    // Too large: the API refuses it (413); the page says so in megabytes, in Japanese on the Japanese page.
    const big = "Japan joined the United Nations in 1956. ".repeat(27_000);
    await check.textbox().fill(big);
    await check.check().click();
    await expect.poll(() => check.error().textContent(), poll).toMatch(/^文章を検証できませんでした：文章の大きさは1\.\d+ MBで、一度に検証できる上限（1 MB）を超えています。/);
    const ja = (await check.error().textContent()) ?? "";
    expect(ja).not.toMatch(/[A-Za-z]{3,}|\d{4,}|\(\d{3}\)/);
    await screen().page.screenshot({ path: screenshotPath("look-c38-too-large-ja") });
    await screen().open("/check");
    await check.textbox().fill(big);
    await check.check().click();
    await expect.poll(() => check.error().textContent(), poll).toMatch(/^Not checked: the text is 1\.\d+ MB, and the checker takes at most 1 MB at a time\. Check it in parts\./);
    expect(await check.error().textContent()).not.toMatch(/bytes|standard input|\(\d{3}\)/);
  }, 120_000);

  it("keeps the keyboard's focus on the Check button while the text is checked, and after", async () => {
    const check = checkPage();
    await screen().open("/check");
    await check.textbox().fill("Japan joined the United Nations in 1956.");
    await check.check().focus();
    await screen().page.keyboard.press("Enter");
    await expect.poll(() => screen().page.locator(".check-summary").textContent(), poll).toMatch(/^1 claim: 1 supported/);
    expect(await screen().page.evaluate(() => document.activeElement?.textContent)).toBe("Check");
    // The next stop is the checked text's first link, not the page's top.
    await screen().page.keyboard.press("Tab");
    expect(await screen().page.evaluate(() => document.activeElement?.closest(".annotated") !== null)).toBe(true);
  }, 60_000);

  it("names the two states of a relation that reads both ways in the order the sentence names them", async () => {
    for (const [lang, text, pair] of [
      ["en", "Japan and China did not establish diplomatic relations in 1972.", /^Japan → diplomatic relations → China \(/],
      ["ja", "日本と中国は1972年9月29日に国交を正常化した。", /^日本 → 外交関係 → 中華人民共和国（/],
    ] as const) {
      const check = await checkText(lang, text);
      await expect.poll(() => check.claims().count(), poll).toBe(1);
      // It read "China → diplomatic relations → Japan": the checker's order, not the text's.
      expect(words(await check.claims().first().locator(".claim-words dd").textContent())).toMatch(pair);
    }
  }, 60_000);

  it("gives every claim its verdict in words, its polarity (a reported claim as the reporter's) and its reason in the page's language, with no serious accessibility fault", async () => {
    for (const lang of ["en", "ja"] as const) {
      const check = await checkText(lang, BRIEFING);
      await expect.poll(() => check.claims().count(), poll).toBeGreaterThanOrEqual(4);
      const rows = await check.claims().evaluateAll((lis) =>
        lis.map((li) => ({
          verdict: li.querySelector(".verdict")?.textContent ?? "",
          polarity: li.querySelector(".polarity dd")?.textContent ?? "",
          reason: [...li.querySelectorAll(".claim-facts > div")].find((d) => /Why|理由/.test(d.querySelector("dt")?.textContent ?? ""))?.querySelector("dd")?.textContent ?? "",
        })),
      );
      for (const r of rows) {
        expect(r.verdict).toMatch(lang === "en" ? /^[✓✗?] (Supported|Contradicted|Not checkable)$/ : /^[✓✗?] (裏付けあり|矛盾|検証不能)$/);
        expect(r.polarity).toMatch(lang === "en" ? /^the text (asserts|denies) this$|^the text reports .+ as (asserting|denying) this/ : /^本文はこれを(肯定|否定)している$|^本文は、.+がこれを(主張|否定)していると伝えている/);
        expect(r.reason.length).toBeGreaterThan(10);
        if (lang === "ja") expect(r.reason).not.toMatch(/[A-Za-z]{3,}/);
      }
      // The denial, the exception and the attribution are each shown as such.
      expect(rows.filter((r) => /denies|否定/.test(r.polarity)).length).toBeGreaterThanOrEqual(2);
      // The attributed claim is China's, as the text reports it: never "the text asserts this" (it read so beside "reported as the view of China").
      const reported = rows.filter((r) => /reports China as asserting|中華人民共和国がこれを主張していると伝えている/.test(r.polarity));
      expect(reported.length).toBe(1);
      expect(reported[0]!.polarity).not.toMatch(/the text asserts this|本文はこれを肯定している/);
      expect(await seriousViolations(screen().page)).toEqual([]);
      expect(await screen().page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    }
  }, 90_000);
});
