// The explorer in headless Chromium: first-page JavaScript (gzipped), time to a rendered map, and
// slider redraws, each beside a baseline page that draws the same map from the same data with no
// framework (inline d3-geo + topojson-client) in the same run; timeline zoom frames; entity pages'
// JSON beside their whole statement lists, and their first text with and without the HTML shell.
import { createServer, type Server as HttpServer } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable, CHROMIUM, ensureExplorerBuilt, launchBrowser, startServer } from "../test/e2e/harness.js";
import { fmt, median, percentile } from "./stats.js";
import { benchTimeline } from "./timeline.js";

const require = createRequire(import.meta.url);
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 7);
const YEARS = Array.from({ length: 40 }, (_, i) => 1950 + i);

const line = (name: string, figure: string, baselineName: string, baseline: string, target?: string) =>
  process.stdout.write(`${name.padEnd(34)} ${figure.padStart(11)}   baseline (${baselineName}) ${baseline.padStart(11)}${target ? `   target ${target}` : ""}\n`);

/** The baseline: one static HTML page with inline d3-geo drawing the TopoJSON, coloured from the same API. */
async function baselineHtml(apiBase: string): Promise<string> {
  const script = `
    import { geoEqualEarth, geoPath } from "d3-geo";
    import { feature } from "topojson-client";
    const FILL = { "diplomatic-relations": "#1f7a63", "recognized-no-relations": "#9cc3e0", severed: "#e08a1e", "at-war": "#7b1e1e", none: "#d9c79e", unknown: "#a7a7a7", "not-yet-existing": "#f2f2f2", "no-longer-existing": "#e2e2e2" };
    const svg = document.getElementById("map");
    const paths = new Map();
    async function colour(asOf) {
      const rel = await (await fetch("${apiBase}/api/v1/relations?asOf=" + asOf)).json();
      const byIso = new Map(rel.relations.filter((r) => r.isoNumeric).map((r) => [r.isoNumeric, r.status]));
      for (const [id, p] of paths) p.setAttribute("fill", FILL[byIso.get(id)] || "#fff");
      await new Promise((ok) => requestAnimationFrame(() => ok()));
      svg.setAttribute("data-rendered-as-of", rel.asOf);
    }
    window.redraw = colour;
    const topo = await (await fetch("/countries-110m.json")).json();
    const path = geoPath(geoEqualEarth().fitExtent([[4, 4], [956, 466]], { type: "Sphere" }));
    for (const f of feature(topo, topo.objects.countries).features) {
      const el = document.createElementNS("http://www.w3.org/2000/svg", "path");
      el.setAttribute("d", path(f) || "");
      el.setAttribute("stroke", "#7d868e");
      svg.appendChild(el);
      paths.set(f.id, el);
    }
    await colour("1975");
  `;
  const out = await build({ stdin: { contents: script, resolveDir: process.cwd(), loader: "js" }, bundle: true, format: "esm", minify: true, write: false, target: "es2022" });
  const js = out.outputFiles[0]!.text;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline map</title></head><body><svg id="map" viewBox="0 0 960 470" style="width:100%"></svg><script type="module">${js}</script></body></html>`;
}

function serveBaseline(html: string): Promise<{ url: string; server: HttpServer }> {
  const atlas = readFileSync(require.resolve("world-atlas/countries-110m.json"));
  const server = createServer((req, res) => {
    if (req.url === "/countries-110m.json") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(atlas);
    } else {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

/** Milliseconds from navigation start to the map's colours painted (its data-rendered-as-of set). */
async function timeToMap(browser: Browser, url: string): Promise<{ ms: number; scripts: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto(url);
  await page.waitForSelector("svg[data-rendered-as-of]", { state: "attached", timeout: 20_000 });
  const ms = await page.evaluate(() => {
    const t = performance.getEntriesByType("mark").find((m) => m.name === "map-rendered");
    return t ? t.startTime : performance.now();
  });
  await context.close();
  return { ms, scripts };
}

/** Marks the moment the map's data-rendered-as-of first appears (installed before any page script). */
const MARK_RENDER = () => {
  new MutationObserver((_, obs) => {
    if (document.querySelector("svg[data-rendered-as-of]")) {
      performance.mark("map-rendered");
      obs.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-rendered-as-of"] });
};

/** Moves the date year by year and times each redraw (input → colours painted). */
async function redraws(page: Page, move: "slider" | "baseline"): Promise<number[]> {
  return page.evaluate(
    async ({ years, move }) => {
      const svg = document.querySelector("svg[data-rendered-as-of]")!;
      const out: number[] = [];
      for (const year of years) {
        const before = svg.getAttribute("data-rendered-as-of");
        const changed = new Promise<void>((ok) => {
          const obs = new MutationObserver(() => {
            if (svg.getAttribute("data-rendered-as-of") !== before) {
              obs.disconnect();
              ok();
            }
          });
          obs.observe(svg, { attributes: true, attributeFilter: ["data-rendered-as-of"] });
        });
        const t0 = performance.now();
        if (move === "slider") {
          const input = document.querySelector<HTMLInputElement>('input[type="range"]')!;
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, String(year));
          input.dispatchEvent(new Event("input", { bubbles: true }));
        } else {
          void (window as unknown as { redraw: (y: string) => Promise<void> }).redraw(String(year));
        }
        await changed;
        out.push(performance.now() - t0);
      }
      return out.sort((a, b) => a - b);
    },
    { years: YEARS, move },
  );
}

async function openMap(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(url);
  await page.waitForSelector("svg[data-rendered-as-of]", { state: "attached", timeout: 20_000 });
  return page;
}

async function main(): Promise<void> {
  process.stdout.write(`\nexplorer in headless Chromium (${RUNS} cold loads each; redraws over ${YEARS.length} years)\n`);
  if (!chromiumAvailable()) {
    process.stdout.write(`  skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)\n`);
    return;
  }
  ensureExplorerBuilt();
  const gaiko = await startServer();
  const baseline = await serveBaseline(await baselineHtml(gaiko.url));
  const browser = await launchBrowser();
  try {
    // First-page JavaScript: every script the explorer's home loads, gzipped (level 9) as a server would send it.
    const first = await timeToMap(browser, `${gaiko.url}/?asOf=1975`);
    let raw = 0;
    let gz = 0;
    for (const src of new Set(first.scripts)) {
      const body = Buffer.from(await (await fetch(src)).arrayBuffer());
      raw += body.length;
      gz += gzipSync(body, { level: 9 }).length;
    }
    const baseBody = Buffer.from(await baselineHtml(gaiko.url));
    line("first-page JS, gzipped", `${(gz / 1024).toFixed(1)} KB`, "baseline page, whole HTML", `${(gzipSync(baseBody, { level: 9 }).length / 1024).toFixed(1)} KB`, "≤ 150 KB");
    process.stdout.write(`  (${new Set(first.scripts).size} script(s), ${(raw / 1024).toFixed(0)} KB before compression; the network view loads only on /network)\n`);

    // Time to a rendered map, cold (new context each run, so no HTTP cache).
    const ours: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const ctxA = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await ctxA.addInitScript(MARK_RENDER);
      const a = await ctxA.newPage();
      await a.goto(`${gaiko.url}/?asOf=1975`);
      await a.waitForSelector("svg[data-rendered-as-of]", { state: "attached", timeout: 20_000 });
      ours.push(await a.evaluate(() => performance.getEntriesByName("map-rendered")[0]?.startTime ?? performance.now()));
      await ctxA.close();
      const ctxB = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await ctxB.addInitScript(MARK_RENDER);
      const b = await ctxB.newPage();
      await b.goto(`${baseline.url}/`);
      await b.waitForSelector("svg[data-rendered-as-of]", { state: "attached", timeout: 20_000 });
      base.push(await b.evaluate(() => performance.getEntriesByName("map-rendered")[0]?.startTime ?? performance.now()));
      await ctxB.close();
    }
    ours.sort((x, y) => x - y);
    base.sort((x, y) => x - y);
    line("time to rendered map (median)", fmt(median(ours)), "no-framework page", fmt(median(base)), "< 1000 ms");
    line("time to rendered map (worst)", fmt(ours[ours.length - 1]!), "no-framework page", fmt(base[base.length - 1]!));

    // Slider redraws: first pass fetches each year's relations from the API; second pass has them cached.
    const page = await openMap(browser, `${gaiko.url}/?asOf=1949`);
    const cold = await redraws(page, "slider");
    const warm = await redraws(page, "slider");
    const basePage = await openMap(browser, `${baseline.url}/`);
    const baseCold = await redraws(basePage, "baseline");
    line("slider redraw p50 (fetch + paint)", fmt(percentile(cold, 50)), "no-framework recolour", fmt(percentile(baseCold, 50)), "< 50 ms");
    line("slider redraw p95 (fetch + paint)", fmt(percentile(cold, 95)), "no-framework recolour", fmt(percentile(baseCold, 95)));
    line("slider redraw p95 (cached data)", fmt(percentile(warm, 95)), "no-framework recolour", fmt(percentile(baseCold, 95)), "< 50 ms");

    // Timeline zoom: input to painted frame, keys over four centuries and the wheel on the default view (bench/timeline.ts).
    await benchTimeline(browser, gaiko.url);

    await entityPages(browser, gaiko.url);
  } finally {
    await browser.close();
    baseline.server.close();
    await gaiko.stop();
  }
}

/** Marks the moment the page's first heading has text (installed before any page script). */
// (No named inner functions: tsx's __name helper does not exist in the page.)
const MARK_HEADING = () => {
  new MutationObserver((_, obs) => {
    if (document.querySelector("h1")?.textContent?.trim()) {
      performance.mark("heading");
      obs.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
};

/**
 * Entity pages: the JSON each page loads on first view (its entity-API answers, decoded) beside the
 * whole statement list of the same entity; and the time to the first readable text (the heading) with
 * the server's HTML shell and without it (the document swapped for the bare built index.html).
 */
async function entityPages(browser: Browser, base: string): Promise<void> {
  for (const id of ["japan", "china", "united-states"]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let bytes = 0;
    page.on("response", (r) => {
      if (r.url().includes("/api/v1/entities/")) void r.body().then((b) => (bytes += b.length), () => undefined);
    });
    await page.goto(`${base}/entity/${id}`);
    await page.waitForSelector(".fact-box", { timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    await context.close();
    const all = Buffer.byteLength(await (await fetch(`${base}/api/v1/entities/${id}`)).text());
    line(`${id} page JSON (first view)`, `${(bytes / 1024).toFixed(0)} KB`, "the API's default answer", `${(all / 1024).toFixed(0)} KB`, id === "japan" ? "< 300 KB" : undefined);
  }
  const bare = readFileSync(join(import.meta.dirname, "..", "web", "dist", "index.html"), "utf8");
  const shell: number[] = [];
  const spa: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const [out, swap] of [[shell, false], [spa, true]] as const) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await context.addInitScript(MARK_HEADING);
      const page = await context.newPage();
      if (swap) await page.route(/\/entity\/china(\?|$)/, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: bare }));
      await page.goto(`${base}/entity/china`);
      await page.waitForFunction(() => performance.getEntriesByName("heading").length > 0, undefined, { timeout: 30_000 });
      out.push(await page.evaluate(() => performance.getEntriesByName("heading")[0]!.startTime));
      await context.close();
    }
  }
  shell.sort((a, b) => a - b);
  spa.sort((a, b) => a - b);
  line("first text, China page (median)", fmt(median(shell)), "no HTML shell, JS only", fmt(median(spa)));
}

await main();
