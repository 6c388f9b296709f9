/**
 * The most items the timeline page holds for one filter, and the most one request may bring: the API's
 * timeline limit (50,000; it was 10,000, which cut the timeline off at 1 November 2022). The full build
 * held 10,524 dated statements on 6 December 2026, so every year can be in hand; should the data outgrow
 * it, the page says from which day nothing is loaded.
 */
export const TIMELINE_LIMIT = 50_000;

/**
 * About how many items one request brings (a run of years; a year that holds more is one request): the
 * first years of a view are drawn while the next load (1945 to today held 8,679 items, 9 MB of JSON,
 * which a phone parsed before drawing anything when it came in one answer).
 */
export const TIMELINE_CHUNK = 1500;

/** The most items of the page's first request: a few years drawn soon, while the next requests load. */
export const TIMELINE_FIRST = 400;

/** The span loaded on each side of the view, in views: a zoom out by two or a pan by a view finds its items in hand. */
export const TIMELINE_MARGIN = 1;
