// Reading a text to check from a file or standard input without ever holding more than the limit:
// `gaiko check /dev/zero` used to read until the machine ran out of memory (12 GB) before refusing.
import { createReadStream, statSync } from "node:fs";
import type { Readable } from "node:stream";
import { CheckInputError } from "./input.js";

/** The refusal of a text past the limit, naming the limit and the flag that sets it. */
function tooLarge(maxBytes: number, size?: number): CheckInputError {
  const what = size === undefined ? `the input is over the limit of ${maxBytes} bytes` : `the text is ${size} bytes, over the limit of ${maxBytes} bytes`;
  return new CheckInputError("too-large", `${what} (--max-bytes) — check it in parts`);
}

/**
 * Reads a file (or standard input, for "-") up to `maxBytes`: a regular file known to be larger is
 * refused before reading, and any other input as soon as one byte past the limit arrives.
 *
 * @example const bytes = await readLimited("article.md", 5 * 1024 * 1024)
 */
export async function readLimited(file: string, maxBytes: number, stdin: Readable = process.stdin): Promise<Buffer> {
  if (file !== "-") {
    const st = statSync(file);
    if (st.isDirectory()) throw Object.assign(new Error(`${file} is a directory`), { code: "EISDIR" });
    if (st.isFile() && st.size > maxBytes) throw tooLarge(maxBytes, st.size);
  }
  const stream = file === "-" ? stdin : createReadStream(file, { highWaterMark: Math.min(1 << 20, maxBytes + 1) });
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const b = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      total += b.length;
      if (total > maxBytes) throw tooLarge(maxBytes);
      chunks.push(b);
    }
  } finally {
    if (file !== "-") (stream as ReturnType<typeof createReadStream>).destroy();
  }
  return Buffer.concat(chunks, total);
}
