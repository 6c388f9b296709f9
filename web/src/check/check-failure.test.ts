import { describe, expect, it } from "vitest";
import { message, type Lang } from "../i18n/dict.js";
import { beforeSending, failureWords, megabytes } from "./check-failure.js";

const tIn = (lang: Lang) => (key: Parameters<typeof message>[1], params?: Record<string, string | number>) => message(lang, key, params);
const LIMIT = { status: 413, code: "too-large", message: "the text is 1100088 bytes, over the limit of 1048576 bytes — check it in parts" };

describe("beforeSending", () => {
  it.each([
    ["", "empty"],
    [" \n\t ", "empty"],
    ["https://www.mofa.go.jp/region/asia-paci/china/index.html?id=1972-09-29", "address"],
    ["  www.mofa.go.jp/a  http://example.org/b ", "address"],
    ["Japan joined the United Nations in 1956.", null],
    ["See https://www.mofa.go.jp/ : Japan joined the UN in 1956.", null],
    ["日本は1956年に国際連合に加盟した。", null],
  ])("reads %j as %s", (text, why) => {
    expect(beforeSending(text)).toBe(why);
  });
});

describe("failureWords", () => {
  it("says a text over the limit in megabytes, in the page's language, without the bytes or the HTTP status", () => {
    const en = failureWords(LIMIT, 1100088, "en", tIn("en"));
    expect(en).toBe("the text is 1.05 MB, and the checker takes at most 1 MB at a time. Check it in parts.");
    const ja = failureWords(LIMIT, 1100088, "ja", tIn("ja"));
    expect(ja).toBe("文章の大きさは1.05 MBで、一度に検証できる上限（1 MB）を超えています。分けて検証してください。");
  });

  it.each([
    ["empty", 400],
    ["binary", 400],
    ["encoding", 400],
    ["check-timeout", 503],
    ["busy", 503],
    ["result-too-large", 413],
  ])("writes the %s failure in Japanese on the Japanese page, with no English word and no status", (code, status) => {
    const ja = failureWords({ status, code, message: "an English message for the command line" }, 10, "ja", tIn("ja"));
    expect(ja).not.toMatch(/[A-Za-z]{3,}|\d{3}/);
    const en = failureWords({ status, code, message: "an English message for the command line" }, 10, "en", tIn("en"));
    expect(en).not.toMatch(/command line|\(\d{3}\)|standard input/);
  });

  it("says the server could not be reached when there was no answer, and keeps a server fault's words on the English page only", () => {
    expect(failureWords({ status: null, code: null, message: "Failed to fetch" }, 10, "ja", tIn("ja"))).toBe("サーバーに接続できませんでした。接続を確かめて再試行してください。");
    expect(failureWords({ status: 500, code: "internal", message: "internal error" }, 10, "en", tIn("en"))).toBe("the server could not check it. (internal error)");
    expect(failureWords({ status: 500, code: "internal", message: "internal error" }, 10, "ja", tIn("ja"))).toBe("サーバーで文章を検証できませんでした。");
  });
});

describe("megabytes", () => {
  it.each([
    [1048576, "en", "1 MB"],
    [1100088, "en", "1.05 MB"],
    [524288, "ja", "0.5 MB"],
  ] as const)("writes %d bytes as %s", (bytes, lang, words) => {
    expect(megabytes(bytes, lang)).toBe(words);
  });

  it("rounds a text's size up, so that one just over the limit never reads as the limit", () => {
    expect(megabytes(1048586, "en", true)).toBe("1.01 MB");
    expect(megabytes(1048576, "en", true)).toBe("1 MB");
    expect(failureWords(LIMIT, 1048586, "en", tIn("en"))).toBe("the text is 1.01 MB, and the checker takes at most 1 MB at a time. Check it in parts.");
  });
});
