// The checker's HTML-to-text step on hostile markup: time grows linearly with the input (the regexes it
// replaced took 3 s for 128 KB of "<a" and 54 s for 512 KB, freezing the server meanwhile).
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/check/input.js";

/** Milliseconds to convert `html`. */
function timed(html: string): number {
  const t = performance.now();
  htmlToText(html);
  return performance.now() - t;
}

describe("HTML to text on hostile markup", () => {
  it.each([
    ["512 KB of an unclosed tag opener", "<a".repeat(262_144)],
    ["512 KB of unclosed comments", "<!--".repeat(131_072)],
    ["512 KB of unclosed scripts", "<script ".repeat(65_536)],
    ["512 KB of unclosed styles and templates", "<style><template>".repeat(30_840)],
    ["512 KB of spaces before no line break", " ".repeat(524_288) + "x"],
    ["512 KB of block tag openers", "<br".repeat(174_762)],
    ["512 KB of unterminated references", "&#x1234567".repeat(52_428)],
    ["a 1 MiB run of letters after an ampersand", "&" + "a".repeat(1 << 20)],
  ])("converts %s in well under a second", (_name, html) => {
    timed(html.slice(0, 1000)); // warm up
    expect(timed(html)).toBeLessThan(500);
  });

  // A complexity guard, not a speed target: eight times the input takes about eight times as long when the
  // step is linear and 64 times when it is quadratic (the regexes it replaced). The margin (24 times, and
  // 50 ms) keeps a busy machine from failing a linear step; the best of five runs drops pauses (three failed once
  // at a load average of 10, session 37).
  it("takes about eight times as long, not 64, for eight times the input", () => {
    const small = "<a<!--<script x".repeat(5_000);
    const big = small.repeat(8);
    timed(big);
    const best = (html: string) => Math.min(timed(html), timed(html), timed(html), timed(html), timed(html));
    const a = best(small);
    const b = best(big);
    expect(b).toBeLessThan(24 * a + 50);
  });
});

describe("HTML to text keeps its meaning", () => {
  it.each([
    ["<p>Japan joined the UN in 1956.</p><p>It was admitted.</p>", "Japan joined the UN in 1956.\nIt was admitted.\n"],
    ["<script>var x = '<p>no</p>';</script>Text", "Text"],
    ["<STYLE type=x>p{}</style >a<noscript>b</noscript>c", "ac"],
    ["a<!-- hidden <p> -->b", "a b"],
    ["line<br/>next<BR>last", "line\nnext\nlast"],
    ["<div>a</div>   \n\n\n\n<div>b</div>", "a\n\nb\n"],
    ["Tom &amp; Jerry &lt;3 &#x65E5;&#26412; &nbsp;&mdash;&bogus; &#0; &#x110000;", "Tom & Jerry <3 日本  —&bogus; &#0; &#x110000;"],
    ["a < b and c > d", "a < b and c > d"],
    ["<>x", "<>x"],
    ["1 <a<b> 2", "1  2"],
    ["unclosed <a", "unclosed <a"],
    ["unclosed <!-- comment", "unclosed <!-- comment"],
    ["<script>never closed", "never closed"],
  ])("turns %j into %j", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
