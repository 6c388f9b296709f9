// The Japanese role tables (src/model/roles), in a module of their own so that the explorer fetches them as their
// own chunk, on Japanese pages only (Role.tsx imports this module on demand).
export { ROLE_TABLES } from "../../../src/model/roles/role-table.js";
