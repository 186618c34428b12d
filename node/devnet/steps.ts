/**
 * The story's step ids, in order — light on purpose: the CLI validates `--steps` with it without
 * loading the devnet (node/devnet/story.ts pulls in the whole node). story.ts keeps the same order
 * (checked by test/cli/devnet.test.ts).
 */
export const STORY_STEP_IDS = ["import", "start", "enrol", "consent", "query", "break-glass", "audit", "vote", "train"] as const
/** steps every other step stands on: always run */
export const CRITICAL_STEP_IDS: readonly string[] = ["import", "start"]
