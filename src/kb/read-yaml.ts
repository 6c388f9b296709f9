import { isUtf8 } from "node:buffer";
import { readFileSync, statSync } from "node:fs";
import { LineCounter, isAlias, isMap, isNode, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLError } from "yaml";

/** One problem found while reading a data file: its 1-based line, the field path, and the message with its fix. */
export interface ReadProblem {
  line: number;
  path: string;
  message: string;
}

/**
 * The largest entity file read. The largest in data/ is about 10 KB; a file a hundred times larger is a
 * pasted dataset or a binary, not an entity, and refusing it before reading keeps lint fast and small.
 */
export const MAX_FILE_BYTES = 1 << 20;

/** Aliases a file may expand to: plenty for hand-written YAML, far too few for a "billion laughs" bomb. */
export const MAX_ALIASES = 100;

/**
 * Bracket nesting allowed. Data files nest four levels at most; the yaml parser needs time and memory
 * that grow with depth (400,000 `[` took 3.5 s and 550 MB), so deeper text is refused before parsing.
 */
export const MAX_NESTING = 64;

/**
 * Renders a zod/YAML path as `statements[3].time`; `(file)` for the whole file.
 *
 * @example formatPath(["statements", 3, "time"]) // "statements[3].time"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || "(file)";
}

/** A file's bytes and text when it could be read as UTF-8; otherwise the problem, and the bytes if read. */
export type ReadText = { ok: true; bytes: Buffer; text: string } | { ok: false; bytes?: Buffer; size: number; problem: ReadProblem };

/**
 * Reads a data file as UTF-8, refusing a file over MAX_FILE_BYTES (before reading it) and bytes that
 * are not UTF-8 (naming the line, and Shift_JIS or UTF-16 when the bytes look like it). A leading
 * byte-order mark is kept: the YAML parser accepts it.
 *
 * @example const r = readUtf8("data/states/japan.yaml"); if (r.ok) parseYaml(r.text);
 */
export function readUtf8(path: string): ReadText {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    // A broken symlink, or a file removed between listing the folder and reading it.
    return { ok: false, size: 0, problem: { line: 1, path: "(file)", message: `the file cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"}) — check that it exists and is readable, or remove the link` } };
  }
  if (!st.isFile()) return { ok: false, size: 0, problem: { line: 1, path: "(file)", message: "not a regular file — data/ holds YAML files only; rename or remove it" } };
  if (st.size > MAX_FILE_BYTES) return { ok: false, size: st.size, problem: { line: 1, path: "(file)", message: `the file is ${mb(st.size)}, over the ${mb(MAX_FILE_BYTES)} limit for one entity file — an entity takes a few KB: split the file, or vendor bulk data under data/vendor/ with an importer` } };
  const bytes = readFileSync(path);
  const text = bytes.toString("utf8");
  // isUtf8 is native and checks 6 MB in a few ms; encoding the text back to find where it broke only when it did.
  if (isUtf8(bytes)) return { ok: true, bytes, text };
  const bad = firstInvalidUtf8(bytes, text);
  if (bad < 0) return { ok: true, bytes, text };
  const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
  const guess = guessEncoding(bytes);
  return { ok: false, bytes, size: bytes.length, problem: { line, path: "(encoding)", message: `the file is not UTF-8 (an invalid byte on line ${line}${guess ? `; it looks like ${guess}` : ""}) — re-save it as UTF-8` } };
}

function mb(bytes: number): string {
  return `${(bytes / (1 << 20)).toFixed(bytes < 1 << 20 ? 2 : 1)} MB`;
}

/** Valid UTF-8 decodes and re-encodes to the same bytes; the first byte that differs is where it broke. */
function firstInvalidUtf8(bytes: Buffer, text: string): number {
  const back = Buffer.from(text, "utf8");
  if (back.equals(bytes)) return -1;
  let i = 0;
  while (i < bytes.length && bytes[i] === back[i]) i++;
  return i;
}

function guessEncoding(bytes: Buffer): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "UTF-16";
  for (const [label, name] of [["shift_jis", "Shift_JIS"], ["euc-jp", "EUC-JP"]] as const) {
    try {
      if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(new TextDecoder(label, { fatal: true }).decode(bytes))) return name;
    } catch {
      // not this encoding either
    }
  }
  return undefined;
}

/** A parsed file: the document (for finding lines), its plain value when it parsed, and any problems. */
export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  data: unknown;
  problems: ReadProblem[];
}

/**
 * Parses one YAML document. Syntax errors are reported at the line a person must fix (where an
 * unclosed bracket or quote opened, not where the parser gave up); aliases are expanded at most
 * MAX_ALIASES times; nesting past MAX_NESTING is refused before parsing. Never throws.
 *
 * @example parseYaml('names: {en: "x"\ntype: visit\n').problems[0] // { line: 1, path: "(yaml)", message: "the { opened here (names) is never closed — …" }
 */
export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const deep = tooDeep(text);
  if (deep) {
    const doc = parseDocument("", { lineCounter: new LineCounter() });
    return { doc, lines, data: undefined, problems: [{ line: deep, path: "(yaml)", message: `brackets nest more than ${MAX_NESTING} levels deep — fix the YAML syntax: an entity needs a few levels; close the brackets` }] };
  }
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: ReadProblem[] = [];
  for (const e of doc.errors.slice(0, 5)) {
    const p = syntaxProblem(doc, lines, text, e);
    if (!problems.some((q) => q.line === p.line)) problems.push(p);
  }
  if (problems.length) return { doc, lines, data: undefined, problems };
  try {
    return { doc, lines, data: doc.toJS({ maxAliasCount: MAX_ALIASES }), problems };
  } catch (e) {
    return { doc, lines, data: undefined, problems: [aliasProblem(doc, lines, e as Error)] };
  }
}

/** The 1-based line where bracket nesting first passes MAX_NESTING, or 0. Quoted text and comments are skipped. */
function tooDeep(text: string): number {
  let depth = 0;
  let line = 1;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") [line, quote] = [line + 1, ""];
    else if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf("\n", i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (c === "[" || c === "{") {
      if (++depth > MAX_NESTING) return line;
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return 0;
}

interface Found {
  node: Node;
  path: (string | number)[];
}

/** Every node of the document with its field path, keys included, outermost first. */
function nodes(node: unknown, path: (string | number)[] = [], out: Found[] = []): Found[] {
  if (!isNode(node)) return out;
  out.push({ node, path });
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "?";
      if (isNode(pair.key)) out.push({ node: pair.key, path: [...path, key] });
      nodes(pair.value, [...path, key], out);
    }
  } else if (isSeq(node)) node.items.forEach((item, i) => nodes(item, [...path, i], out));
  return out;
}

const field = (path: (string | number)[]) => (path.length ? ` (${formatPath(path)})` : "");

function syntaxProblem(doc: Document, lines: LineCounter, text: string, e: YAMLError): ReadProblem {
  const pos = e.pos[0];
  const at = (offset: number) => lines.linePos(offset).line;
  const first = e.message.split("\n")[0]!.replace(/\.$/, "");
  const problem = (line: number, what: string, how: string): ReadProblem => ({ line, path: "(yaml)", message: `${what} — fix the YAML syntax: ${how}` });

  // The parser notices an unclosed bracket or quote only where the file ends or the next key begins;
  // the line to fix is the one where it opened.
  const close = /end with a ([}\]])/.exec(first)?.[1] ?? (/^Missing closing (["'])/.exec(first)?.[1]);
  if (close) {
    const open = close === "}" ? "{" : close === "]" ? "[" : close;
    const unclosed = nodes(doc.contents)
      .filter(({ node }) => {
        const r = node.range;
        if (!r || r[0] >= pos || r[1] < pos - 1 || text[r[0]] !== open) return false;
        if (open === '"' || open === "'") return isScalar(node) && !/["']\s*$/.test(text.slice(r[0] + 1, r[1]));
        return (isMap(node) || isSeq(node)) && !text.slice(r[0], r[1]).trimEnd().endsWith(close);
      })
      .pop();
    if (unclosed) return problem(at(unclosed.node.range![0]), `the ${open} opened here${field(unclosed.path)} is never closed`, `close it with ${close}`);
  }
  switch (e.code) {
    case "DUPLICATE_KEY": {
      const key = nodes(doc.contents).find(({ node }) => isScalar(node) && node.range?.[0] === pos);
      const twin = key && nodes(doc.contents).find(({ node, path }) => node !== key.node && isScalar(node) && formatPath(path) === formatPath(key.path) && node.range);
      const name = key ? formatPath(key.path) : "a key";
      return problem(at(pos), `${name} is given twice${twin ? ` (also on line ${at(twin.node.range![0])})` : ""}`, "keep one of them");
    }
    case "TAB_AS_INDENT":
      return problem(at(pos), first, "indent with spaces, not tabs");
    case "MULTIPLE_DOCS":
      return problem(at(pos), "a second document (after ---) in one file", "one file holds one entity; remove the --- and what follows, or move it to a file of its own");
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return problem(at(pos), first, 'put a value holding ": " in quotes, or fix the indentation of this line or the one above');
    default:
      return problem(at(pos), first, "check this line's indentation, quotes and brackets");
  }
}

function aliasProblem(doc: Document, lines: LineCounter, e: Error): ReadProblem {
  const aliases = nodes(doc.contents).filter(({ node }) => isAlias(node) && node.range);
  const unresolved = /^Unresolved alias.*: (.+)$/.exec(e.message)?.[1];
  const alias = (unresolved ? aliases.find(({ node }) => isAlias(node) && node.source === unresolved) : undefined) ?? aliases[0];
  const line = alias ? lines.linePos(alias.node.range![0]).line : 1;
  if (unresolved) return { line, path: "(yaml)", message: `the alias *${unresolved} names no anchor defined before it — fix the YAML syntax: define &${unresolved} first, or write the value out` };
  if (/alias count/i.test(e.message)) return { line, path: "(yaml)", message: `its aliases expand past ${MAX_ALIASES} copies (a YAML "alias bomb") — write the values out instead of using anchors (&) and aliases (*)` };
  return { line, path: "(yaml)", message: `${e.message} — fix the YAML syntax` };
}
