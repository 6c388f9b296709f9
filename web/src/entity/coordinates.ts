// A place's latitude and longitude as a reader writes them. Pure.

/**
 * Coordinates in the page's language, with the hemisphere as a letter or a word, never as a minus sign
 * (Washington's page read "38.90°N, -77.04°E", and a Japanese page wrote them in Latin brackets).
 * @example coordinateText([-77.0365, 38.895], "en") // "38.90°N, 77.04°W"
 * @example coordinateText([-77.0365, 38.895], "ja") // "北緯38.90度、西経77.04度"
 */
export function coordinateText([lon, lat]: readonly [number, number], lang: "en" | "ja"): string {
  const abs = (v: number) => Math.abs(v).toFixed(2);
  if (lang === "ja") return `${lat < 0 ? "南緯" : "北緯"}${abs(lat)}度、${lon < 0 ? "西経" : "東経"}${abs(lon)}度`;
  return `${abs(lat)}°${lat < 0 ? "S" : "N"}, ${abs(lon)}°${lon < 0 ? "W" : "E"}`;
}

/**
 * The caption of a map of places: each name with its coordinates in brackets of the page's language.
 * @example placesCaption([{ label: "竹島", coords: [131.86, 37.24] }], "ja") // "竹島（北緯37.24度、東経131.86度）"
 */
export function placesCaption(places: readonly { label: string; coords: readonly [number, number] }[], lang: "en" | "ja"): string {
  if (lang === "ja") return places.map((p) => `${p.label}（${coordinateText(p.coords, "ja")}）`).join("／");
  return places.map((p) => `${p.label} (${coordinateText(p.coords, "en")})`).join("; ");
}
