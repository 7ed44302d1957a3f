/**
 * The limits of a note of use, apart from its form schema
 * (./usage-note.ts): the public material and campaign pages need them in
 * the browser, and zod, which the schema brings, probes `new Function` when
 * loaded, which the Content-Security-Policy reports as a blocked eval.
 */

/** A short note, not a report: a paragraph or two. */
export const MAX_USAGE_NOTE_LENGTH = 1000
/** Prisma stores Int as a 32-bit integer; a larger figure would fail the write, not the form. */
export const MAX_OUTCOME_VALUE = 2_147_483_647
