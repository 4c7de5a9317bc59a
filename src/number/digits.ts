/**
 * Exact decimals as digit strings — the arithmetic core of `bhxh/number`.
 *
 * `bhxh/number` has no runtime dependency, so it cannot use decimal.js. Everything it needs
 * (reading a `number | bigint | string | Decimal`, shifting by a power of ten, rounding to N
 * decimals in any of decimal.js's modes, printing a canonical string) works on the decimal
 * digits directly. No float arithmetic ever touches a figure, and every operation is linear in
 * the number of digits.
 *
 * @internal
 * @module
 */
import { NumberFormatError, wrongType } from './errors'

/**
 * An exact decimal: `(neg ? -1 : 1) × digits × 10^exp`.
 * Canonical form: `digits` has no leading or trailing zeros; zero is `{ neg: false, digits: '0', exp: 0 }`.
 * @internal
 */
export interface Dec {
  neg: boolean
  digits: string
  exp: number
}

/**
 * The names of the rounding modes, one for each decimal.js mode (`ROUND_UP` … `ROUND_HALF_FLOOR`).
 *
 * - `up` / `down`: away from / towards zero;
 * - `ceil` / `floor`: towards +∞ / −∞;
 * - `half-up` (the default everywhere in bhxh), `half-down`, `half-even`, `half-ceil`, `half-floor`:
 *   to the nearest, ties away from zero / towards zero / to even / towards +∞ / towards −∞.
 *
 * @example
 * ```ts
 * formatNumber('2.5', { decimals: 0, rounding: 'half-even' }) // '2'
 * ```
 */
export type RoundingMode =
  | 'up'
  | 'down'
  | 'ceil'
  | 'floor'
  | 'half-up'
  | 'half-down'
  | 'half-even'
  | 'half-ceil'
  | 'half-floor'

/** Anything bhxh/number accepts as a number: a JS number, a bigint, a decimal string, or a decimal.js `Decimal` (read through its string form). */
export type NumberInput = number | bigint | string | DecimalObject

/**
 * An object that prints itself as a decimal number, such as a decimal.js `Decimal`.
 *
 * @example
 * ```ts
 * formatVnd(new Decimal('3620400000000')) // '3.620,4 tỷ đồng'
 * ```
 */
export interface DecimalObject {
  /** The value as a decimal string, plain or in exponent notation (`'3620400000000'`, `'1e+21'`). */
  toString(): string
}

/** @internal */
export const ZERO: Dec = { neg: false, digits: '0', exp: 0 }

/**
 * Builds a canonical Dec from sign, a run of digits, and the power of ten of its last digit.
 * @internal
 */
export function makeDec(neg: boolean, digits: string, exp: number): Dec {
  let start = 0
  let end = digits.length
  while (start < end && digits.charCodeAt(start) === 48) start++
  while (end > start && digits.charCodeAt(end - 1) === 48) {
    end--
    exp++
  }
  if (start === end) return ZERO
  return { neg, digits: digits.slice(start, end), exp }
}

/**
 * The largest exponent, in absolute value, that an input in exponent notation may have
 * (`'1e1000'`, `'1e-1000'`); beyond it the formatters throw `too-large`.
 *
 * Why 1000: every finite JS `number` is within it (`1.8e308`, `5e-324`); the figures of social
 * insurance go from 10⁻¹⁰ (rates per day) to 10¹⁵ đồng; and a formatter's output stays short: an
 * exponent adds at most 1000 digits (about 1.3 kB with the group dots) to the digits written,
 * where `1e1000000` would print 1.3 MB. The core's `toDecimal` uses the same limit.
 *
 * @internal
 * @example
 * ```ts
 * formatNumber('1e1000').length // 1334
 * formatNumber('1e1001') // throws NumberFormatError { code: 'too-large' }
 * ```
 */
export const MAX_EXPONENT = 1000

/**
 * Every rounding mode, in decimal.js's order (`ROUND_UP` = 0 … `ROUND_HALF_FLOOR` = 8).
 *
 * @example
 * ```ts
 * ROUNDING_MODES.map((rounding) => formatPercent('0.71549', { decimals: 1, rounding }))
 * // ['71,6%', '71,5%', '71,6%', '71,5%', '71,5%', '71,5%', '71,5%', '71,5%', '71,5%']
 * ```
 */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  'up',
  'down',
  'ceil',
  'floor',
  'half-up',
  'half-down',
  'half-even',
  'half-ceil',
  'half-floor',
]

/**
 * The rounding mode names, for validation.
 * @internal
 */
export const MODES: ReadonlySet<string> = /* @__PURE__ */ new Set(ROUNDING_MODES)

const DEC_RE = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

const NUMBER_TYPE = { vi: 'số hoặc chuỗi số thập phân', en: 'a number or a decimal string' }

/**
 * Reads a number input exactly. A `number` is read through its shortest round-trip string
 * (so `0.1` is exactly 0.1); a string may be plain or in exponent notation (`1e+21`, up to
 * ±{@link MAX_EXPONENT}), as decimal.js and JS print them; an object through its own `toString`
 * (a decimal.js `Decimal`). `NaN` and `±Infinity` throw `not-finite`, a larger exponent
 * `too-large`, `null`, `undefined`, booleans, arrays and plain objects `invalid-type`, any other
 * text `invalid-number`, all as `NumberFormatError`.
 * @internal
 */
export function readDec(x: NumberInput): Dec {
  if (typeof x === 'number' && !Number.isFinite(x)) throw new NumberFormatError('not-finite', String(x))
  const t = typeof x
  if (
    !(t === 'string' || t === 'number' || t === 'bigint' || t === 'object') ||
    x === null ||
    Array.isArray(x) ||
    // a plain object prints as [object Object], and one without a prototype cannot print at
    // all: not a number, and not coerced
    (t === 'object' &&
      (typeof (x as { toString?: unknown }).toString !== 'function' ||
        (x as object).toString === Object.prototype.toString))
  ) {
    throw wrongType(NumberFormatError, x, NUMBER_TYPE)
  }
  const s = typeof x === 'string' ? x.trim() : String(x)
  const m = DEC_RE.exec(s)
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) {
    throw new NumberFormatError(/^[+-]?(Infinity|NaN)$/.test(s) ? 'not-finite' : 'invalid-number', s)
  }
  const frac = m[3] ?? ''
  const e = m[4] ? Number(m[4]) : 0
  // Plain notation of 1e600000000 would need 600 MB: exponents are bounded (documented limit).
  if (!(Math.abs(e) <= MAX_EXPONENT)) throw new NumberFormatError('too-large', s)
  return makeDec(m[1] === '-', (m[2] ?? '') + frac, e - frac.length)
}

/**
 * Multiplies by `10^k`.
 * @internal
 */
export function shift(d: Dec, k: number): Dec {
  return d === ZERO || d.digits === '0' ? ZERO : { neg: d.neg, digits: d.digits, exp: d.exp + k }
}

/**
 * The integer and fraction digit strings of |d| (integer part `'0'` when there is none; fraction
 * part without trailing zeros).
 * @internal
 */
export function splitDec(d: Dec): { int: string; frac: string } {
  const { digits, exp } = d
  if (exp >= 0) return { int: digits + '0'.repeat(exp), frac: '' }
  const point = digits.length + exp
  if (point > 0) return { int: digits.slice(0, point), frac: digits.slice(point) }
  return { int: '0', frac: '0'.repeat(-point) + digits }
}

/**
 * The canonical string: plain notation, `.` as the decimal point, no exponent, no `-0`.
 * @internal
 */
export function decToString(d: Dec): string {
  const { int, frac } = splitDec(d)
  return (d.neg ? '-' : '') + int + (frac ? `.${frac}` : '')
}

/** Adds one to a string of digits (which may be empty, meaning 0). */
function increment(digits: string): string {
  let i = digits.length - 1
  while (i >= 0 && digits.charCodeAt(i) === 57) i--
  if (i < 0) return `1${'0'.repeat(digits.length)}`
  return (
    digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - i - 1)
  )
}

/**
 * Rounds to `decimals` fraction digits (negative: to tens, hundreds …) with the given mode.
 * @internal
 */
export function roundDec(d: Dec, decimals: number, mode: RoundingMode): Dec {
  if (!MODES.has(mode)) throw new NumberFormatError('invalid-option', `rounding: ${String(mode)}`)
  const drop = -decimals - d.exp // how many trailing digits fall away
  if (drop <= 0) return d
  const len = d.digits.length
  const keep = drop >= len ? '' : d.digits.slice(0, len - drop)
  // The dropped part is never zero (digits has no trailing zeros), so we only need to know
  // whether it is below, at, or above one half.
  let cmpHalf: number
  if (drop > len) cmpHalf = -1
  else {
    const first = d.digits.charCodeAt(len - drop) - 48
    cmpHalf = first < 5 ? -1 : first > 5 ? 1 : drop === 1 ? 0 : 1
  }
  const lastKept = keep ? keep.charCodeAt(keep.length - 1) - 48 : 0
  let away: boolean
  switch (mode) {
    case 'up':
      away = true
      break
    case 'down':
      away = false
      break
    case 'ceil':
      away = !d.neg
      break
    case 'floor':
      away = d.neg
      break
    default: {
      if (cmpHalf !== 0) away = cmpHalf > 0
      else if (mode === 'half-up') away = true
      else if (mode === 'half-down') away = false
      else if (mode === 'half-even') away = lastKept % 2 === 1
      else if (mode === 'half-ceil') away = !d.neg
      else away = d.neg // half-floor
    }
  }
  return makeDec(d.neg, away ? increment(keep) : keep, -decimals)
}

/**
 * Compares |a| and |b|: negative, zero or positive.
 * @internal
 */
export function compareAbs(a: Dec, b: Dec): number {
  if (a.digits === '0' || b.digits === '0') return (a.digits === '0' ? 0 : 1) - (b.digits === '0' ? 0 : 1)
  const ma = a.digits.length + a.exp
  const mb = b.digits.length + b.exp
  if (ma !== mb) return ma - mb
  const n = Math.max(a.digits.length, b.digits.length)
  const da = a.digits.padEnd(n, '0')
  const db = b.digits.padEnd(n, '0')
  return da < db ? -1 : da > db ? 1 : 0
}
