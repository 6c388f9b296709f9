// The English month names live in src/model: roles (src/model/roles) write days with them too.
export { MONTH_NAMES } from "../../../src/model/months.js";
