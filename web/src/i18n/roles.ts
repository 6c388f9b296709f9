// Roles in the reader's language live in src/model (pure, no package imported), one source for the explorer and
// the checker's Japanese reasons; the explorer's modules import them from here.
export { nameLookup, roleWords, type NameLookup, type RoleContext, type RoleTables } from "../../../src/model/roles/roles.js";
