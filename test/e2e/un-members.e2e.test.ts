// The United Nations' page as of a date (issues 15 and 16): the count of members the engine gives for the
// page's day, in English and Japanese. The figures are the sources' (see test/asof/un-members.test.ts).
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "./harness.js";
import { DESKTOP, poll, useScreenSession } from "./screen.js";

describe.skipIf(!chromiumAvailable())("the United Nations page as of a date", () => {
  const { screen } = useScreenSession(DESKTOP);

  it.each([
    ["/entity/united-nations?asOf=1960-01-01", "82 recorded members on 1 January 1960"],
    ["/entity/united-nations?asOf=1960-01-01&lang=ja", "1960年1月1日時点で記録されている加盟国・機関：82"],
    ["/entity/united-nations?asOf=2011-07-14", "193 recorded members on 14 July 2011"],
  ])("%s counts its members: %j", async (path, want) => {
    await screen().open(path);
    const line = screen().page.locator("p.members-on-day");
    await expect.poll(() => line.textContent(), poll).toBe(want);
  });

  it("writes no member count on a state's page", async () => {
    await screen().open("/entity/japan?asOf=1960-01-01");
    await expect.poll(() => screen().heading().textContent(), poll).toContain("Japan");
    expect(await screen().page.locator("p.members-on-day").count()).toBe(0);
  });
});
