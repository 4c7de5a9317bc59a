/**
 * Small predicates over extracted figures that every check module asks: whether a figure can take
 * part, its year, and whether two facts (a scheme, a period) that must agree when both are known
 * tell two figures apart.
 * @module
 * @internal
 */
import type { ExtractedFigure } from '../extract/types'
import { periodEquals, yearOf } from '../period/ops'
import type { Period } from '../period/types'

/**
 * A figure a check can use: it has an interval (not a fraction or a range) and is not in a
 * repeated passage.
 *
 * @example
 * ```ts
 * usable(extractFigures('Có 1.200 người tham gia BHXH.').figures[0]) // true
 * ```
 * @internal
 */
export const usable = (f: ExtractedFigure): boolean => f.figure !== null && f.duplicateOf === null

/**
 * The year of a period, or `null` for none or one that has no year (an invalid period).
 *
 * @example
 * ```ts
 * yearOfOrNull({ kind: 'year-to-date', year: 2024, month: 9 }) // 2024 ("9 tháng đầu năm 2024")
 * ```
 * @internal
 */
export const yearOfOrNull = (p: Period | null): number | null => {
  if (p === null) return null
  try {
    return yearOf(p)
  } catch {
    return null
  }
}

/**
 * Whether two values that must be equal when both are known leave two figures one quantity:
 * equal, or one of them unknown.
 *
 * @example
 * ```ts
 * open('BHYT', null) // true: "… người tham gia" says no scheme
 * ```
 * @internal
 */
export const open = <T>(a: T | null, b: T | null): boolean => a === null || b === null || a === b

/**
 * Whether two periods leave two figures one quantity: equal, or one of them unknown (an
 * invalid period is equal to none).
 *
 * @example
 * ```ts
 * periodsOpen({ kind: 'year', year: 2024 }, null) // true ("năm 2024" and a figure with no period)
 * ```
 * @internal
 */
export const periodsOpen = (a: Period | null, b: Period | null): boolean => {
  if (a === null || b === null) return true
  try {
    return periodEquals(a, b)
  } catch {
    return false
  }
}
