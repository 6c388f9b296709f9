// Which of a hit's names a result line shows beside the hit's name, to say why it matched. Pure.

interface Hit {
  matched: string;
  name: { en: string; ja: string | null };
}

/**
 * The name or alias to show after a hit (" · Sea of Japan"), or null when it would explain nothing: it is
 * the name already shown, or it is one of the hit's own names that holds none of the query's words. The
 * API gives the primary (English) name as `matched` when the query matched a summary rather than a name,
 * so a Japanese search for 竹島 listed 日本海 · Sea of Japan and 大韓民国 · South Korea.
 * @example matchedNote({ matched: "Sea of Japan", name: { en: "Sea of Japan", ja: "日本海" } }, "日本海", "竹島") // null
 * @example matchedNote({ matched: "China", name: { en: "China", ja: "中華人民共和国" } }, "中華人民共和国", "china") // "China"
 * @example matchedNote({ matched: "中国", name: { en: "China", ja: "中華人民共和国" } }, "中華人民共和国", "中国") // "中国"
 */
export function matchedNote(hit: Hit, shown: string, query: string): string | null {
  const matched = hit.matched.toLowerCase();
  if (matched === shown.toLowerCase()) return null;
  const ownName = matched === hit.name.en.toLowerCase() || matched === hit.name.ja?.toLowerCase();
  if (!ownName) return hit.matched;
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.some((w) => matched.includes(w)) ? hit.matched : null;
}
