// The words of a pinned map card under its heading. Pure: no DOM.

/**
 * The card's line under its heading: the tooltip's words without the state's name when the heading
 * already says it ("South Korea" over "South Korea: Diplomatic relations" read the name twice); a
 * tooltip that says more before its colon (whose land, how held) is kept whole.
 * @example cardText("South Korea: Diplomatic relations", "South Korea") // "Diplomatic relations"
 * @example cardText("大韓民国：外交関係あり", "大韓民国") // "外交関係あり"
 * @example cardText("United Kingdom (on India's territory): Colony", "United Kingdom") // "United Kingdom (on India's territory): Colony"
 */
export function cardText(title: string, heading: string): string {
  for (const colon of [": ", "："]) {
    if (title.startsWith(heading + colon)) {
      const rest = title.slice(heading.length + colon.length);
      return rest.charAt(0).toUpperCase() + rest.slice(1);
    }
  }
  return title;
}
