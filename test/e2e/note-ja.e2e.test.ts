// Notes in Japanese (issue 15 item 5): a Japanese page shows a statement's note_ja with no English-only
// badge, and the English note with the badge where the data has no Japanese; English pages show the
// English note, unmarked. The server reads a copy of the database in which, of the two sides' positions
// in the East China Sea dispute, one has a Japanese note and the other has none (the data helpers are
// translating every note, so the copy makes the "no Japanese" case certain).
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedEnv } from "../shared.js";
import { chromiumAvailable, ROOT, sharedFullBuild, startSession, stopSession, type Session } from "./harness.js";
import { ExplorerPage } from "./pages.js";

const poll = { timeout: 20_000 };
const DISPUTE = "east-china-sea-dispute";
const SOURCE = "web-mofa-legal-position-east-china-sea-resources";

interface Noted { id: string; note: string; note_ja: string | null }

/** A page that lists statements: the facts of an entity page, the statements of a source page. */
class NotesPage extends ExplorerPage {
  item(id: string): Locator {
    return this.page.locator(`li[data-statement="${id}"]`);
  }
  badges(id: string): Locator {
    return this.item(id).locator(".english-only");
  }
}

/**
 * A copy of the database (GAIKO_E2E_DB's, else the run's shared full build of data/ from test/global-setup.ts,
 * else one built from data/ here) with one note in Japanese and one not. The shared build is what `gaiko build`
 * makes of data/; copying it spares a second full build (about 40 s on a loaded 2-CPU machine).
 */
function databaseWithOneJapaneseNote(dir: string): { path: string; withJa: Noted; withoutJa: Noted } {
  const path = join(dir, "notes.db");
  const given = process.env["GAIKO_E2E_DB"] ?? sharedFullBuild();
  if (given) copyFileSync(resolve(given), path);
  else {
    const built = spawnSync(process.execPath, [join(ROOT, "bin", "gaiko.js"), "build", "--db", path], { cwd: ROOT, env: { ...process.env, GAIKO_SHARED: sharedEnv() }, encoding: "utf8" });
    if (built.status !== 0) throw new Error(`gaiko build failed:\n${built.stderr}`);
  }
  const db = new Database(path);
  try {
    const [a, b] = db
      .prepare("SELECT id, note, note_ja FROM statements WHERE p = 'claims' AND object = ? AND note IS NOT NULL AND id IN (SELECT statement_id FROM statement_sources WHERE source_id = ?) ORDER BY subject")
      .all(DISPUTE, SOURCE) as Noted[];
    if (!a || !b) throw new Error(`${DISPUTE}: expected two positions with notes cited to ${SOURCE}`);
    const withJa = { ...a, note_ja: a.note_ja ?? "日本語の注記（試験用）。" };
    db.prepare("UPDATE statements SET note_ja = ? WHERE id = ?").run(withJa.note_ja, a.id);
    db.prepare("UPDATE statements SET note_ja = NULL WHERE id = ?").run(b.id);
    return { path, withJa, withoutJa: { ...b, note_ja: null } };
  } finally {
    db.close();
  }
}

describe.runIf(chromiumAvailable())("notes in the reader's language", () => {
  const dir = mkdtempSync(join(tmpdir(), "gaiko-e2e-notes-"));
  let session: Session | undefined;
  let page: NotesPage;
  let withJa: Noted;
  let withoutJa: Noted;

  beforeAll(async () => {
    const made = databaseWithOneJapaneseNote(dir);
    ({ withJa, withoutJa } = made);
    const before = process.env["GAIKO_E2E_DB"];
    process.env["GAIKO_E2E_DB"] = made.path;
    try {
      session = await startSession();
    } finally {
      if (before === undefined) delete process.env["GAIKO_E2E_DB"];
      else process.env["GAIKO_E2E_DB"] = before;
    }
    page = new NotesPage(session.page, session.server.url);
  }, 240_000);
  afterAll(async () => {
    await stopSession(session);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["an entity page", `/entity/${DISPUTE}`],
    ["a source page", `/source/${SOURCE}`],
  ])("shows the Japanese note with no English-only badge on %s in Japanese, and the English note marked where there is none", async (_, path) => {
    await page.open(`${path}?lang=ja`);
    await expect.poll(() => page.item(withJa.id).innerText(), poll).toContain(withJa.note_ja!);
    expect(await page.item(withJa.id).innerText()).not.toContain(withJa.note);
    expect(await page.badges(withJa.id).count()).toBe(0);
    await expect.poll(() => page.item(withoutJa.id).innerText(), poll).toContain(withoutJa.note);
    expect(await page.badges(withoutJa.id).count()).toBe(1);
    // The badge keeps its look on every page, not only the entity page (its style comes with Role.tsx).
    expect(await page.badges(withoutJa.id).evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(238, 241, 244)");
  });

  it.each([
    ["an entity page", `/entity/${DISPUTE}`],
    ["a source page", `/source/${SOURCE}`],
  ])("shows both English notes unmarked on %s in English", async (_, path) => {
    await page.open(path);
    for (const s of [withJa, withoutJa]) {
      await expect.poll(() => page.item(s.id).innerText(), poll).toContain(s.note);
      expect(await page.item(s.id).innerText()).not.toContain(withJa.note_ja!);
      expect(await page.badges(s.id).count()).toBe(0);
    }
  });
});
