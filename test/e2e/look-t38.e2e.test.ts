// Statements read in their own time, on a phone in Japanese and English (THEN38): an undated party or member
// whose state or body has ended read in the present ("South Vietnam has been a party to …", ソビエト連邦は…に
// 加盟している), an undated membership nothing dates read as still held ("The United States has been a member of
// the Allied Council for Japan"), and the timeline wrote 台湾 加盟 for the China seat of 1945–1971, which was the
// Republic of China's. Each test fails on the pages as they were.
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "./harness.js";
import { PHONE, poll, useScreenSession } from "./screen.js";

describe.skipIf(!chromiumAvailable())("statements read in their own time, on a phone (THEN38)", () => {
  const { screen } = useScreenSession(PHONE);
  const facts = () => screen().page.locator("li.fact").allTextContents().then((t) => t.join("\n"));

  it("tells a party that no longer exists in the past, in Japanese", async () => {
    await screen().open("/entity/japan-south-vietnam-reparations-agreement?lang=ja");
    await expect.poll(facts, { ...poll, timeout: 60_000 }).toMatch(/南ベトナムは日本国とヴィエトナム共和国との間の賠償協定の締約国だった/);
    expect(await facts()).not.toMatch(/南ベトナムは[^\n]*締約国である/);
  }, 90_000);

  // The council sat from 1946 to April 1952 (DATA29 recorded its existence after THEN38 wrote this test, when only the
  // Soviet Union's row could be told in the past and the others were told as joined): every member now in the past.
  it("tells the Allied Council's members as they stand today: in the past, the council having ended in 1952", async () => {
    await screen().open("/entity/allied-council-for-japan");
    await expect.poll(facts, poll).toMatch(/The Soviet Union was a member of the Allied Council for Japan/);
    expect(await facts()).toMatch(/The United States was a member of the Allied Council for Japan/);
    expect(await facts()).not.toMatch(/has been a member of the Allied Council/);
  }, 90_000);

  it("names the China seat on the Security Council from 1945 the Republic of China's (中華民国) on the timeline", async () => {
    await screen().open("/timeline?with=taiwan&from=1945&to=1972&lang=ja");
    const lines = () => screen().page.locator(".timeline-entry .claim").allTextContents().then((t) => t.join("\n"));
    await expect.poll(lines, { ...poll, timeout: 60_000 }).toMatch(/中華民国 加盟 国際連合安全保障理事会/);
    expect(await lines()).not.toMatch(/台湾 加盟 国際連合/);
    // The name of then links the entity it always was.
    const link = screen().page.locator(".timeline-entry .claim a", { hasText: "中華民国" }).first();
    expect(await link.getAttribute("href")).toMatch(/^\/entity\/taiwan/);
  }, 90_000);
});
