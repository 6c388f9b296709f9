/**
 * More roles written as prose for one statement, put into Japanese by reading each beside its statement
 * (see role-prose.ts). Kept in a file of its own so that two people can add roles at the same time.
 */
export const ROLE_PROSE_C: Readonly<Record<string, string>> = {};
