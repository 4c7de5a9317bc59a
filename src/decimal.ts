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
export const Decimal = /* @__PURE__ */ DecimalJs.clone({
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
 * Only decimal notation is read: digits with an optional point and an exponent of at most ±1000
 * (the limit of `bhxh/number`'s formatters; a JS `number` needs at most 308 and 324). decimal.js
 * would also read `0x10`, `0b101` and `0o17` and exponents up to 9 × 10¹⁵, whose quotients
 * overflow to `Infinity`: these are rejected.
 *
 * @param x - a `Decimal`, decimal string, finite `number`, `bigint`, or a `ParsedValue`
 * @returns the exact value as a `Decimal` (never `-0`)
 * @throws `NumberFormatError`: `not-finite` for NaN/±Infinity, `too-large` for an exponent beyond
 *   ±1000 (`'1e9000000000000000'`), `invalid-number` for text that is not a decimal (`'0x10'`,
 *   `'1,5'`), `invalid-type` for `null`, `undefined`, booleans, arrays and other objects
 *
 * @example
 * ```ts
 * import { parseNumber } from 'bhxh/number'
 * const p = parseNumber('3.620,4 tỷ đồng')
 * if (p.kind === 'number') toDecimal(p).toString() // '3620400000000'
 * toDecimal(0.1).toString() // '0.1'
 * toDecimal('0x10') // throws NumberFormatError { code: 'invalid-number' }: hexadecimal is no decimal
 * ```
 */
export function toDecimal(x: DecimalLike | ParsedValue): Decimal {
  const v: unknown = isParsedValue(x) ? x.value : x
  let s: string
  if (typeof v === 'string') s = v.trim()
  else if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new NumberFormatError('not-finite', String(v))
    s = String(v)
  } else if (typeof v === 'bigint') s = v.toString()
  else if (isDecimalInstance(v)) s = v.toString()
  else {
    const got = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v
    throw new NumberFormatError('invalid-type', '', [0, 0], {
      vi: `cần số, chuỗi số thập phân hoặc Decimal, nhận được ${got}`,
      en: `expected a number, a decimal string or a Decimal, got ${got}`,
    })
  }
  const m = DECIMAL_TEXT.exec(s)
  if (!m) throw new NumberFormatError(/^[+-]?(Infinity|NaN)$/.test(s) ? 'not-finite' : 'invalid-number', s)
  if (m[1] !== undefined && !(Math.abs(Number(m[1])) <= EXPONENT_LIMIT)) {
    throw new NumberFormatError('too-large', s)
  }
  const d = new Decimal(s)
  return d.isZero() ? new Decimal(0) : d
}

// Decimal notation only: no 0x/0b/0o prefixes, no Infinity/NaN. No nested or overlapping
// quantifiers, so matching is linear in the text.
const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?$/

// The largest exponent accepted, as in bhxh/number (MAX_EXPONENT): with it, no product or
// quotient of a few accepted values comes near decimal.js's limit of 9e15, so none is Infinity.
const EXPONENT_LIMIT = 1000

/** A `ParsedValue` of bhxh/number (a value string with its precision). */
function isParsedValue(x: unknown): x is ParsedValue {
  return (
    typeof x === 'object' &&
    x !== null &&
    'precision' in x &&
    typeof (x as { value?: unknown }).value === 'string'
  )
}

/** A decimal.js `Decimal` from any clone: every instance carries the `[object Decimal]` tag. */
function isDecimalInstance(x: unknown): x is DecimalJs {
  return (
    typeof x === 'object' && x !== null && (x as { toStringTag?: unknown }).toStringTag === '[object Decimal]'
  )
}
