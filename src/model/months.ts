/** The English month names, January first: dates written out in words (roles, sentences, citations). */
export const MONTH_NAMES: readonly string[] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
