import { describe, expect, it } from "vitest";
import { nameParts, nameText } from "./person-name.js";

describe("a name as a page shows it", () => {
  it.each([
    // name, Japanese page's text, English-only on a Japanese page
    [{ en: "Shigeru Yoshida", ja: "吉田茂" }, "吉田茂", false],
    [{ en: "Mutsuhito (Emperor) (leader of Japan from 1868)", ja: null }, "Mutsuhito（天皇、1868年から日本の指導者）", true],
    [{ en: "Hirobumi Ito (leader of Japan from 1885)", ja: null }, "Hirobumi Ito（1885年から日本の指導者）", true],
    [{ en: "Yamamoto, G. (leader of Japan from 1913)", ja: null }, "Yamamoto, G.（1913年から日本の指導者）", true],
    // A title no rule writes in Japanese stays with the English name; the gloss is still Japanese.
    [{ en: "Someone (Regent of the Realm) (leader of Japan from 1900)", ja: null }, "Someone (Regent of the Realm)（1900年から日本の指導者）", true],
    // A gloss of a state the explorer cannot name in Japanese, or no gloss: the English name, whole.
    [{ en: "Someone (leader of Ruritania from 1900)", ja: null }, "Someone (leader of Ruritania from 1900)", true],
    [{ en: "A. N. Other", ja: null }, "A. N. Other", true],
  ])("writes %j in Japanese as %j", (name, ja, english) => {
    const { parts, english: marked } = nameParts(name, "ja");
    expect(parts.map((p) => p.text).join("")).toBe(ja);
    expect(marked).toBe(english);
    // Every part in Latin letters is the English one the page marks; the rest is Japanese.
    for (const p of parts) if (p.lang === "ja") expect(p.text).not.toMatch(/[A-Za-z]/);
  });

  it.each([
    { en: "Mutsuhito (Emperor) (leader of Japan from 1868)", ja: null },
    { en: "Shigeru Yoshida", ja: "吉田茂" },
  ])("keeps the English name whole on an English page: %j", (name) => {
    expect(nameParts(name, "en")).toEqual({ parts: [{ text: name.en, lang: "en" }], english: false });
  });

  it("adds the English-only words to the plain text of an English name on a Japanese page, and nothing otherwise", () => {
    const mutsuhito = { en: "Mutsuhito (Emperor) (leader of Japan from 1868)", ja: null };
    expect(nameText(mutsuhito, "ja", "英語のみ")).toBe("Mutsuhito（天皇、1868年から日本の指導者）［英語のみ］");
    expect(nameText(mutsuhito, "en", "English only")).toBe(mutsuhito.en);
    expect(nameText({ en: "Japan", ja: "日本" }, "ja", "英語のみ")).toBe("日本");
  });
});
