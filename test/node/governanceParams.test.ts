import assert from "node:assert/strict"
import { GovernanceInputError, mergeParams } from "../../node/api/governance.ts"
import { defaultConsortiumParams } from "../../node/consortium/params.ts"

describe("node/api governance: params a proposal may change", () => {
  it("emptyBlockIntervalMs can be changed by a params proposal (and only to an integer)", () => {
    const merged = mergeParams({ ...defaultConsortiumParams }, { emptyBlockIntervalMs: 2000 })
    assert.equal(merged.emptyBlockIntervalMs, 2000)
    assert.equal(mergeParams({ ...defaultConsortiumParams }, { emptyBlockIntervalMs: 0 }).emptyBlockIntervalMs, 0)
    assert.throws(() => mergeParams({ ...defaultConsortiumParams }, { emptyBlockIntervalMs: 1.5 }), GovernanceInputError)
  })

  it("every numeric consortium param is proposable; an unknown key is refused naming it", () => {
    for (const [k, v] of Object.entries(defaultConsortiumParams)) {
      if (typeof v !== "number") continue
      assert.equal((mergeParams({ ...defaultConsortiumParams }, { [k]: v + 1 }) as Record<string, unknown>)[k], v + 1, `params.${k} is proposable`)
    }
    assert.throws(() => mergeParams({ ...defaultConsortiumParams }, { bogus: 1 }), /params\.bogus: unknown parameter/)
  })
})
