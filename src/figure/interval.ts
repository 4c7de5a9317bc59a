/**
 * Closed intervals of exact decimals, and the arithmetic on them with outward (directed)
 * rounding, so that a computed interval always contains every exact result.
 * @module
 */
import { Decimal, type DecimalLike, toDecimal } from '../decimal'
import { BhxhError, detail } from '../errors'
import { invalid, kindOf } from '../input'
import { isDecimal, isInterval } from './guards'

export { isInterval } from './guards'

/**
 * A closed interval `[lo, hi]` of exact decimals: every value a reported figure is consistent
 * with, or every value a measure can take when its inputs are such intervals.
 *
 * @example
 * ```ts
 * figure('71,5%').interval // { kind: 'interval', lo: 0.7145, hi: 0.7155 } — "71,5%" as written
 * ```
 */
export interface Interval {
  /** Always `interval`. */
  readonly kind: 'interval'
  /** The lower end. */
  readonly lo: Decimal
  /** The upper end (≥ `lo`). */
  readonly hi: Decimal
}

/** Never `-0`: decimal.js keeps the sign of a zero, the library does not. */
export const unsigned = (x: Decimal): Decimal => (x.isZero() && x.isNegative() ? x.abs() : x)

/**
 * Makes an interval `[lo, hi]`.
 *
 * @param lo - the lower end
 * @param hi - the upper end, not below `lo`
 * @returns a frozen interval
 * @throws {@link BhxhError} `invalid-input` if `lo > hi`
 *
 * @example
 * ```ts
 * // the 2019 census population of Bến Tre lies between the two implied values
 * interval('1288376', '1288518')
 * ```
 */
export function interval(lo: DecimalLike, hi: DecimalLike): Interval {
  const l = unsigned(toDecimal(numberAt(lo, ['lo'])))
  const h = unsigned(toDecimal(numberAt(hi, ['hi'])))
  if (l.gt(h)) {
    throw new BhxhError('invalid-input', {
      detail: detail(`đầu dưới ${l} lớn hơn đầu trên ${h}`, `lower end ${l} is above upper end ${h}`),
    })
  }
  return Object.freeze({ kind: 'interval', lo: l, hi: h })
}

/** `x` if it is a number the core reads (string, number, bigint, Decimal); else `invalid-input`. */
function numberAt(x: unknown, path: readonly (string | number)[]): DecimalLike {
  if (typeof x === 'string' || typeof x === 'number' || typeof x === 'bigint' || isDecimal(x))
    return x as DecimalLike
  throw invalid(path, `cần một số, không phải ${kindOf(x)}`, `expected a number, not ${kindOf(x)}`)
}

/** `x` if it is an interval; else `invalid-input`. */
function intervalAt(x: unknown, path: readonly (string | number)[]): Interval {
  if (isInterval(x)) return x
  throw invalid(
    path,
    `cần một khoảng interval(), không phải ${kindOf(x)}`,
    `expected an interval(), not ${kindOf(x)}`,
  )
}

/** An interval without the check (the callers keep lo ≤ hi). */
export const span = (lo: Decimal, hi: Decimal): Interval =>
  Object.freeze({ kind: 'interval', lo: unsigned(lo), hi: unsigned(hi) })

/**
 * Does the interval contain `x`?
 *
 * @param i - the interval
 * @param x - a value
 * @returns `lo ≤ x ≤ hi`
 *
 * @example
 * ```ts
 * // 1.165.787 insured at 90,48% imply a population in [1.288.376; 1.288.518]: the census 1.288.463 fits
 * intervalContains(impliedBase('1165787', figure('90,48%')), '1288463') // true
 * ```
 */
export function intervalContains(i: Interval, x: DecimalLike): boolean {
  intervalAt(i, ['interval'])
  const d = toDecimal(numberAt(x, ['value']))
  return d.gte(i.lo) && d.lte(i.hi)
}

/**
 * Do two intervals share at least one value?
 *
 * @param a - an interval
 * @param b - another
 * @returns whether they overlap
 *
 * @example
 * ```ts
 * intervalsOverlap(figure('71,5%').interval, interval('0.7', '0.72')) // true
 * ```
 */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  intervalAt(a, ['a'])
  intervalAt(b, ['b'])
  return a.lo.lte(b.hi) && b.lo.lte(a.hi)
}

/**
 * The middle of an interval.
 *
 * @param i - the interval
 * @returns `(lo + hi) / 2`, exact
 *
 * @example
 * ```ts
 * midpoint(figure('71,5%').interval).toString() // '0.715'
 * ```
 */
export function midpoint(i: Interval): Decimal {
  intervalAt(i, ['interval'])
  return unsigned(i.lo.plus(i.hi).div(2))
}

// Outward rounding: a lower end is rounded down, an upper end up, so that no exact result can
// fall outside the computed interval.
const Down = /* @__PURE__ */ Decimal.clone({ rounding: Decimal.ROUND_FLOOR })
const Up = /* @__PURE__ */ Decimal.clone({ rounding: Decimal.ROUND_CEIL })

type Op = 'plus' | 'minus' | 'times' | 'div'
const down = (a: Decimal, op: Op, b: Decimal): Decimal => new Decimal(new Down(a)[op](b))
const up = (a: Decimal, op: Op, b: Decimal): Decimal => new Decimal(new Up(a)[op](b))

/** [a.lo + b.lo, a.hi + b.hi], rounded outward. */
export const addIntervals = (a: Interval, b: Interval): Interval =>
  span(down(a.lo, 'plus', b.lo), up(a.hi, 'plus', b.hi))

/** [a.lo − b.hi, a.hi − b.lo], rounded outward. */
export const subIntervals = (a: Interval, b: Interval): Interval =>
  span(down(a.lo, 'minus', b.hi), up(a.hi, 'minus', b.lo))

function corners(a: Interval, b: Interval, op: 'times' | 'div'): Interval {
  let lo: Decimal | null = null
  let hi: Decimal | null = null
  for (const x of [a.lo, a.hi]) {
    for (const y of [b.lo, b.hi]) {
      const l = down(x, op, y)
      const h = up(x, op, y)
      if (lo === null || l.lt(lo)) lo = l
      if (hi === null || h.gt(hi)) hi = h
    }
  }
  return span(lo as Decimal, hi as Decimal)
}

/** The product of two intervals, rounded outward. */
export const mulIntervals = (a: Interval, b: Interval): Interval => corners(a, b, 'times')

/**
 * The quotient of two intervals, rounded outward.
 * @throws {@link BhxhError} `division-by-zero` if `b` contains 0
 */
export function divIntervals(a: Interval, b: Interval): Interval {
  if (b.lo.lte(0) && b.hi.gte(0)) {
    throw new BhxhError('division-by-zero', {
      detail: detail(
        `số chia có thể bằng 0 (khoảng [${b.lo}; ${b.hi}])`,
        `the divisor may be 0 (interval [${b.lo}; ${b.hi}])`,
      ),
    })
  }
  return corners(a, b, 'div')
}

/**
 * `a^e` for an interval of positive values and a real exponent, rounded outward. decimal.js
 * rounds a non-integer power correctly "almost always", so each end is also widened by ten units
 * of its 40th significant digit.
 */
export function powInterval(a: Interval, e: Decimal): Interval {
  const x = new Down(a.lo).pow(e)
  const y = new Up(a.hi).pow(e)
  const [l, h] = e.isNegative() ? [new Down(a.hi).pow(e), new Up(a.lo).pow(e)] : [x, y]
  const ulp = (d: InstanceType<typeof Down>): InstanceType<typeof Down> =>
    d.isZero() ? d : new Down(10).pow(d.abs().log(10).floor().minus(38))
  return span(new Decimal(l.minus(ulp(l))), new Decimal(h.plus(ulp(h))))
}
