// What the screen-review browser tests share (reader-flaws, screens): one server, browser and page per
// file, the page model that opens an address at a phone's or a desktop's width, and a page without
// JavaScript for what the server alone answers.
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startSession, stopSession, type Session } from "./harness.js";
import { ExplorerPage } from "./pages.js";

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
/** How long a web-first assertion waits for the page's data. */
export const poll = { timeout: 15_000 };

type Viewport = typeof PHONE;

/** Any explorer page, opened at a given width (the file's own by default). */
export class ScreenPage extends ExplorerPage {
  constructor(
    page: Page,
    base: string,
    readonly viewport: Viewport,
  ) {
    super(page, base);
  }

  override async open(path: string, viewport: Viewport = this.viewport): Promise<void> {
    await this.page.setViewportSize(viewport);
    await super.open(path);
  }

  main(): Locator {
    return this.page.locator("main");
  }
}

/**
 * Starts a session for the tests of one describe block (before them; stopped after them) and hands
 * out its page model.
 * @example const { screen } = useScreenSession(PHONE); await screen().open("/list/agreements");
 */
export function useScreenSession(viewport: Viewport): { session: () => Session; screen: () => ScreenPage } {
  let session: Session | undefined;
  let screen: ScreenPage | undefined;
  beforeAll(async () => {
    session = await startSession(viewport);
    screen = new ScreenPage(session.page, session.server.url, viewport);
  }, 240_000);
  afterAll(() => stopSession(session));
  return { session: () => session!, screen: () => screen! };
}

/**
 * A page in a context of its own with JavaScript off: what a reader, a crawler or a link preview gets
 * from the server's HTML alone. Close it with `page.context().close()`.
 * @example const bare = await noScriptPage(session()); await bare.open("/entity/japn");
 */
export async function noScriptPage(session: Session, viewport: Viewport = DESKTOP): Promise<ScreenPage> {
  const context = await session.browser.newContext({ javaScriptEnabled: false, viewport });
  return new ScreenPage(await context.newPage(), session.server.url, viewport);
}
