/**
 * Statement values that are words of a dataset's code list rather than free text, in Japanese: OWID's
 * nuclear weapons status (Bleek; NTI), src/datasets/importers/peacekeeping.ts NUCLEAR_STATUS. Any other
 * English value has no Japanese and is shown in English, marked.
 */
const CODED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "nuclear weapons status (Bleek; NTI)": {
    "not considering": "保有を検討せず",
    considering: "保有を検討",
    pursuing: "開発を追求",
    possessing: "保有",
  },
};

/**
 * The Japanese of a coded value for the attribute its statement's role names, or null.
 * @example codedValueJa("possessing", "nuclear weapons status (Bleek; NTI)") // "保有"
 * @example codedValueJa("Beijing", "capital (GGO)") // null
 */
export function codedValueJa(value: string, role: string | null): string | null {
  const table = role !== null && Object.hasOwn(CODED, role) ? CODED[role]! : null;
  return table && Object.hasOwn(table, value) ? table[value]! : null;
}
