// The explorer's edges in a real browser: a real 404 with the nearest names, an impossible date
// refused with a message, "Cite this" and "Share", and the HTML the server sends before the JS
// (title, description, Open Graph tags, a readable fact line). Desktop and a 390 px phone, English
// and Japanese; axe finds no serious or critical issue on these pages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { chromiumAvailable, CHROMIUM, screenshotPath, startSession, stopSession, type Session } from "./harness.js";
import { seriousViolations } from "./axe.js";
import { EntityPage } from "./pages.js";

const inCi = process.env.CI === "true";
const available = chromiumAvailable();
if (!available && !inCi) console.warn(`edges e2e: skipped — no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)`);

const poll = { timeout: 15_000 };

/** A page the explorer has no page for: its heading, message and suggested names. */
class NotFoundPage extends EntityPage {
  suggestions(): Locator {
    return this.page.locator("section.not-found ul.suggestions a");
  }

  suggestion(id: string): Locator {
    return this.page.locator(`section.not-found ul.suggestions a[href^="/entity/${id}"]`);
  }
}

/** The "Cite this" and "Share" buttons of an entity page and the citation dialog. */
class PageTools {
  constructor(readonly page: Page) {}

  cite(): Locator {
    return this.page.getByRole("button", { name: /^Cite this$|^引用$/ });
  }

  share(): Locator {
    return this.page.getByRole("button", { name: /^Share$|^共有$/ });
  }

  dialog(): Locator {
    return this.page.getByRole("dialog", { name: /Cite this page|このページを引用/ });
  }

  style(name: "APA" | "Chicago" | "BibTeX"): Locator {
    return this.dialog().getByRole("region", { name }).locator("pre");
  }

  copy(name: "APA" | "Chicago" | "BibTeX"): Locator {
    return this.dialog().getByRole("button", { name: new RegExp(`^${name} をコピー$|^Copy ${name}$`) });
  }

  status(): Locator {
    return this.page.getByRole("status").filter({ hasText: /copied|shared|コピーしました|共有しました/i });
  }
}

/** The as-of field of a page: its input and the message when a value is refused. */
class AsOfField {
  constructor(readonly page: Page) {}

  input(): Locator {
    return this.page.getByRole("textbox", { name: /^As of|^時点/ });
  }

  alert(): Locator {
    return this.page.getByRole("alert");
  }
}

const SIZES = [
  ["desktop", { width: 1280, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const;
const LANGS = [
  ["en", "", "Page not found", "North Atlantic Treaty Organization", "Invalid date"],
  ["ja", "lang=ja", "ページが見つかりません", "北大西洋条約機構", "無効な日付"],
] as const;

describe.runIf(available)("the explorer's edges", () => {
  let session: Session | undefined;
  let release = "";
  const contexts = new Map<string, BrowserContext>();
  const pageFor = async (size: (typeof SIZES)[number][0]): Promise<Page> => {
    let context = contexts.get(size);
    if (!context) {
      const viewport = SIZES.find(([s]) => s === size)![1];
      context = await session!.browser.newContext({ viewport, isMobile: size === "phone", hasTouch: size === "phone", permissions: ["clipboard-read", "clipboard-write"] });
      // Chromium on Linux may offer the Web Share API; without it, "Share" copies the link (tested below with a stub).
      await context.addInitScript(() => {
        delete (Navigator.prototype as { share?: unknown }).share;
      });
      contexts.set(size, context);
    }
    const pages = context.pages();
    return pages[0] ?? (await context.newPage());
  };

  beforeAll(async () => {
    session = await startSession();
    release = ((await (await fetch(`${session.server.url}/api/v1/health`)).json()) as { release: string }).release;
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts.values()) await c.close();
    await stopSession(session);
  });

  const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  describe.each(SIZES.map(([size]) => size))("on a %s", (size) => {
    // Each language on the phone, where a long word overflows first; the desktop in Japanese. What these tests
    // say in words is checked in both languages (on the phone), and what the width changes (overflow, axe, the
    // screenshots) at both sizes; the desktop in English had proved nothing that the other three do not.
    const langs = size === "phone" ? LANGS : LANGS.filter(([lang]) => lang === "ja");
    /** Defines a test that reads no layout on the phone only: on the desktop it proved the same again. */
    const once = (define: () => void) => {
      if (size === "phone") define();
    };

    it.each(langs)("answers an unknown entity 404 with the nearest names, in %s", async (lang, q, title, nato) => {
      const page = await pageFor(size);
      const notFound = new NotFoundPage(page, session!.server.url);
      const res = await page.goto(`${session!.server.url}/entity/atlantis${q ? `?${q}` : ""}`);
      expect(res?.status()).toBe(404);
      await expect.poll(() => notFound.heading().textContent(), poll).toBe(title);
      await expect.poll(() => notFound.suggestion("nato").textContent(), poll).toBe(nato);
      expect(await page.title()).toContain(title);
      expect(await page.locator("html").getAttribute("lang")).toBe(lang);
      expect(await noOverflow(page)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`edges-404-${size}-${lang}`) });
      await notFound.suggestion("nato").click();
      await expect.poll(() => new URL(page.url()).pathname, poll).toBe("/entity/nato");
      await expect.poll(() => notFound.heading().textContent(), poll).toContain(nato);
    });

    it.each(langs)("answers an unknown address 404 with a way on, in %s", async (lang, q, title) => {
      const page = await pageFor(size);
      const notFound = new NotFoundPage(page, session!.server.url);
      const res = await page.goto(`${session!.server.url}/nonsense${q ? `?${q}` : ""}`);
      expect(res?.status()).toBe(404);
      await expect.poll(() => notFound.heading().textContent(), poll).toBe(title);
      await expect.poll(() => page.locator("section.not-found").textContent(), poll).toContain("/nonsense");
      expect(await page.getByRole("link", { name: lang === "ja" ? "地図へ" : "Go to the map" }).count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
    });

    it.each(langs)("refuses an impossible date in the address with a message and the nearest real date, in %s", async (lang, q, _t, _n, invalid) => {
      const page = await pageFor(size);
      const field = new AsOfField(page);
      const res = await page.goto(`${session!.server.url}/entity/japan?asOf=1972-02-30${q ? `&${q}` : ""}`);
      expect(res?.status()).toBe(400);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), poll).toBe(invalid);
      await expect.poll(() => field.alert().textContent(), poll).toContain("1972-02-30");
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`edges-bad-date-${size}-${lang}`) });
      // The nearest real day, written as the page writes dates (LOOK6): "Show 29 Feb 1972 instead", "代わりに1972年2月29日を表示".
      await page.getByRole("link", { name: /29 Feb 1972|1972年2月29日/ }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get("asOf"), poll).toBe("1972-02-29");
      await expect.poll(() => page.locator("#entity-title").count(), poll).toBe(1);

      await page.goto(`${session!.server.url}/?asOf=banana${q ? `&${q}` : ""}`);
      await expect.poll(() => field.alert().textContent(), poll).toContain("banana");
      expect(await page.locator("svg.world-map").count()).toBe(0);
    });

    // FIX15 (audit MAP15 item 6): /timeline?from=1972-13 and ?from=banana fell back to 1945 without a word, and
    // a list's bad date filter showed the parser's own text ('not a valid EDTF date (Syntax error at line 1 col 1)').
    it.each(langs)("says so when the timeline's address or a list's date filter holds no date, in %s", async (lang, q) => {
      const page = await pageFor(size);
      const reasons = lang === "ja" ? ["その月はありません", "年・年月・年月日の形ではありません"] : ["there is no such month", "it is not written as a year, a month or a day"];
      for (const [bad, reason] of [["1972-13", reasons[0]!], ["banana", reasons[1]!]] as const) {
        await page.goto(`${session!.server.url}/timeline?from=${bad}${q ? `&${q}` : ""}`);
        const alert = page.getByRole("alert");
        await expect.poll(() => alert.textContent(), poll).toContain(lang === "ja" ? `「${bad}」` : `“${bad}”`);
        expect(await alert.textContent()).toContain(reason);
        // What it shows instead is said too.
        expect(await alert.textContent()).toMatch(lang === "ja" ? /代わりに1945年から\d{4}年までを表示/ : /shows 1945 to \d{4} instead/);
      }
      expect(await noOverflow(page)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`${session!.server.url}/list/agreements?signedFrom=banana${q ? `&${q}` : ""}`);
      const alert = page.getByRole("alert");
      await expect.poll(() => alert.textContent(), poll).toContain(reasons[1]!);
      expect(await alert.textContent()).toContain(lang === "ja" ? "署名日（から）" : "Signed from");
      expect(await alert.textContent()).not.toMatch(/EDTF|Syntax error/);
      expect(await seriousViolations(page)).toEqual([]);
    }, 60_000);

    once(() =>
      it("refuses a typed non-date in the as-of field and keeps the address; the empty field shows the format, not a date", async () => {
        const page = await pageFor(size);
        const field = new AsOfField(page);
        await page.goto(`${session!.server.url}/entity/china`);
        await expect.poll(() => field.input().count(), poll).toBe(1);
        expect(await field.input().inputValue()).toBe("");
        expect(await field.input().getAttribute("placeholder")).toBe("YYYY-MM-DD");
        await field.input().fill("banana");
        await field.input().press("Enter");
        await expect.poll(() => field.alert().textContent(), poll).toContain("“banana” is not a date");
        expect(await field.input().getAttribute("aria-invalid")).toBe("true");
        expect(new URL(page.url()).searchParams.get("asOf")).toBeNull();
        await field.input().fill("1972-09-29");
        await field.input().press("Enter");
        await expect.poll(() => new URL(page.url()).searchParams.get("asOf"), poll).toBe("1972-09-29");
        expect(await field.alert().count()).toBe(0);
      }),
    );

    it.each(langs)("cites an entity page in APA, Chicago and BibTeX with the release and the address, and copies one, in %s", async (lang, q) => {
      const page = await pageFor(size);
      const tools = new PageTools(page);
      const path = `/entity/china?asOf=1972-09-29${q ? `&${q}` : ""}`;
      await page.goto(session!.server.url + path);
      await expect.poll(() => page.locator("#entity-title").count(), poll).toBe(1);
      // The dialog reads the page's own answer, already in hand: no second request for the entity.
      const asked: string[] = [];
      // (Only this entity's: the fact box may still be fetching Japan's one-statement slice.)
      const onRequest = (r: { url: () => string }) => void (r.url().includes("/api/v1/entities/china") && asked.push(r.url()));
      page.on("request", onRequest);
      await tools.cite().click();
      await expect.poll(() => tools.dialog().isVisible(), poll).toBe(true);
      const address = session!.server.url + path;
      await expect.poll(() => tools.style("APA").textContent(), poll).toContain(`Data release ${release}`);
      expect(await tools.style("APA").textContent()).toContain(address);
      expect(await tools.style("APA").textContent()).toContain(lang === "ja" ? "中華人民共和国 [China]" : "(2026). China.");
      expect(await tools.style("Chicago").textContent()).toContain(address);
      page.off("request", onRequest);
      expect(asked).toEqual([]);
      const bibtex = (await tools.style("BibTeX").textContent())!;
      expect(bibtex).toMatch(new RegExp(`^@misc\\{gaiko-china-${release.slice(0, 8)},`));
      expect(bibtex).toContain(`url = {${address}}`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`edges-cite-${size}-${lang}`) });
      await tools.copy("BibTeX").click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), poll).toBe(bibtex);
      await expect.poll(() => tools.status().first().textContent(), poll).toMatch(/BibTeX/);
      await page.keyboard.press("Escape");
      await expect.poll(() => tools.dialog().count(), poll).toBe(0);
      expect(await tools.cite().evaluate((b) => b === document.activeElement)).toBe(true);
    });

    it("shares a page's address: the share sheet where there is one, else the clipboard", async () => {
      const page = await pageFor(size);
      const tools = new PageTools(page);
      const path = `${session!.server.url}/entity/taiwan?asOf=1960`;
      await page.goto(path);
      await tools.share().click();
      await expect.poll(() => tools.status().textContent(), poll).toBe("Link copied to the clipboard");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(path);
      // The message sits below the buttons: they stay side by side on a phone.
      const [cite, share] = await Promise.all([tools.cite().boundingBox(), tools.share().boundingBox()]);
      expect(cite!.y).toBe(share!.y);
      expect(await noOverflow(page)).toBe(true);
      // The share sheet, where there is one, takes the address whatever the width: on the phone only.
      if (size !== "phone") return;

      const sheet = await page.context().newPage();
      await sheet.addInitScript(() => {
        Object.defineProperty(navigator, "share", { configurable: true, value: (data: unknown) => ((window as unknown as { shared: unknown }).shared = data, Promise.resolve()) });
      });
      await sheet.goto(path);
      await new PageTools(sheet).share().click();
      await expect.poll(() => sheet.evaluate(() => (window as unknown as { shared?: { url: string } }).shared?.url), poll).toBe(path);
      await expect.poll(() => new PageTools(sheet).status().textContent(), poll).toBe("Shared");
      await sheet.close();
    });
  });

  describe("the HTML before the JS", () => {
    it.each([
      ["/entity/taiwan?asOf=1960", "Taiwan — gaiko 外交", "As of 1 January 1960: Diplomatic relations with Japan since", "article"],
      ["/entity/taiwan?asOf=1960&lang=ja", "台湾 — gaiko 外交", "1960年1月1日時点:", "article"],
      ["/timeline", "Timeline — gaiko 外交", "Japan's foreign relations in time order", "website"],
    ])("gives %s a title, description, Open Graph tags and readable text with JavaScript off", async (path, title, text, type) => {
      const context = await session!.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      try {
        const page = await context.newPage();
        const res = await page.goto(session!.server.url + path);
        expect(res?.status()).toBe(200);
        expect(await page.title()).toBe(title);
        const og = (p: string) => page.locator(`meta[property="og:${p}"]`).getAttribute("content");
        expect(await og("title")).toBe(title);
        expect(await og("type")).toBe(type);
        expect(await og("url")).toBe(session!.server.url + path);
        expect(await og("description")).toContain(text);
        expect(await page.locator('meta[name="description"]').getAttribute("content")).toContain(text);
        expect(await page.locator("#root").innerText()).toContain(text);
        expect(await page.getByRole("heading", { level: 1 }).isVisible()).toBe(true);
        await page.screenshot({ path: screenshotPath(`edges-shell-${path.replace(/[^a-z0-9]+/gi, "-")}`) });
      } finally {
        await context.close();
      }
    });

    // FIX15 (audit MAP15 item 7): the shell had no fact box, and its eyebrow said "Agreement · peace".
    it.each([
      ["/entity/treaty-of-san-francisco", "Agreement · peace treaty", /Signed\s+8 September 1951\s+In force\s+since 28 April 1952/],
      ["/entity/treaty-of-san-francisco?lang=ja", "条約・協定 · 平和条約", /署名\s+1951年9月8日\s+発効\s+1952年4月28日から/],
    ])("gives %s a fact box with JavaScript off, its type in words", async (path, eyebrow, facts) => {
      const context = await session!.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      try {
        const page = await context.newPage();
        await page.goto(session!.server.url + path);
        expect(await page.locator(".eyebrow").textContent()).toBe(eyebrow);
        expect(await page.locator("section.shell-facts").innerText()).toMatch(facts);
        expect(await noOverflow(page)).toBe(true);
      } finally {
        await context.close();
      }
    });

    it("links the nearest names of a 404 with JavaScript off", async () => {
      const context = await session!.browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        const res = await page.goto(`${session!.server.url}/entity/south-koria`);
        expect(res?.status()).toBe(404);
        expect(await page.getByRole("link", { name: "South Korea", exact: true }).getAttribute("href", { timeout: 5_000 })).toBe("/entity/south-korea");
      } finally {
        await context.close();
      }
    });
  });
});
