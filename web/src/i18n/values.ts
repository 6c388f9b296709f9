// A dataset's coded values in Japanese live in src/model, beside the roles that name their code lists: the checker's
// Japanese reasons write them too.
export { codedValueJa } from "../../../src/model/roles/values.js";
