/**
 * Type guards that need no arithmetic, so that `bhxh/schema` can use them without bundling
 * decimal.js.
 * @module
 */
import type { Decimal } from '../decimal'
import type { ReportedFigure } from './figure'
import type { Interval } from './interval'

/**
 * Is `x` a decimal.js `Decimal`, from any clone? (The same test decimal.js itself uses across
 * clones: every instance carries the `[object Decimal]` tag.)
 *
 * @param x - anything
 * @returns whether it is a decimal.js instance
 *
 * @example
 * ```ts
 * isDecimal(new Decimal('3620400000000')) // true
 * isDecimal('3620400000000')              // false — a string, not a Decimal
 * ```
 */
export function isDecimal(x: unknown): x is Decimal {
  return (
    typeof x === 'object' && x !== null && (x as { toStringTag?: unknown }).toStringTag === '[object Decimal]'
  )
}

/**
 * Is `x` an {@link Interval}?
 *
 * @param x - anything
 * @returns whether it is an interval made by this library (or shaped like one)
 *
 * @example
 * ```ts
 * isInterval(figure('gần 1.076.000 người').interval) // true
 * ```
 */
export function isInterval(x: unknown): x is Interval {
  return (
    typeof x === 'object' &&
    x !== null &&
    (x as Interval).kind === 'interval' &&
    isDecimal((x as Interval).lo) &&
    isDecimal((x as Interval).hi)
  )
}

/**
 * Is `x` a {@link ReportedFigure}?
 *
 * @param x - anything
 * @returns whether it is a figure made by `figure()`
 *
 * @example
 * ```ts
 * isReportedFigure(figure('71,5%')) // true
 * isReportedFigure('0.715')         // false
 * ```
 */
export function isReportedFigure(x: unknown): x is ReportedFigure {
  return (
    typeof x === 'object' &&
    x !== null &&
    (x as ReportedFigure).kind === 'figure' &&
    isDecimal((x as ReportedFigure).value) &&
    isInterval((x as ReportedFigure).interval)
  )
}
