import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureStore } from "../../test/helpers.js";
import { ApiError, RelationsResult } from "../model/results.js";
import { createApp } from "./app.js";

const { store } = fixtureStore();
afterAll(() => store.close());
const app = createApp(store);

describe("GET /api/v1/relations", () => {
  it("answers the same rows plain, gzipped and in brotli, from one serialisation", async () => {
    const plain = await app.request("/api/v1/relations?asOf=1972-09-29");
    const text = await plain.text();
    const gz = await app.request("/api/v1/relations?asOf=1972-09-29", { headers: { "accept-encoding": "gzip" } });
    const br = await app.request("/api/v1/relations?asOf=1972-09-29", { headers: { "accept-encoding": "br, gzip" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(text);
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(text);
    const r = RelationsResult.strict().parse(JSON.parse(text));
    expect(r.relations.find((x) => x.state.id === "china")?.status).toBe("diplomatic-relations");
    expect(plain.headers.get("etag")).toBeTruthy();
  });

  it("sends a compressed answer with its own length after the plain one was cached", async () => {
    const u = "/api/v1/relations?asOf=1980-01-01";
    const plain = await app.request(u);
    await plain.arrayBuffer();
    const br = await app.request(u, { headers: { "accept-encoding": "br" } });
    const body = Buffer.from(await br.arrayBuffer());
    const length = br.headers.get("content-length");
    if (length !== null) expect(Number(length)).toBe(body.length);
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(JSON.parse(brotliDecompressSync(body).toString()).asOf).toBe("1980-01-01");
  });

  it("filters by a status and refuses one that does not exist with the error shape", async () => {
    const never = RelationsResult.parse(await (await app.request("/api/v1/relations?asOf=2020&status=never")).json());
    expect(never.relations.map((x) => x.state.id)).toEqual(["north-korea"]);
    const bad = await app.request("/api/v1/relations?status=bogus");
    expect(bad.status).toBe(400);
    expect(ApiError.parse(await bad.json()).error.message).toMatch(/status: .*diplomatic-relations/);
  });
});
