import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { check } from "../check/check.js";
import { CheckInputError, decodeInput, guessFormat, type InputFormat } from "../check/input.js";
import type { Store } from "../kb/store.js";
import { ApiError, CheckResult } from "../model/results.js";
import { CheckResultTooLargeError, CheckUnavailableError, type CheckPool } from "./check-pool.js";
import { HttpError } from "./errors.js";
import { json } from "./openapi.js";

/** The largest text the API checks in one request. */
export const MAX_CHECK_BYTES = 1024 * 1024;

const FORMAT_OF: Record<string, InputFormat> = { "text/plain": "text", "text/markdown": "markdown", "text/html": "html" };

/** `POST /api/v1/check`: the twin of `gaiko check`. The body is the text itself. */
export function registerCheckRoute(app: OpenAPIHono, store: Store, pool?: CheckPool): void {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/check",
      summary: "Check the claims of a text against the knowledge base (body: the text; text/plain, text/markdown or text/html)",
      request: {
        query: z.object({ format: z.enum(["text", "markdown", "html"]).optional() }).strict(),
        body: { content: { "text/plain": { schema: z.string() }, "text/markdown": { schema: z.string() }, "text/html": { schema: z.string() } }, required: true },
      },
      responses: {
        200: json(CheckResult, "claims, verdicts, evidence and slant notes"),
        400: json(ApiError, "empty, binary or wrongly encoded text"),
        413: json(ApiError, `text over ${MAX_CHECK_BYTES} bytes (\`too-large\`), or whose result would be over the result limit (\`result-too-large\`)`),
        415: json(ApiError, "not a text content type"),
        503: json(ApiError, "the check took longer than its time budget (`check-timeout`), or too many texts are waiting (`busy`)"),
      },
    }),
    async (c) => {
      const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
      if (!FORMAT_OF[type]) throw new HttpError(415, "unsupported-media-type", "send the text as text/plain, text/markdown or text/html");
      const declared = Number(c.req.header("content-length") ?? 0);
      if (declared > MAX_CHECK_BYTES) throw new HttpError(413, "too-large", `the text is ${declared} bytes, over the limit of ${MAX_CHECK_BYTES} bytes — check it in parts`);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      let text: string;
      try {
        text = decodeInput(bytes, MAX_CHECK_BYTES);
      } catch (e) {
        if (e instanceof CheckInputError) throw new HttpError(e.code === "too-large" ? 413 : 400, e.code, e.message);
        throw e;
      }
      const format = c.req.valid("query").format ?? (type === "text/plain" ? guessFormat(text) : FORMAT_OF[type]!);
      if (!pool) return c.json(check(store, text, { format, bytes: bytes.length }), 200);
      try {
        const body = await pool.run(text, format, bytes.length);
        return c.body(body as Uint8Array<ArrayBuffer>, 200, { "content-type": "application/json" }) as unknown as ReturnType<typeof c.json<CheckResult, 200>>;
      } catch (e) {
        if (e instanceof CheckUnavailableError) throw new HttpError(503, e.reason === "timeout" ? "check-timeout" : "busy", e.message);
        if (e instanceof CheckResultTooLargeError) throw new HttpError(413, "result-too-large", e.message);
        throw e;
      }
    },
  );
}
