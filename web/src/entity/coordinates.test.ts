import { describe, expect, it } from "vitest";
import { coordinateText, placesCaption } from "./coordinates.js";

// Washington's page read "38.90°N, -77.04°E"; a Japanese page put the coordinates in Latin brackets (READ37).
describe("a place's coordinates in words", () => {
  it.each([
    [[-77.0365427, 38.8950368], "en", "38.90°N, 77.04°W"],
    [[-77.0365427, 38.8950368], "ja", "北緯38.90度、西経77.04度"],
    [[131.8613, 37.2428], "en", "37.24°N, 131.86°E"],
    [[-77.15, -12.05], "en", "12.05°S, 77.15°W"],
    [[151.21, -33.87], "ja", "南緯33.87度、東経151.21度"],
    [[0, 0], "en", "0.00°N, 0.00°E"],
  ] as const)("%j in %s: %s", (coords, lang, text) => {
    expect(coordinateText(coords, lang)).toBe(text);
  });

  it.each([
    ["en", "Takeshima (37.24°N, 131.86°E); Washington (38.90°N, 77.04°W)"],
    ["ja", "Takeshima（北緯37.24度、東経131.86度）／Washington（北緯38.90度、西経77.04度）"],
  ] as const)("captions two places in %s", (lang, text) => {
    const places = [
      { label: "Takeshima", coords: [131.8613, 37.2428] as const },
      { label: "Washington", coords: [-77.0365427, 38.8950368] as const },
    ];
    expect(placesCaption(places, lang)).toBe(text);
  });
});
