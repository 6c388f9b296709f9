// Roles and notes on Japanese pages (issue 15 item 5): a role reads in Japanese where a table or rule
// gives it ("host" of a visit is 受入国, "President of the United States" アメリカ合衆国大統領), and
// English text that has no Japanese (a free-prose role, a note without note_ja) carries the English-only
// badge; a note with note_ja reads in Japanese (note-ja.e2e.test.ts holds both cases on one page).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, startSession, stopSession, type Session } from "./harness.js";
import { EntityPage } from "./pages.js";

const poll = { timeout: 20_000 };

/** An entity page seen for its roles and notes: the readable facts and the full statement list. */
class RolesPage extends EntityPage {
  override async open(path: string): Promise<void> {
    await super.open(path);
    await this.facts().first().waitFor({ timeout: 20_000 });
    await this.page.waitForLoadState("networkidle");
  }
  facts() {
    return this.page.locator("li.fact");
  }
  /** Opens a page that lists statements (a source's page) and waits for the list. */
  async openList(path: string): Promise<void> {
    await super.open(path);
    await this.page.locator("li.statement").first().waitFor({ timeout: 20_000 });
  }
  /** Opens every section's hidden rows ("Show all 9"). */
  async showAll(): Promise<void> {
    const more = this.page.getByRole("button", { name: /^Show all \d+|^全\d+件を表示/ });
    for (const button of await more.all()) await button.click();
  }
  roles() {
    return this.page.locator("li.statement .role");
  }
  notes() {
    return this.page.locator("li.statement .note");
  }
  englishOnly() {
    return this.page.locator(".badge.english-only");
  }
}

describe.runIf(chromiumAvailable())("roles and notes in Japanese", () => {
  let session: Session | undefined;
  let model: RolesPage;
  beforeAll(async () => {
    session = await startSession();
    model = new RolesPage(session.page, session.server.url);
  }, 180_000);
  afterAll(() => stopSession(session));

  it("writes a trip's roles in Japanese, with no bare English 'host'", async () => {
    await model.open("/entity/abe-trip-2007-04?lang=ja");
    await model.showAll();
    await expect.poll(() => model.facts().allInnerTexts().then((t) => t.join("\n")), poll).toContain("アメリカ合衆国大統領");
    const facts = (await model.facts().allInnerTexts()).join("\n");
    expect(facts).toContain("内閣総理大臣");
    expect(facts).toContain("受入国");
    expect(facts).not.toMatch(/\bhost\b|Prime Minister of Japan/);
    // LOOK33: a visit's page gave Mongolia's prime minister 内閣総理大臣, the title of Japan's alone.
    await model.open("/entity/enkhbold-visit-to-japan-2006?lang=ja");
    const visit = (await model.facts().allInnerTexts()).join("\n");
    expect(visit).toContain("エンフボルドが参加した（首相）");
    expect(visit).not.toContain("内閣総理大臣");
  }, 60_000);

  it("marks a role that has no Japanese: English, whole, with the English-only badge", async () => {
    // Every role of the data now has Japanese, so the page is given one that none has: the trip's answer with
    // one role rewritten as new data might write it, before any table translates it.
    const untranslated = "inspected a unit no table has words for";
    const trip = /\/api\/v1\/entities\/abe-trip-2007-04(?:[?/]|$)/;
    await model.page.route(trip, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replaceAll("Abe visited the airlift unit in Kuwait", untranslated) });
    });
    try {
      await model.open("/entity/abe-trip-2007-04?lang=ja");
      const fact = model.facts().filter({ hasText: untranslated });
      await expect.poll(() => fact.locator(".badge.english-only").count(), poll).toBe(1);
      expect(await fact.locator('[lang="en"]').innerText()).toBe(untranslated);
    } finally {
      await model.page.unroute(trip);
    }
  }, 60_000);

  it("writes a source's statement list with Japanese roles in full-width brackets, and marks English-only exactly the notes that have no Japanese", async () => {
    await model.openList("/source/web-kantei-koizumi-crawford-2003?lang=ja");
    await expect.poll(() => model.roles().allInnerTexts(), poll).toContain("アメリカ合衆国大統領");
    const roles = await model.roles().allInnerTexts();
    expect(roles).toEqual(expect.arrayContaining(["内閣総理大臣", "受入国"]));
    // The statement list is written as the timeline's lines (line.ts): full-width brackets, no " (".
    const claims = await model.page.locator("li.statement .claim").allInnerTexts();
    expect(claims.some((c) => c.includes("（アメリカ合衆国大統領）"))).toBe(true);
    expect(claims.filter((c) => c.includes(" ("))).toEqual([]);
    expect(roles.filter((r) => /[A-Za-z]/.test(r))).toEqual([]);
    const listed = (await (await model.page.request.get(`${model.base}/api/v1/sources/web-kantei-koizumi-crawford-2003`)).json()) as { statements: { note: string | null; note_ja: string | null }[] };
    const noted = listed.statements.filter((s) => s.note);
    expect(await model.notes().count()).toBe(noted.length);
    expect(noted.length).toBeGreaterThan(0);
    expect(await model.notes().locator(".badge.english-only").count()).toBe(noted.filter((s) => !s.note_ja).length);
  }, 60_000);

  it("shows the same list in English with no English-only badge", async () => {
    await model.openList("/source/web-kantei-koizumi-crawford-2003");
    await expect.poll(() => model.roles().allInnerTexts(), poll).toContain("President of the United States");
    expect(await model.roles().allInnerTexts()).toContain("host");
    expect(await model.englishOnly().count()).toBe(0);
  }, 60_000);
});
