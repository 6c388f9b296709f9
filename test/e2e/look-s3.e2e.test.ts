// What a reader saw on the pages looked at for issue 15 (task S3): the check page's claim tags ran into
// each other and into the next Japanese sentence ("✗ 1✗ 21945年、…").
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "./harness.js";
import { DESKTOP, PHONE, useScreenSession } from "./screen.js";
import { CheckPage } from "./pages.js";

const TEXTS = {
  // Two claims on the second sentence (the relation and the treaty's signing), then a sentence with no space before it.
  ja: "日本は1910年に韓国併合条約により韓国を併合した。日本と韓国は1955年に日韓基本条約で国交を正常化した。1945年、日本の降伏により朝鮮は独立を回復した。",
  en: "Japan annexed Korea in 1910 after the Japan–Korea Annexation Treaty. Japan and South Korea normalised relations with the Treaty on Basic Relations in 1955. Korea regained its independence in 1945 when Japan surrendered.",
} as const;

describe.skipIf(!chromiumAvailable())("pages looked at for issue 15", () => {
  const { screen } = useScreenSession(DESKTOP);

  describe("the check page's claim tags stand apart from what follows them", () => {
    it.each([
      ["ja", DESKTOP],
      ["ja", PHONE],
      ["en", DESKTOP],
    ] as const)("in %s at %o, a tag is at least 3 px from the next tag or the next letter on its line", async (lang, viewport) => {
      const page = new CheckPage(screen().page, screen().base);
      await screen().page.setViewportSize(viewport);
      await page.open(`/check${lang === "ja" ? "?lang=ja" : ""}`);
      await page.textbox().fill(TEXTS[lang]);
      await page.check().click();
      await page.claims().first().waitFor();
      // For each tag: the gap to whatever is drawn next on the same line (another tag, or the text after the run).
      const gaps = await screen().page.locator(".annotated .verdict-tag").evaluateAll((tags) =>
        tags.map((tag) => {
          const box = tag.getBoundingClientRect();
          let next: Element | Text | null = tag.nextElementSibling;
          if (!next) {
            // The run's last tag: the first letter after the run.
            const walker = document.createTreeWalker(tag.closest(".annotated")!, NodeFilter.SHOW_TEXT);
            let node: Node | null;
            let after = false;
            while ((node = walker.nextNode())) {
              if (after && node.textContent!.trim()) break;
              if (tag.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING && !tag.contains(node)) after = true;
            }
            next = node as Text | null;
          }
          if (!next) return null;
          let rect: DOMRect;
          if (next instanceof Element) rect = next.getBoundingClientRect();
          else {
            const range = document.createRange();
            const at = next.textContent!.search(/\S/);
            range.setStart(next, at);
            range.setEnd(next, at + 1);
            rect = range.getClientRects()[0]!;
          }
          // Only what follows on the same line can touch the tag.
          const sameLine = rect.top < box.bottom && rect.bottom > box.top;
          return sameLine ? Math.round(rect.left - box.right) : null;
        }),
      );
      expect(gaps.length).toBeGreaterThan(1);
      // LOOK33: a finding of no loaded wording read as missing data ("No data: no loaded…", "データなし：…").
      expect(await screen().page.locator(".slant-section .nodata").innerText()).toBe(lang === "ja" ? "価値判断を含む表現は見つかりませんでした。" : "No loaded or evaluative wording found.");
      for (const gap of gaps) if (gap !== null) expect(gap).toBeGreaterThanOrEqual(3);
    });
  });

  describe("Japanese pages write their labels with full-width colons and brackets", () => {
    it("an agreement's other names read 別名：…, not 別名: …", async () => {
      await screen().open("/entity/japan-egypt-investment-agreement-1977?lang=ja");
      const aliases = screen().page.locator("p.aliases");
      await aliases.waitFor();
      expect(await aliases.innerText()).toMatch(/^別名：Japan–Egypt BIT/);
    });

    it("a series' caption reads 単位：… 出典：…, with no half-width colon or semicolon", async () => {
      await screen().open("/entity/japan?lang=ja");
      const caption = screen().page.locator("figure.series-figure figcaption");
      await caption.waitFor();
      const text = await caption.innerText();
      expect(text).toMatch(/^単位：/);
      expect(text).toContain("。出典：");
      expect(text).not.toMatch(/[:;] /);
      // LOOK34: the data dated in words, not by its release hash.
      expect(text).toMatch(/、\d{4}年\d{1,2}月\d{1,2}日時点のデータ。/);
      expect(text).not.toMatch(/リリース|[0-9a-f]{16}/);
    });

    it("an agreement's fact box writes its asides in full-width brackets, the reason said once: 失効（後継条約による）, 締約国（2）", async () => {
      await screen().open("/entity/treaty-of-amity-and-commerce-1858?lang=ja");
      const box = screen().page.locator(".fact-box .facts-list");
      // The Japanese role tables arrive as their own chunk: until then the reason is English, marked so.
      await expect.poll(() => box.innerText(), { timeout: 15_000 }).toContain("失効（後継条約による）");
      const text = await box.innerText();
      expect(text).not.toContain("失効（後継条約により失効）");
      expect(text).toContain("1899年7月17日（後継条約により失効）");
      expect(text).toContain("締約国（2）");
      expect(text).not.toMatch(/ \(|\(2\)/);
    });
  });
});
