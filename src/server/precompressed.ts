import { brotliCompressSync, constants, gzipSync } from "node:zlib";

type Encoding = "br" | "gzip" | "identity";

/**
 * Serialised answers kept with their compressed forms, for routes whose answers are large and asked
 * for again and again (every state's relationship on a day: ~100 KB of JSON). Within a data release an
 * answer never changes, so it is serialised and compressed once, not on every request. Bounded: the
 * least recently used answers go first.
 *
 * @example const body = cache.get("1972-09-29", "br, gzip", () => JSON.stringify(r));
 */
export class PrecompressedCache {
  private readonly entries = new Map<string, Partial<Record<Encoding, Buffer>> & { json: Buffer }>();

  constructor(private readonly max = 256) {}

  /** The answer for `key` in the best encoding `accept` allows, made by `make` on first use. */
  get(key: string, accept: string, make: () => string): { body: Buffer; encoding: Encoding } {
    let e = this.entries.get(key);
    if (e) this.entries.delete(key);
    else e = { json: Buffer.from(make()) };
    this.entries.set(key, e);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    const encoding: Encoding = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : "identity";
    if (encoding === "identity") return { body: e.json, encoding };
    e[encoding] ??= encoding === "br" ? brotliCompressSync(e.json, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(e.json, { level: 6 });
    return { body: e[encoding]!, encoding };
  }
}

/** A JSON response from a precompressed body, with the headers the compression middleware would set. */
export function precompressedResponse(out: { body: Buffer; encoding: Encoding }): Response {
  const headers: Record<string, string> = { "content-type": "application/json", vary: "Accept-Encoding" };
  if (out.encoding !== "identity") headers["content-encoding"] = out.encoding;
  return new Response(new Uint8Array(out.body), { status: 200, headers });
}
