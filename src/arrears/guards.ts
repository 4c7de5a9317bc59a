/**
 * The guard of an aging summary, apart from the aging code, so that the schemas of `bhxh/schema`
 * can check a summary without bundling the aging itself (and decimal.js with it).
 * @module
 */
import type { AgingSummary } from './aging'

/**
 * Is `x` a summary made by `ageArrears` (or `mergeAging`, `emptyAging`)?
 *
 * @param x - anything
 * @returns whether it has the shape of an aging summary
 *
 * @example
 * ```ts
 * isAgingSummary(emptyAging()) // true — the table "đơn vị chậm đóng" before any record
 * isAgingSummary({ kind: 'aging' }) // false
 * ```
 */
export const isAgingSummary = (x: unknown): x is AgingSummary =>
  typeof x === 'object' &&
  x !== null &&
  (x as { kind?: unknown }).kind === 'aging' &&
  typeof (x as { state?: unknown }).state === 'object' &&
  typeof (x as { overall?: unknown }).overall === 'object'
