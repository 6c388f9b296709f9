import { createReadStream, createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createGunzip, createGzip } from "node:zlib";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { Importer } from "./types.js";

/** Which lines of a dataset file the vendored extract keeps (the header always stays). */
export type LineFilter = (line: string) => boolean;

/**
 * Writes a dataset's extract into data/vendor/<dataset>/ (gzip), keeping the lines `keep` accepts and
 * leaving every other line blank, so that each kept row stays on the line it has in the original: a
 * locator such as "dyadic_mid_4.02.csv line 146" names the same row in the extract and in the
 * publisher's file (the readers skip blank lines; gzip makes the runs of them cost next to nothing).
 * A PROVENANCE.md names the publisher, version, licence and citation. Written to temporary files
 * first, then renamed.
 *
 * @example await vendorDataset(conflict, "../shared/data/conflict-mids-wars-rivalries", "data", conflict.extract ?? {})
 */
export async function vendorDataset(importer: Importer, from: string, dataDir: string, keep: Record<string, LineFilter | undefined>): Promise<{ file: string; lines: number }[]> {
  const dir = join(dataDir, "vendor", importer.provenance.dataset);
  mkdirSync(dir, { recursive: true });
  const out: { file: string; lines: number }[] = [];
  for (const file of importer.files) {
    const src = createReadStream(join(from, file));
    const input = file.endsWith(".gz") ? src.pipe(createGunzip()) : src;
    const target = join(dir, file.endsWith(".gz") ? file : `${file}.gz`);
    const tmp = `${target}.tmp`;
    let n = 0;
    const filter = keep[file];
    async function* lines() {
      let first = true;
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        if (first || !filter || filter(line)) {
          n++;
          yield line + "\n";
        } else yield "\n";
        first = false;
      }
    }
    try {
      await pipeline(Readable.from(lines()), createGzip({ level: 9 }), createWriteStream(tmp));
      renameSync(tmp, target);
    } finally {
      rmSync(tmp, { force: true });
    }
    out.push({ file: target, lines: n });
  }
  const p = importer.provenance;
  writeFileSync(
    join(dir, `PROVENANCE-${importer.name}.md`),
    `# ${p.title}\n\n- Publisher: ${p.publisher}\n- Version: ${p.version}\n- Licence: ${p.licence}\n- Citation: ${p.citation}\n${p.url ? `- Address: ${p.url}\n` : ""}` +
      `- Extract: ${Object.values(keep).some(Boolean) ? "only the rows gaiko uses (Japan and its dyads); the other rows are left blank, so every kept row is on the line it has in the original and a locator's line number holds in both" : "the whole file"}, made by \`gaiko vendor ${importer.name}\` from ../shared/data/${p.dataset}; the importer also reads the full original with \`gaiko import ${importer.name} --from PATH\`.\n` +
      out.map((o) => `- ${o.file.split("/").pop()}: ${o.lines - 1} data rows\n`).join(""),
  );
  return out;
}
