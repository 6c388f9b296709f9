import { describe, expect, it } from "vitest";
import { Statement } from "./statement.js";

describe("a statement's Japanese value (value_ja)", () => {
  const area = { p: "attribute", role: "land area", value: "about 7 km²", sources: [{ source: "web-x" }] };
  it.each([
    ["約7平方キロメートル", true],
    ["石垣市（沖縄県）", true],
    ["about 7 km²", false],
    ["", false],
  ])("accepts %j as a Japanese value: %s", (value_ja, ok) => {
    expect(Statement.safeParse({ ...area, value_ja }).success).toBe(ok);
  });
});
