// Japanese names of dataset agreements (issue 14 item 1): a name gaiko translated from the GGO title is
// marked （gaiko仮訳） in the heading, in Japanese and in English; a name found in a source is not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, startSession, stopSession, type Session } from "./harness.js";
import { EntityPage } from "./pages.js";

const poll = { timeout: 20_000 };

/** An entity page seen for its heading. */
class HeadingPage extends EntityPage {
  title() {
    return this.page.locator("#entity-title");
  }
  translatedMark() {
    return this.title().locator(".translated-name");
  }
}

// In data/agreement-names: a schedule amendment of the whaling convention has no official Japanese
// title (translated: true); the Convention on Biological Diversity has MOFA's.
const TRANSLATED = "ggo-scirwm-1976e28-intrrw-1937a";
const SOURCED = "ggo-cbd-1992a";

describe.runIf(chromiumAvailable())("the heading of a dataset agreement with a Japanese name", () => {
  let session: Session | undefined;
  let model: HeadingPage;
  beforeAll(async () => {
    session = await startSession();
    model = new HeadingPage(session.page, session.server.url);
  }, 180_000);
  afterAll(() => stopSession(session));

  it.each(["ja", "en"])("marks gaiko's own translation, with its explanation, in %s", async (lang) => {
    await model.open(`/entity/${TRANSLATED}?lang=${lang}`);
    await expect.poll(() => model.title().innerText(), poll).toContain("国際捕鯨取締条約附表の修正");
    await expect.poll(() => model.translatedMark().innerText(), poll).toBe("（gaiko仮訳）");
    expect(await model.translatedMark().getAttribute("title")).toMatch(lang === "ja" ? /公式の日本語名は見つかっていない/ : /no official Japanese title found/);
  }, 60_000);

  it("does not mark a Japanese title found in a source", async () => {
    await model.open(`/entity/${SOURCED}?lang=ja`);
    await expect.poll(() => model.title().innerText(), poll).toContain("生物の多様性に関する条約");
    expect(await model.translatedMark().count()).toBe(0);
  }, 60_000);
});
