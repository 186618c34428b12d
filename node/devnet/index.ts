/** `medmesh devnet`: a local four-hospital consortium and its story (docs/devnet.md). */
export { Devnet, DevnetError, NotAvailableError, DEVNET_CHAIN_ID, DEVNET_PARAMS, type DevnetNode, type DevnetOptions, type DevnetErrorType } from "./devnet.ts"
export { STORY, type StoryState, type StoryStep } from "./story.ts"
export { runStory, type StepOutcome, type StepStatus, type StoryEvents } from "./run.ts"
export { GENESIS_HOSPITALS, CANDIDATE_HOSPITAL, STORY_PATIENT } from "./hospitals.ts"
export { SAMPLE_DATA_DIR, splitBundleByEncounter } from "./sample.ts"
export { STORY_STEP_IDS, CRITICAL_STEP_IDS } from "./steps.ts"
