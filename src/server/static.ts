import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import type { MiddlewareHandler } from "hono";
import { getMimeType } from "hono/utils/mime";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { errorBody } from "./errors.js";

/** The explorer's HTML for an address that is not a file: its status, the page, and what is wrong when it is 4xx (see shell.ts). */
export type ShellRenderer = (url: URL, template: string) => { status: number; html: string; message: string };

/**
 * Serves the built explorer from `root` (web/dist). A path is decoded once and refused (400) if it holds
 * a `..` segment, a backslash or a NUL, or if it resolves outside `root` (after following the decoded
 * path), so no request can read a file beside the explorer. Paths that are not files fall back to
 * index.html, for the explorer's client-side routes, made by `shell` when given (its title, text and
 * status: 404 for an address the explorer has no page for). A 4xx page goes to clients that accept
 * HTML (browsers); others get the API's one error shape. /api paths are left to the API.
 *
 * @example app.use("*", serveExplorer("web/dist", (url, t) => { const p = explorerPage(store, url); return { status: p.status, html: renderShell(t, p) }; }))
 */
export function serveExplorer(root: string, shell?: ShellRenderer): MiddlewareHandler {
  const base = resolve(root);
  const index = join(base, "index.html");
  return async (c, next) => {
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || c.req.path.startsWith("/api/")) return next();
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.json(errorBody(400, "bad-path", "the path is not valid percent-encoding"), 400);
    }
    if (path.split("/").includes("..") || path.includes("\\") || path.includes("\0")) {
      return c.json(errorBody(400, "bad-path", "the path may not contain '..', '\\' or NUL"), 400);
    }
    const file = resolve(base, "." + path);
    if (file !== base && !file.startsWith(base + sep)) return c.json(errorBody(400, "bad-path", "the path leaves the site"), 400);
    const isFile = existsSync(file) && statSync(file).isFile();
    const target = isFile ? file : existsSync(index) ? index : undefined;
    if (!target) return next();
    if (!isFile && shell) {
      const page = shell(new URL(c.req.url), readFileSync(index, "utf8"));
      if (page.status >= 400 && !/\btext\/html\b/.test(c.req.header("accept") ?? "")) {
        return c.json(errorBody(page.status, page.status === 404 ? "not-found" : "invalid-parameter", page.message), page.status as ContentfulStatusCode);
      }
      return c.body(page.html, page.status as ContentfulStatusCode, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" });
    }
    const type = getMimeType(target) ?? "application/octet-stream";
    const immutable = target !== index && /[.-][0-9a-zA-Z_-]{8,}\.(js|css|woff2?|png|svg)$/.test(target);
    return c.body(readFileSync(target), 200, {
      "content-type": type,
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    });
  };
}
