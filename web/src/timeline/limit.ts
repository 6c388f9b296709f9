/**
 * How many items the timeline page asks for: every dated statement, loaded once and zoomed in hand (10,565 in the
 * full build on 6 December 2026). The API allows up to 50,000; it allowed 10,000, which cut the timeline off at
 * 1 November 2022. Should the data outgrow it, the page says from which day nothing is loaded.
 */
export const TIMELINE_LIMIT = 50_000;
