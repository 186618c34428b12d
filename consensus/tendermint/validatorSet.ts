/** The validator set of one height, with the paper's thresholds computed on voting power. */
import { toHex } from "../../common/bytes.ts"
import type { Validator, ValidatorSet } from "../ports.ts"

export class ValidatorSetView {
  readonly validators: readonly Validator[]
  readonly totalPower: number
  /** 2f + 1 of the paper: the least power strictly above 2/3 of the total. */
  readonly quorumPower: number
  /** f + 1 of the paper: the least power strictly above 1/3 of the total. */
  readonly skipPower: number
  private readonly byKey = new Map<string, number>()

  constructor(set: ValidatorSet) {
    if (set.validators.length === 0) throw new RangeError("validator set: empty")
    this.validators = set.validators
    let total = 0
    set.validators.forEach((v, i) => {
      if (!(v.power > 0)) throw new RangeError(`validator set: validator ${i} has power ${v.power}`)
      total += v.power
      this.byKey.set(toHex(v.key), i)
    })
    this.totalPower = total
    this.quorumPower = Math.floor((2 * total) / 3) + 1
    this.skipPower = Math.floor(total / 3) + 1
  }

  get size(): number {
    return this.validators.length
  }

  indexOf(key: Uint8Array): number {
    return this.byKey.get(toHex(key)) ?? -1
  }

  power(index: number): number {
    return this.validators[index]?.power ?? 0
  }

  key(index: number): Uint8Array {
    return this.validators[index].key
  }
}
