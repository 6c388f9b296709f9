/** Why a text cannot be checked: the message names the problem and what would work. */
export class CheckInputError extends Error {
  constructor(
    readonly code: "empty" | "binary" | "too-large" | "encoding",
    message: string,
  ) {
    super(message);
  }
}

export type InputFormat = "text" | "markdown" | "html";

/** The default limit on input size, in bytes (configurable). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Decodes and validates the bytes of a text to check: UTF-8 only (a wrongly encoded file is refused
 * rather than checked as mojibake), no binary content, not empty, not past the size limit.
 *
 * @example decodeInput(Buffer.from("Japan joined the UN in 1956."))
 */
export function decodeInput(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) throw new CheckInputError("too-large", `the text is ${bytes.length} bytes, over the limit of ${maxBytes} bytes — check it in parts`);
  if (bytes.includes(0)) throw new CheckInputError("binary", "the input holds NUL bytes: it looks like a binary file, not a text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CheckInputError("encoding", "the text is not valid UTF-8 — convert it to UTF-8 (e.g. iconv -f SHIFT_JIS -t UTF-8)");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new CheckInputError("binary", "the input holds NUL bytes: it looks like a binary file, not a text");
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  if (control > text.length / 100 + 8) throw new CheckInputError("binary", "the input is mostly control characters: it looks like a binary file, not a text");
  if (!text.trim()) throw new CheckInputError("empty", "the text is empty — give a file or standard input with some text");
  return text;
}

/** Guesses the format from a file name or from the text itself. */
export function guessFormat(text: string, name?: string): InputFormat {
  if (name && /\.html?$/i.test(name)) return "html";
  if (name && /\.(md|markdown)$/i.test(name)) return "markdown";
  if (/^\s*(<!doctype html|<html|<body|<p[\s>])/i.test(text)) return "html";
  return "text";
}

export { htmlToText } from "./html.js";
