// The timeline's zoom in headless Chromium: each step from its input (a key, a wheel notch) to the
// frame painted after it, beside a key that does nothing measured in the same run (the cost of a frame
// with no work). Run alone: `node --import tsx bench/timeline.ts`; `npm run bench` runs it from web.ts.
import type { Browser } from "playwright-core";
import { fmt, percentile } from "./stats.js";

const line = (name: string, figure: string, baselineName: string, baseline: string, target?: string) =>
  process.stdout.write(`${name.padEnd(34)} ${figure.padStart(11)}   baseline (${baselineName}) ${baseline.padStart(11)}${target ? `   target ${target}` : ""}\n`);

/** Sorted step times (ms) and those of the do-nothing key taken between them. */
interface Steps {
  frames: number[];
  idle: number[];
}

/**
 * Zoom steps on the timeline at `path`, each followed by a key that does nothing: `key` zooms with
 * "+" (four centuries down to days), `wheel` with Ctrl+wheel notches in then out again around a
 * point left of centre (so each step moves the marks, the ticks and the key events).
 * @example await zoomSteps(browser, "http://127.0.0.1:3000", "/timeline", "wheel")
 */
export async function zoomSteps(browser: Browser, base: string, path: string, how: "key" | "wheel"): Promise<Steps> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  await page.waitForSelector(".timeline-entry", { state: "attached", timeout: 60_000 });
  // (No named functions inside evaluate: tsx's __name helper does not exist in the page.)
  const steps = await page.locator(".timeline-chart svg").evaluate(async (svg, how) => {
    const frames: number[] = [];
    const idle: number[] = [];
    const rect = svg.getBoundingClientRect();
    const n = how === "key" ? 28 : 80;
    for (let i = 0; i < n; i++) {
      const work = i % 2 === 1;
      const t0 = performance.now();
      if (!work) svg.dispatchEvent(new KeyboardEvent("keydown", { key: "x", bubbles: true }));
      else if (how === "key") svg.dispatchEvent(new KeyboardEvent("keydown", { key: "+", bubbles: true }));
      else {
        // 40 notches: 30 in (a factor 0.8 each: 80 years down to about a month), then 10 out.
        const deltaY = i < 60 ? -100 : 100;
        svg.dispatchEvent(new WheelEvent("wheel", { deltaY, ctrlKey: true, clientX: rect.left + rect.width * 0.4, clientY: rect.top + 60, bubbles: true, cancelable: true }));
      }
      const ms = await new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0))));
      (work ? frames : idle).push(ms);
    }
    return { frames: frames.sort((a, b) => a - b), idle: idle.sort((a, b) => a - b) };
  }, how);
  await context.close();
  return steps;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * CPU time (thread time, ms) the page's main thread spends per zoom step (a "+" from four centuries down,
 * or a wheel notch on the default view), and per do-nothing key: unlike the time to paint, it does not
 * grow when other processes take the CPU (this machine is shared), so a before/after comparison holds
 * on a loaded machine.
 * @example await mainThreadPerStep(browser, "http://127.0.0.1:3000", "wheel") // { step: 15.7, idle: 2.0 }
 */
export async function mainThreadPerStep(browser: Browser, base: string, how: "key" | "wheel"): Promise<{ step: number; idle: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const path = how === "key" ? "/timeline?from=1600&to=2025" : "/timeline";
  const traced = async (work: boolean) => {
    await page.goto(`${base}${path}`);
    await page.waitForSelector(".timeline-entry", { state: "attached", timeout: 60_000 });
    await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"] });
    const n = await page.locator(".timeline-chart svg").evaluate(
      async (svg, { work, how }) => {
        const rect = svg.getBoundingClientRect();
        // As zoomSteps: 14 keys (four centuries down to days) or 40 notches (30 in, 10 out).
        const n = how === "key" ? 14 : 40;
        for (let i = 0; i < n; i++) {
          if (!work) svg.dispatchEvent(new KeyboardEvent("keydown", { key: "x", bubbles: true }));
          else if (how === "key") svg.dispatchEvent(new KeyboardEvent("keydown", { key: "+", bubbles: true }));
          else svg.dispatchEvent(new WheelEvent("wheel", { deltaY: i < 30 ? -100 : 100, ctrlKey: true, clientX: rect.left + rect.width * 0.4, clientY: rect.top + 60, bubbles: true, cancelable: true }));
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        }
        return n;
      },
      { work, how },
    );
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    const main = new Set(events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
    return events.filter((e) => e.ph === "X" && e.name === "RunTask" && main.has(`${e.pid}:${e.tid}`)).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000 / n;
  };
  // Each on a page loaded afresh, so that the keys start from four centuries again.
  const idle = await traced(false);
  const step = await traced(true);
  await context.close();
  return { step, idle };
}

/** Prints the timeline's zoom figures: keys over four centuries, the wheel on the default (unfiltered) view. */
export async function benchTimeline(browser: Browser, base: string): Promise<void> {
  const keys = await zoomSteps(browser, base, "/timeline?from=1600&to=2025", "key");
  line("timeline zoom step p50 (to paint)", fmt(percentile(keys.frames, 50)), "a key that does nothing", fmt(percentile(keys.idle, 50)), "< 100 ms");
  line("timeline zoom step p95 (to paint)", fmt(percentile(keys.frames, 95)), "a key that does nothing", fmt(percentile(keys.idle, 95)), "< 50 ms");
  const wheel = await zoomSteps(browser, base, "/timeline", "wheel");
  line("timeline wheel zoom p50 (1945–)", fmt(percentile(wheel.frames, 50)), "a key that does nothing", fmt(percentile(wheel.idle, 50)));
  line("timeline wheel zoom p95 (1945–)", fmt(percentile(wheel.frames, 95)), "a key that does nothing", fmt(percentile(wheel.idle, 95)), "< 50 ms");
  const keyCpu = await mainThreadPerStep(browser, base, "key");
  line("timeline key main-thread CPU/step", fmt(keyCpu.step), "a key that does nothing", fmt(keyCpu.idle));
  const cpu = await mainThreadPerStep(browser, base, "wheel");
  line("timeline wheel main-thread CPU/step", fmt(cpu.step), "a key that does nothing", fmt(cpu.idle));
}

// Run alone: the server, the browser and the built explorer of the browser tests.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { chromiumAvailable, CHROMIUM, ensureExplorerBuilt, launchBrowser, startServer } = await import("../test/e2e/harness.js");
  if (!chromiumAvailable()) {
    process.stdout.write(`timeline bench skipped: no Chromium at ${CHROMIUM}\n`);
  } else {
    ensureExplorerBuilt();
    const server = await startServer();
    const browser = await launchBrowser();
    try {
      await benchTimeline(browser, server.url);
    } finally {
      await browser.close();
      await server.stop();
    }
  }
}
