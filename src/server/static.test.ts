import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { serveExplorer } from "./static.js";

const dir = mkdtempSync(join(tmpdir(), "gaiko-static-"));
const root = join(dir, "site");
mkdirSync(join(root, "assets"), { recursive: true });
writeFileSync(join(root, "index.html"), "<!doctype html><title>explorer</title>");
writeFileSync(join(root, "assets", "app-1234abcd.js"), "console.log(1)");
writeFileSync(join(dir, "secret.txt"), "do not serve me");
const app = new Hono().use("*", serveExplorer(root));
app.get("/api/v1/x", (c) => c.text("api"));

// With a page maker, as the server runs it: the status and HTML of an address come from it.
const shelled = new Hono().use(
  "*",
  serveExplorer(root, (url, template) => ({ status: url.pathname === "/nowhere" ? 404 : 200, html: template.replace("explorer", `page for ${url.pathname}`), message: "no page here" })),
);

describe("serveExplorer", () => {
  it.each([
    ["/nowhere", 404, "<title>page for /nowhere</title>"],
    ["/state/japan", 200, "<title>page for /state/japan</title>"],
    ["/", 200, "<title>page for /</title>"],
    ["/index.html", 200, "<title>explorer</title>"],
  ])("answers %s with the page maker's status %i and page, files as they are", async (path, status, text) => {
    const r = await shelled.request(path, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(r.status).toBe(status);
    expect(r.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await r.text()).toContain(text);
  });

  it("answers a client that does not accept HTML in the API's error shape", async () => {
    const r = await shelled.request("/nowhere", { headers: { accept: "application/json" } });
    expect(r.status).toBe(404);
    expect(await r.json()).toEqual({ error: { status: 404, code: "not-found", message: "no page here" } });
    expect((await shelled.request("/state/japan")).status).toBe(200);
  });

  it("serves assets untouched beside a page maker", async () => {
    expect(await (await shelled.request("/assets/app-1234abcd.js")).text()).toBe("console.log(1)");
  });

  it("serves files with their type and long caching for hashed assets", async () => {
    const r = await app.request("/assets/app-1234abcd.js");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/javascript/);
    expect(r.headers.get("cache-control")).toMatch(/immutable/);
  });

  it("falls back to index.html for client-side routes and leaves /api alone", async () => {
    expect(await (await app.request("/state/japan")).text()).toContain("<title>explorer</title>");
    expect(await (await app.request("/api/v1/x")).text()).toBe("api");
  });

  it.each([
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/assets/%2e%2e/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/..%5csecret.txt",
    "/%252e%252e/secret.txt",
    "/assets/%00.js",
    "/%E0%A4%A",
  ])("refuses %s without reading outside the site", async (path) => {
    const r = await app.request(path);
    const text = await r.text();
    expect(text).not.toContain("do not serve me");
    expect([200, 400]).toContain(r.status);
    if (r.status === 200) expect(text).toContain("<title>explorer</title>");
  });
});
