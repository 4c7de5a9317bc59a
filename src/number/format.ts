/**
 * Vietnamese number formatting: `1.076.000`, `3.620,4 tỷ đồng`, `71,5%`, `-6,15 điểm phần trăm`.
 *
 * Every formatter works on exact digit strings (see `digits.ts`): no float arithmetic, no `Intl`,
 * so the output is byte-identical on every runtime. By default nothing is rounded and every digit
 * of the input is shown; rounding happens only when `decimals` or `maxDecimals` is given.
 *
 * @module
 */
import {
  type Dec,
  MODES,
  type NumberInput,
  type RoundingMode,
  readDec,
  roundDec,
  shift,
  splitDec,
} from './digits'
import { NumberFormatError, optionsOf, shown } from './errors'

/**
 * Options shared by every formatter.
 *
 * @example
 * ```ts
 * formatNumber(3620.4, { decimals: 2 }) // '3.620,40'
 * ```
 */
export interface FormatOptions {
  /**
   * Exactly this many fraction digits: shorthand for `minDecimals` and `maxDecimals` both set to
   * it (an explicit `minDecimals` or `maxDecimals` takes precedence). An integer from 0 to 100.
   */
  decimals?: number
  /** Pads the fraction with zeros to at least this many digits. An integer from 0 to 100; default 0. */
  minDecimals?: number
  /**
   * Rounds to at most this many fraction digits (trailing zeros beyond `minDecimals` are dropped).
   * An integer from 0 to 100; by default there is no limit and nothing is rounded.
   */
  maxDecimals?: number
  /** How to round when `decimals` or `maxDecimals` cuts digits off; default `'half-up'`. */
  rounding?: RoundingMode
  /** Whether to put `.` between groups of three integer digits (`1.076.000`); default `true`. */
  grouping?: boolean
}

/**
 * Options of {@link formatPercent}.
 *
 * @example
 * ```ts
 * formatPercent(3.0272, { space: true }) // '302,72 %' (with a no-break space)
 * ```
 */
export interface PercentOptions extends FormatOptions {
  /** Whether to put a no-break space (U+00A0) before `%`; default `false`. */
  space?: boolean
}

/**
 * The scale an amount of money is written in: `'tỷ'` (10⁹), `'triệu'` (10⁶), `'nghìn'` (10³),
 * `'đồng'` (none), or `'auto'`, which picks `'tỷ'`, `'triệu'` or `'đồng'` from the size of the amount.
 *
 * @example
 * ```ts
 * formatVnd(3620400000000, { scale: 'triệu' }) // '3.620.400 triệu đồng'
 * ```
 */
export type VndScale = 'đồng' | 'nghìn' | 'triệu' | 'tỷ' | 'auto'

/**
 * The currency unit written after an amount of money.
 *
 * @example
 * ```ts
 * formatVnd(3620400000000, { unit: 'VND' }) // '3.620,4 tỷ VND'
 * ```
 */
export type VndUnit = 'đồng' | '₫' | 'đ' | 'VND' | 'VNĐ'

/**
 * Options of {@link formatVnd}. Rounding (`decimals`, `maxDecimals`) applies to the scaled figure:
 * `decimals: 1` with scale `'tỷ'` rounds to 0,1 tỷ.
 *
 * @example
 * ```ts
 * formatVnd(3620400000000, { scale: 'đồng', unit: '₫' }) // '3.620.400.000.000 ₫'
 * ```
 */
export interface VndOptions extends FormatOptions {
  /**
   * The scale; default `'auto'`: `'tỷ'` from 10⁹ on, `'triệu'` from 10⁶ on, else `'đồng'` (never
   * `'nghìn'`). With rounding, an amount that rounds up to the next scale moves to it
   * (999.999.999 with `decimals: 1` is `'1,0 tỷ đồng'`).
   */
  scale?: VndScale
  /** The unit; default `'đồng'`. */
  unit?: VndUnit
}

const POWERS: Record<string, number> = { đồng: 0, nghìn: 3, triệu: 6, tỷ: 9 }
const UNITS = ['đồng', '₫', 'đ', 'VND', 'VNĐ']

/** Options checked and resolved. */
interface Spec {
  min: number
  max: number | undefined
  mode: RoundingMode
  group: boolean
}

function invalid(name: string, value: unknown): never {
  throw new NumberFormatError('invalid-option', `${name}: ${shown(value)}`)
}

const FORMAT_KEYS = ['decimals', 'minDecimals', 'maxDecimals', 'rounding', 'grouping'] as const
const PERCENT_KEYS = [...FORMAT_KEYS, 'space'] as const
const VND_KEYS = [...FORMAT_KEYS, 'scale', 'unit'] as const

/** Checks an optional digit count: undefined or an integer 0…100. */
function count(o: FormatOptions, name: 'decimals' | 'minDecimals' | 'maxDecimals'): number | undefined {
  const v = o[name]
  if (v !== undefined && !(Number.isInteger(v) && v >= 0 && v <= 100)) invalid(name, v)
  return v
}

function resolve(o: FormatOptions): Spec {
  const decimals = count(o, 'decimals')
  const min = count(o, 'minDecimals') ?? decimals ?? 0
  const max = count(o, 'maxDecimals') ?? decimals
  const mode = o.rounding ?? 'half-up'
  if (max !== undefined && min > max) invalid('minDecimals', min)
  if (!MODES.has(mode)) invalid('rounding', mode)
  return { min, max, mode, group: o.grouping !== false }
}

function round(d: Dec, s: Spec): Dec {
  return s.max === undefined ? d : roundDec(d, s.max, s.mode)
}

/** Prints an already rounded value: sign, grouped integer digits, `,`, padded fraction. */
function render(d: Dec, s: Spec): string {
  const { int, frac } = splitDec(d)
  let out = int
  if (s.group) {
    // Linear in the number of digits (a look-ahead regex would be quadratic on huge values).
    out = int.slice(0, ((int.length - 1) % 3) + 1)
    for (let i = out.length; i < int.length; i += 3) out += `.${int.slice(i, i + 3)}`
  }
  const f = frac.padEnd(s.min, '0')
  return (d.neg && d.digits !== '0' ? '-' : '') + out + (f ? `,${f}` : '')
}

/** The scale that 'auto' picks for an amount in đồng: tỷ from 10^9, triệu from 10^6, else đồng. */
function pick(d: Dec): VndScale {
  const m = d.digits === '0' ? 0 : d.digits.length + d.exp // |d| < 10^m
  return m > 9 ? 'tỷ' : m > 6 ? 'triệu' : 'đồng'
}

function scaled(x: NumberInput, k: number, o: FormatOptions): string {
  const s = resolve(o)
  return render(round(shift(readDec(x), k), s), s)
}

/**
 * Formats a number the Vietnamese way: `.` between groups of thousands, `,` before the decimals,
 * ASCII `-` for negatives. Exact by default (every digit of the input is shown); rounds only when
 * `decimals` or `maxDecimals` is given. Never prints `-0`.
 *
 * @param x - a number, bigint, decimal string (`'3620.4'`, `'1e+21'`; exponent at most ±1000) or
 *   decimal.js `Decimal`
 * @param options - decimals, rounding and grouping
 * @returns the formatted number, such as `'1.076.000'`
 * @throws NumberFormatError `not-finite` for `NaN`/`±Infinity`, `invalid-number` for a string that
 *   is not a decimal, `too-large` for an exponent beyond ±1000 (`'1e50000000'`: its plain
 *   notation would take megabytes), `invalid-type` for `null`, `undefined`, a boolean, an array or
 *   a plain object (never coerced with `String()`), `invalid-option` for an option out of range
 *
 * @example
 * ```ts
 * // "gần 1.076.000 người" tham gia BHXH tự nguyện
 * formatNumber(1076000) // '1.076.000'
 * formatNumber('3620.4') // '3.620,4'
 * formatNumber(-4.46) // '-4,46'
 * formatNumber(1076000.5, { grouping: false }) // '1076000,5'
 * formatNumber(2.45, { decimals: 1, rounding: 'half-even' }) // '2,4'
 * ```
 */
export function formatNumber(x: NumberInput, options?: FormatOptions): string {
  return scaled(x, 0, optionsOf(NumberFormatError, options, FORMAT_KEYS))
}

/**
 * Formats a ratio as a percentage (the ratio times 100, then `%`). Options apply to the
 * percentage: `decimals: 1` gives one digit after the comma of the percentage.
 *
 * @param ratio - the ratio (0.715 for 71,5%)
 * @param options - as {@link formatNumber}, plus `space` for a no-break space before `%`
 * @returns the formatted percentage, such as `'71,5%'`
 * @throws NumberFormatError as {@link formatNumber}
 *
 * @example
 * ```ts
 * // đạt 71,5% kế hoạch thu; số thu tăng 302,72 %
 * formatPercent(0.715) // '71,5%'
 * formatPercent(3.0272, { space: true }) // '302,72\u00a0%'
 * formatPercent(0.0003) // '0,03%'
 * ```
 */
export function formatPercent(ratio: NumberInput, options?: PercentOptions): string {
  const o = optionsOf(NumberFormatError, options, PERCENT_KEYS)
  return scaled(ratio, 2, o) + (o.space === true ? '\u00a0%' : '%')
}

/**
 * Formats the difference of two ratios in percentage points (`điểm phần trăm`).
 *
 * @param difference - the difference of two ratios (−0.0615 for a fall from 90% to 83,85%)
 * @param options - as {@link formatNumber}, applied to the number of points
 * @returns the formatted difference, such as `'-6,15 điểm phần trăm'`
 * @throws NumberFormatError as {@link formatNumber}
 *
 * @example
 * ```ts
 * // tỷ lệ bao phủ BHYT giảm từ 90% xuống 83,85%: −6,15 điểm phần trăm
 * formatPoints(-0.0615) // '-6,15 điểm phần trăm'
 * formatPoints('0.0615') // '6,15 điểm phần trăm'
 * ```
 */
export function formatPoints(difference: NumberInput, options?: FormatOptions): string {
  return `${scaled(difference, 2, optionsOf(NumberFormatError, options, FORMAT_KEYS))} điểm phần trăm`
}

/**
 * Formats an amount of money in Vietnamese đồng: the number, the scale word (`tỷ`, `triệu`,
 * `nghìn`; none for scale `'đồng'`), then the unit. Rounding applies after scaling.
 *
 * @param amount - the amount in đồng
 * @param options - as {@link formatNumber}, plus `scale` (default `'auto'`) and `unit` (default `'đồng'`)
 * @returns the formatted amount, such as `'3.620,4 tỷ đồng'`
 * @throws NumberFormatError as {@link formatNumber}; `invalid-option` for an unknown scale or unit
 *
 * @example
 * ```ts
 * // tổng số thu BHXH, BHYT, BHTN đạt 3.620,4 tỷ đồng
 * formatVnd(3620400000000) // '3.620,4 tỷ đồng'
 * formatVnd(3620400000000, { scale: 'triệu' }) // '3.620.400 triệu đồng'
 * formatVnd(3620400000000, { scale: 'đồng', unit: '₫' }) // '3.620.400.000.000 ₫'
 * formatVnd(1500000) // '1,5 triệu đồng'
 * ```
 */
export function formatVnd(amount: NumberInput, options?: VndOptions): string {
  const o = optionsOf(NumberFormatError, options, VND_KEYS)
  const s = resolve(o)
  const { scale = 'auto', unit = 'đồng' } = o
  if (scale !== 'auto' && !Object.hasOwn(POWERS, scale)) invalid('scale', scale)
  if (!UNITS.includes(unit)) invalid('unit', unit)
  const d = readDec(amount)
  const k = (name: VndScale) => POWERS[name] ?? 0
  let name = scale === 'auto' ? pick(d) : scale
  let v = round(shift(d, -k(name)), s)
  // Rounding may carry into the next scale (999.999.999 → 1.000,0 triệu): move up once; the
  // figure is then about 1 and cannot carry again.
  const up = scale === 'auto' ? pick(shift(v, k(name))) : name
  if (up !== name) {
    name = up
    v = round(shift(d, -k(name)), s)
  }
  return `${render(v, s)}${name === 'đồng' ? '' : ` ${name}`} ${unit}`
}
