import { afterAll, describe, expect, it } from "vitest";
import { fixtureStore } from "../../test/helpers.js";
import { showEntity } from "./entity-query.js";
import { Store } from "./store.js";

const { store: plain, path } = fixtureStore();
const snapshot = Store.open(path).holdSnapshot().holdSnapshot();
afterAll(() => {
  plain.close();
  snapshot.close();
});

describe("a store holding a snapshot", () => {
  const ids = (plain.db.prepare("SELECT id FROM entities ORDER BY id").all() as { id: string }[]).map((r) => r.id);

  it("shows every entity as a store without one does, citations in the same order", () => {
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      for (const asOf of [undefined, "1972-09-29"]) expect(showEntity(snapshot, id, asOf), `${id} ${asOf}`).toEqual(showEntity(plain, id, asOf));
    }
  });

  it("reads inside one transaction, which a second call does not nest", () => {
    expect(snapshot.db.inTransaction).toBe(true);
    expect(plain.db.inTransaction).toBe(false);
  });
});
