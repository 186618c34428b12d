/** Size limits on import. A hospital's largest Synthea-style bundles are a few MB; these leave
 * room for real exports while keeping one bundle's atomic batch and parse within memory. */

/** A bundle or CSV file larger than this is refused before it is parsed. */
export const MAX_IMPORT_FILE_BYTES = 128 * 1024 * 1024
/** Entries per bundle: one bundle is one LevelDB batch, held in memory until written. */
export const MAX_BUNDLE_ENTRIES = 50_000
/** One resource, serialised. Big attachments belong in Binary/DocumentReference, still under this. */
export const MAX_RESOURCE_BYTES = 16 * 1024 * 1024
/** Nesting depth of one resource's JSON: FHIR needs ~15; deeper input is hostile or broken. */
export const MAX_RESOURCE_DEPTH = 64
/** Rows per CSV file (each row becomes a patient and its observations, all in one batch). */
export const MAX_CSV_ROWS = 100_000
/** Length of one reference string. */
export const MAX_REFERENCE_CHARS = 4096
