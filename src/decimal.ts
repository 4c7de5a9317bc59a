/**
 * The library's own `Decimal`: a decimal.js clone with its own configuration, so that bhxh
 * never reads or changes the global `Decimal.set` of the application that imports it.
 * @module
 */
import { Decimal as DecimalJs } from 'decimal.js'
import { NumberFormatError } from './number/errors'
import type { ParsedValue } from './number/parse'

/**
 * bhxh's decimal type: decimal.js with 40 significant digits and half-up rounding
 * (`ROUND_HALF_UP`), configured on a private clone. Every money amount, count and ratio in
 * the core is one of these.
 *
 * @example
 * ```ts
 * // 3.620,4 tỷ đồng ÷ 71,5% — the plan implied by a report
 * new Decimal('3620400000000').div('0.715').toFixed(0) // '5063496503497'
 * ```
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
})
/** An instance of bhxh's {@link Decimal}. */
export type Decimal = InstanceType<typeof Decimal>

/**
 * What the core accepts wherever it takes a number: a decimal.js `Decimal` (from any clone),
 * a decimal string, a `number` (read through its shortest round-trip string, so `0.1` is
 * exactly 0.1) or a `bigint`.
 *
 * @example
 * ```ts
 * const revenue: DecimalLike = '3620400000000' // 3.620,4 tỷ đồng
 * ```
 */
export type DecimalLike = DecimalJs | Decimal | string | number | bigint

/**
 * Makes a {@link Decimal} from a number-like value or a parsed value of `bhxh/number`.
 *
 * @param x - a `Decimal`, decimal string, finite `number`, `bigint`, or a `ParsedValue`
 * @returns the exact value as a `Decimal` (never `-0`)
 * @throws `NumberFormatError` (`not-finite` for NaN/±Infinity, `invalid-number` for text that
 *   is not a decimal)
 *
 * @example
 * ```ts
 * import { parseNumber } from 'bhxh/number'
 * const p = parseNumber('3.620,4 tỷ đồng')
 * if (p.kind === 'number') toDecimal(p).toString() // '3620400000000'
 * toDecimal(0.1).toString() // '0.1'
 * ```
 */
export function toDecimal(x: DecimalLike | ParsedValue): Decimal {
  if (typeof x === 'object' && 'value' in x && 'precision' in x) return toDecimal(x.value)
  if (typeof x === 'number' && !Number.isFinite(x)) throw new NumberFormatError('not-finite', String(x))
  const s = typeof x === 'string' ? x.trim() : String(x)
  let d: Decimal
  try {
    d = new Decimal(s)
  } catch {
    throw new NumberFormatError('invalid-number', s)
  }
  if (!d.isFinite()) throw new NumberFormatError('not-finite', s)
  return d.isZero() ? new Decimal(0) : d
}
