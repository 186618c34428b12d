export { evaluateConsent, breakGlassDecision, filterResources, isResourcePermitted, isConsentActive, MAX_BREAK_GLASS_REASON_CHARS, type LabelledResource } from "./evaluate.ts"
export { ConsentError, type ConsentErrorType } from "./errors.ts"
export * from "./types.ts"
