import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import type { MiddlewareHandler } from "hono";
import { getMimeType } from "hono/utils/mime";
import { errorBody } from "./errors.js";

/**
 * Serves the built explorer from `root` (web/dist). A path is decoded once and refused (400) if it holds
 * a `..` segment, a backslash or a NUL, or if it resolves outside `root` (after following the decoded
 * path), so no request can read a file beside the explorer. Paths that are not files fall back to
 * index.html, for the explorer's client-side routes; /api paths are left to the API.
 */
export function serveExplorer(root: string): MiddlewareHandler {
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
    const target = existsSync(file) && statSync(file).isFile() ? file : existsSync(index) ? index : undefined;
    if (!target) return next();
    const type = getMimeType(target) ?? "application/octet-stream";
    const immutable = target !== index && /[.-][0-9a-zA-Z_-]{8,}\.(js|css|woff2?|png|svg)$/.test(target);
    return c.body(readFileSync(target), 200, {
      "content-type": type,
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    });
  };
}
