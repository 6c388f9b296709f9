// Hostile input on every route of the OpenAPI document (issue 12 item 2): each parameter in turn gets
// very long strings, NUL bytes, FTS5 syntax, impossible EDTF dates, huge and odd numbers, traversal,
// broken percent-encoding and random strings; every path also gets wrong methods, the check route
// wrong content types and binary bodies, and the explorer traversal in its static paths. The answer is
// never a 5xx, an error is always the one error shape with no stack trace or file path, and each comes
// within 2 s. The routes are read from the document, so a new route is covered without a new line here.
import fc from "fast-check";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { Agent, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { startServer, type Serving } from "../../src/server/serve.js";
import { fixtureStoreWithVotes, ROOT } from "../helpers.js";

const { store } = await fixtureStoreWithVotes();

interface Parameter { name: string; in: "path" | "query"; required?: boolean; schema?: { enum?: string[] } }
interface Operation { parameters?: Parameter[]; requestBody?: { content: Record<string, unknown> } }
const doc = (await (await createApp(store).request("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, Operation>> };
const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })));

/** Percent-encodes every byte that is not unreserved, so that any string (lone surrogates too) can be sent. */
const enc = (s: string) => [...Buffer.from(s, "utf8")].map((b) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, "0").toUpperCase()}`)).join("");

/** Values sent already encoded, as a client could: broken escapes and encoded traversal. */
const RAW = ["%", "%zz", "%E0%A4%A", "%ED%A0%80", "%C0%AE%C0%AE%2F", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e", "a%00b", "%FF%FE"];
const HOSTILE = [
  "", " ", "a".repeat(1500), "a".repeat(5000), "\0", "a\0b", "日本\0",
  '"', '"unterminated', "NEAR(japan china, 2)", "japan*", "^japan", "japan OR china", "-japan", "name_en:japan", "(", ")", "{a b}", "japan AND", "*",
  "1972-13-45", "1972-02-30", "Y170000002", "Y-300000", "99999999999999999999", "-1", "0", "1972/", "../..", "1972-09-29/..", "..", "1972-XX-XX", "1972?~%",
  "99999999999999999999999", "1e308", "0x10", "NaN", "Infinity", "-0", "4294967296", "9007199254740993",
  "../../../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "japan/../../etc/passwd",
  "<script>alert(1)</script>", "' OR 1=1 --", "japan'; DROP TABLE entities; --", "🇯🇵", "\u202eRTL", "\uffff", "\ud800", "japan,china,,,", ",".repeat(300),
];
const RANDOM = fc.sample(fc.string({ unit: "binary", maxLength: 80 }), { seed: 1956, numRuns: 12 });

/** A valid value for a parameter, so that each hostile value is tried on its own. */
function valid(p: Parameter): string {
  if (p.schema?.enum) return p.schema.enum[0]!;
  return ({ q: "japan", with: "china", id: "japan", name: "gdp" } as Record<string, string>)[p.name] ?? "japan";
}

function url(path: string, params: Parameter[], hostile?: { name: string; value: string }): string {
  let out = path;
  const query: string[] = [];
  for (const p of params) {
    const value = hostile?.name === p.name ? hostile.value : p.required || p.in === "path" ? enc(valid(p)) : undefined;
    if (value === undefined) continue;
    if (p.in === "path") out = out.replace(`{${p.name}}`, value);
    else query.push(`${p.name}=${value}`);
  }
  return query.length ? `${out}?${query.join("&")}` : out;
}

interface Answer { status: number; type: string; body: string; ms: number }
let server: Serving;
const agent = new Agent({ keepAlive: true, maxSockets: 4 });

function send(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer): Promise<Answer> {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const req = request({ host: "127.0.0.1", port: server.port, method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode!, type: res.headers["content-type"] ?? "", body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - t0 }));
    });
    req.on("error", fail);
    req.end(body);
  });
}

/** Server-side paths and stack frames (a client's own value quoted back, "../../etc/passwd", is neither). */
const PATH_OR_STACK = new RegExp(`${[ROOT, tmpdir()].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}|node_modules|\\.[cm]?[jt]sx?:\\d+|\\bat \\S+ \\(|\\n\\s+at `);

/** The properties every answer to a hostile request must have. */
function expectHarmless(a: Answer, what: string): void {
  expect(a.status, what).toBeLessThan(500);
  expect(a.ms, what).toBeLessThan(2000);
  expect(a.body, what).not.toContain("root:x:0:0");
  if (a.status >= 400) {
    expect(a.type, what).toMatch(/^application\/json/);
    const body = JSON.parse(a.body) as { error: { status: number; code: string; message: string } };
    expect(body.error.status, what).toBe(a.status);
    expect(typeof body.error.code, what).toBe("string");
    expect(body.error.message, what).not.toMatch(PATH_OR_STACK);
  } else {
    expect(a.body, what).not.toMatch(/\n\s+at \S+ \(/);
  }
}

beforeAll(async () => {
  const web = mkdtempSync(join(tmpdir(), "gaiko-hostile-web-"));
  mkdirSync(join(web, "assets"));
  writeFileSync(join(web, "index.html"), "<!doctype html><title>gaiko</title>");
  writeFileSync(join(web, "assets", "app-0123456789.js"), "console.log('gaiko')");
  server = await startServer(store, { port: 0, host: "127.0.0.1", checkWorkers: 1, webRoot: web });
});
afterAll(() => {
  agent.destroy();
  return new Promise<void>((ok) => (server.server as Server).close(() => ok()));
});

describe.each(routes)("$method $path", ({ path, method, op }) => {
  const params = op.parameters ?? [];
  const body = op.requestBody ? Buffer.from("Japan joined the United Nations in 1956.") : undefined;
  const headers: Record<string, string> = op.requestBody ? { "content-type": Object.keys(op.requestBody.content)[0]! } : {};

  it.each(params.map((p) => [p.name, p] as const))("survives hostile values of %s", async (_name, p) => {
    const values = [...HOSTILE.map(enc), ...RANDOM.map(enc), ...RAW];
    for (const value of values) {
      const target = url(path, params, { name: p.name, value });
      expectHarmless(await send(method, target, headers, body), `${method} ${target.slice(0, 200)}`);
    }
  });

  it("survives unknown parameters and repeated ones", async () => {
    for (const extra of ["x=1", "__proto__=1", "constructor=1", `${params[0]?.name ?? "q"}=a&${params[0]?.name ?? "q"}=b`]) {
      const target = `${url(path, params)}${url(path, params).includes("?") ? "&" : "?"}${extra}`;
      expectHarmless(await send(method, target, headers, body), `${method} ${target}`);
    }
  });

  it("answers other methods with 405 in the error shape", async () => {
    for (const other of ["GET", "POST", "PUT", "DELETE", "PATCH"].filter((m) => m !== method)) {
      const a = await send(other, url(path, params), { "content-type": "application/json" }, Buffer.from("{}"));
      expectHarmless(a, `${other} ${path}`);
      expect(a.status, `${other} ${path}`).toBe(405);
    }
  });

  it.runIf(op.requestBody)("survives wrong content types and hostile bodies", async () => {
    const bodies: [string, Buffer][] = [
      ["application/json", Buffer.from('{"text": "Japan"}')],
      ["application/x-www-form-urlencoded", Buffer.from("text=Japan")],
      ["multipart/form-data; boundary=x", Buffer.from("--x\r\n\r\nJapan\r\n--x--")],
      ["application/octet-stream", Buffer.from([0, 1, 2, 255, 254])],
      ["", Buffer.from("Japan")],
      ["TEXT/PLAIN; charset=shift_jis", Buffer.from([0x93, 0xfa, 0x96, 0x7b])],
      ["text/plain", Buffer.alloc(0)],
      ["text/plain", Buffer.from("Japan\0joined\0the\0UN")],
      ["text/plain", Buffer.from(fc.sample(fc.uint8Array({ minLength: 4096, maxLength: 4096 }), { seed: 12, numRuns: 1 })[0]!)],
      ["text/plain", Buffer.from([0xc3, 0x28, 0xa0, 0xa1])],
      ["text/plain", Buffer.alloc(1024 * 1024 + 1, "a")],
      ["text/html", Buffer.from("<a".repeat(20_000))],
      ["text/markdown", Buffer.from("[".repeat(20_000) + "Japan" + "](".repeat(5000))],
    ];
    for (const [type, b] of bodies) expectHarmless(await send(method, path, type ? { "content-type": type } : {}, b), `${type} body of ${b.length} bytes`);
  });
});

describe("static paths", () => {
  it.each([
    "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2F..%2F..%2Fetc%2Fpasswd", "/assets/%2e%2e/%2e%2e/package.json",
    "//etc/passwd", "/index.html%00.js", "/%00", "/..\\..\\package.json", "/%5c..%5c..%5cpackage.json", "/%", "/%E0%A4%A",
    `/${"a/".repeat(500)}`, "/assets/app-0123456789.js/..", "/api/../package.json", "/api/v1/../../package.json",
  ])("never reads a file beside the explorer through %s", async (path) => {
    const a = await send("GET", path);
    expectHarmless(a, path);
    expect(a.body).not.toContain('"name": "gaiko"');
  });
});

it("covers every route of the OpenAPI document", () => {
  expect(routes.length).toBeGreaterThanOrEqual(18);
  expect(PATH_OR_STACK.test(`failed at ${join(ROOT, "src", "kb", "store.ts")}:12`)).toBe(true);
});
