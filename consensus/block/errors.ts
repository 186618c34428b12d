import { MedmeshError } from "../../common/errors.ts"

/** Why a block or commit is not valid. `reason` strings of BlockExecutor.validateBlock are these codes. */
export type BlockErrorType =
  | { code: "BLOCK_MALFORMED"; field: string }
  | { code: "BLOCK_WRONG_CHAIN"; chainId: string }
  | { code: "BLOCK_WRONG_HEIGHT"; height: number; expected: number }
  | { code: "BLOCK_WRONG_LAST_BLOCK_HASH"; height: number }
  | { code: "BLOCK_WRONG_TIME"; height: number; time: number; expected: number }
  | { code: "BLOCK_WRONG_TX_ROOT"; height: number }
  | { code: "BLOCK_WRONG_APP_HASH"; height: number }
  | { code: "BLOCK_WRONG_VALIDATORS_HASH"; height: number }
  | { code: "BLOCK_WRONG_NEXT_VALIDATORS_HASH"; height: number }
  | { code: "BLOCK_WRONG_LAST_COMMIT_HASH"; height: number }
  | { code: "BLOCK_PROPOSER_NOT_VALIDATOR"; height: number }
  | { code: "BLOCK_TOO_MANY_TXS"; count: number; max: number }
  | { code: "BLOCK_TOO_LARGE"; bytes: number; max: number }
  | { code: "BLOCK_DUPLICATE_TX"; index: number }
  | { code: "BLOCK_INVALID_TX"; index: number; reason: string }
  | { code: "COMMIT_MISSING"; height: number }
  | { code: "COMMIT_WRONG_HEIGHT"; height: number; expected: number }
  | { code: "COMMIT_WRONG_BLOCK"; height: number }
  | { code: "COMMIT_BAD_VALIDATOR_INDEX"; index: number }
  | { code: "COMMIT_DUPLICATE_VALIDATOR"; index: number }
  | { code: "COMMIT_INVALID_SIGNATURE"; index: number }
  | { code: "COMMIT_INSUFFICIENT_POWER"; signed: number; total: number }

export type BlockErrorCode = BlockErrorType["code"]

export class BlockError extends MedmeshError<BlockErrorType> {}
