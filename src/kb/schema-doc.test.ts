import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../test/helpers.js";
import { PREDICATE_NAMES } from "../model/predicates.js";
import { jsonShapesReference, schemaReference } from "./schema-doc.js";

describe("docs/schema.md", () => {
  it("is the reference generated from the current schemas (run `npm run docs` when this fails)", () => {
    expect(readFileSync(join(ROOT, "docs", "schema.md"), "utf8")).toBe(schemaReference());
  });

  it("keeps docs/json-shapes.md generated from the result schemas (run `npm run docs` when this fails)", () => {
    expect(readFileSync(join(ROOT, "docs", "json-shapes.md"), "utf8")).toBe(jsonShapesReference());
  });

  it("documents every predicate and every kind's type values", () => {
    const doc = schemaReference();
    for (const p of PREDICATE_NAMES) expect(doc).toContain(`| \`${p}\` |`);
    expect(doc).toContain("`limited-recognition`");
    expect(doc).toContain("`normalization`");
  });
});
