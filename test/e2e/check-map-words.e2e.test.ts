// What the journalist's look found on the check page and the map (issue 15; issue 13's "the /check page
// shows polarity and the reason for every verdict, in English and Japanese"): the Japanese check page
// showed "状態：採用", an English gloss of loaded words and no claim in words; the English one "status:
// accepted"; the legend's 国交未樹立 and 国交なし（樹立されず） could not be told apart; Japan had no name on
// the map. Each case at a desktop's and a phone's width, in English and Japanese.
import { describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/model/results.js";
import { seriousViolations } from "./axe.js";
import { chromiumAvailable, screenshotPath } from "./harness.js";
import { DESKTOP, PHONE, poll, useScreenSession } from "./screen.js";
import { CheckedTextPage, MapWordsPage } from "./words-pages.js";

const CASES = [
  ["en", DESKTOP],
  ["en", PHONE],
  ["ja", DESKTOP],
  ["ja", PHONE],
] as const;

/** Every id, slug and machine value of an answer that a reader must never meet as text. */
function machineWords(result: CheckResult): string[] {
  const words = new Set<string>();
  for (const c of result.claims) {
    // A predicate id that is also a plain word ("signed") reads as that word; a hyphenated one never does.
    if (c.p.includes("-")) words.add(c.p);
    for (const ref of [c.subject, c.object]) if (ref?.id.includes("-")) words.add(ref.id);
    for (const e of c.evidence) {
      words.add(e.statement);
      if (e.time?.includes("/")) words.add(e.time);
      for (const s of e.sources) words.add(s.source);
    }
  }
  for (const m of result.mentions) if (m.entity.id.includes("-")) words.add(m.entity.id);
  return [...words];
}

describe.runIf(chromiumAvailable())("the check page and the map, in the reader's language", () => {
  const { session } = useScreenSession(DESKTOP);
  const checkPage = () => new CheckedTextPage(session().page, session().server.url);
  const mapPage = () => new MapWordsPage(session().page, session().server.url);

  describe.each(CASES)("the check page in %s at %o", (lang, viewport) => {
    it("shows each claim in words, whether the text asserts or denies it, its verdict and reason, and evidence without an id or a status word; axe finds nothing serious", async () => {
      const check = checkPage();
      const result = await check.checkSample(lang, viewport);
      const claims = check.claims();
      await expect.poll(() => claims.count(), poll).toBe(result.claims.length);
      const text = await check.reportText();
      for (const word of machineWords(result)) expect(text, word).not.toContain(word);
      // No EDTF date: neither a day as the API writes it nor an open end.
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|\/\.\./);
      expect(text).not.toMatch(lang === "ja" ? /状態|accepted|contested|rejected/i : /status:|\baccepted\b/i);

      const sorted = [...result.claims].sort((a, b) => a.start - b.start);
      for (const [i, c] of sorted.entries()) {
        const claim = claims.nth(i);
        const words = await check.row(claim, /^(The claim|主張の内容)$/).innerText();
        expect(words).toContain(c.label![lang]);
        expect(words).toContain(lang === "ja" ? (c.subject.name.ja ?? c.subject.name.en) : c.subject.name.en);
        if (c.time) expect(words).toMatch(lang === "ja" ? /\d{4}年/ : /\b\d{4}\b/);
        expect(await check.row(claim, /^(Asserted or denied|肯定／否定)$/).innerText()).toMatch(lang === "ja" ? /^本文はこれを(肯定|否定)している/ : /^the text (asserts|denies) this/);
        expect(await check.row(claim, /^(Why|理由)$/).innerText()).toBe(lang === "ja" ? c.reasonJa : c.reason);
        expect(await claim.locator(".verdict").innerText()).toMatch(lang === "ja" ? /裏付けあり|矛盾|検証不能/ : /Supported|Contradicted|Not checkable/);
      }
      if (lang === "ja") {
        // Nothing English is left in the claims or the notes on wording (the gloss was English).
        expect(await check.claimsText()).not.toMatch(/[A-Za-z]{2,}/);
        expect(await check.slantText()).not.toMatch(/[A-Za-z]{2,}/);
      }
      // The sources the badges number, listed by title, each a link to its page.
      await expect.poll(() => check.references().count(), poll).toBeGreaterThan(0);
      expect(await check.references().first().getByRole("link").first().getAttribute("href")).toMatch(/^\/source\//);
      expect(await check.pageWidth()).toBeLessThanOrEqual(viewport.width);
      await session().page.screenshot({ path: screenshotPath(`w3-check-${lang}-${viewport.width}`), fullPage: true });
      // The checked page passes axe (serious and critical) as it stands.
      expect(await seriousViolations(session().page)).toEqual([]);
    });
  });

  describe.each(CASES)("the map in %s at %o", (lang, viewport) => {
    it("names Japan, and words the two legend entries of no relations so a reader can tell them apart", async () => {
      const map = mapPage();
      await map.openAt(`/${lang === "ja" ? "?lang=ja" : ""}`, viewport);
      await expect.poll(() => map.labels(), poll).toContain(lang === "ja" ? "日本" : "Japan");
      const none = await map.legendLabel("none");
      const never = await map.legendLabel("never");
      expect(none).not.toBe(never);
      expect(none).toBe(lang === "ja" ? "国交樹立前（のちに樹立）" : "No relations yet (established later)");
      expect(never).toBe(lang === "ja" ? "国交なし（一度も樹立されていない）" : "No relations, never established");
      await map.map().screenshot({ path: screenshotPath(`w3-map-${lang}-${viewport.width}`) });
      await map.legend().screenshot({ path: screenshotPath(`w3-legend-${lang}-${viewport.width}`) });
    });
  });

  it("raised no error in the page", () => {
    expect(session().errors).toEqual([]);
  });
});
