/**
 * One arithmetic, two number types. Every measure is written once, generic over a
 * {@link Calculator}: run with exact decimals it gives a `Decimal`; run with intervals (when any
 * input is a reported figure or an interval) it gives an `Interval` that contains every exact
 * result computable from values inside the inputs' intervals.
 * @module
 */
import { Decimal, type DecimalLike, toDecimal } from '../decimal'
import { BhxhError, detail } from '../errors'
import { isReportedFigure, type ReportedFigure } from './figure'
import {
  addIntervals,
  divIntervals,
  type Interval,
  isInterval,
  mulIntervals,
  powInterval,
  span,
  subIntervals,
  unsigned,
} from './interval'

/**
 * What the measures accept as a number: an exact value (`Decimal`, decimal string, `number`,
 * `bigint`), an {@link Interval}, or a {@link ReportedFigure} (which stands for its interval).
 *
 * @example
 * ```ts
 * const a: Quantity = '3620400000000'            // exact
 * const b: Quantity = figure('3.620,4 tỷ đồng')  // as reported: an interval
 * ```
 */
export type Quantity = DecimalLike | Interval | ReportedFigure

/** The quantities that stand for an interval. */
export type Inexact = Interval | ReportedFigure

/**
 * Whether a quantity type is surely `inexact` (a figure or an interval), surely `exact`, or
 * `maybe` either; {@link Measured} combines these.
 *
 * @example
 * ```ts
 * type E = Exactness<ReportedFigure> // 'inexact'
 * ```
 */
export type Exactness<Q> = [Q] extends [Inexact]
  ? 'inexact'
  : [Extract<Q, Inexact>] extends [never]
    ? 'exact'
    : 'maybe'

/**
 * The number type a measure returns for inputs of types `Qs`: `Interval` if any input is a
 * reported figure or an interval, `Decimal` if every input is exact, either when the types do
 * not say.
 *
 * @example
 * ```ts
 * type A = Measured<[string, string]>          // Decimal
 * type B = Measured<[ReportedFigure, string]>  // Interval
 * ```
 */
export type Measured<Qs extends readonly unknown[]> = 'inexact' extends {
  [K in keyof Qs]: Exactness<Qs[K]>
}[number]
  ? Interval
  : 'maybe' extends { [K in keyof Qs]: Exactness<Qs[K]> }[number]
    ? Decimal | Interval
    : Decimal

/**
 * The arithmetic a measure is written against. {@link exact} works on `Decimal`s,
 * {@link intervals} on `Interval`s with outward rounding.
 *
 * @example
 * ```ts
 * // one formula, two arithmetics
 * const share = <T>(c: Calculator<T>, part: T, whole: T): T => c.div(part, whole)
 * share(exact, new Decimal(3), new Decimal(4)).toString() // '0.75'
 * ```
 */
export interface Calculator<T> {
  /** Which arithmetic this is. */
  readonly name: 'exact' | 'interval'
  /** An exact value in this arithmetic. */
  of(x: Decimal): T
  /** a + b */
  add(a: T, b: T): T
  /** a − b */
  sub(a: T, b: T): T
  /** a × b */
  mul(a: T, b: T): T
  /** a ÷ b; throws `division-by-zero` if b is (or may be) 0 */
  div(a: T, b: T): T
  /** a^e for a > 0 */
  pow(a: T, e: Decimal): T
  /** max(a, 0) */
  atLeastZero(a: T): T
  /** the least integer ≥ a */
  ceil(a: T): T
  /** Sign of a − b: −1, 0 or 1; `null` when an interval straddles b. */
  compare(a: T, b: Decimal): -1 | 0 | 1 | null
}

const ZERO = /* @__PURE__ */ new Decimal(0)

function divisionByZero(): BhxhError {
  return new BhxhError('division-by-zero', { detail: detail('số chia bằng 0', 'the divisor is 0') })
}

/**
 * A result, or `overflow` if decimal.js made it infinite (an exponent beyond 9 × 10¹⁵, as
 * `2^(10^1000)` in a compound growth over 10⁻¹⁰⁰⁰ years): no measure returns an infinity.
 */
function finite(x: Decimal, op: string): Decimal {
  if (x.isFinite()) return x
  throw new BhxhError('overflow', {
    detail: detail(`kết quả của phép ${op} không hữu hạn`, `the result of ${op} is not finite`),
  })
}

/** An interval with finite ends, or `overflow`. */
const finiteInterval = (i: Interval, op: string): Interval => {
  finite(i.lo, op)
  finite(i.hi, op)
  return i
}

/**
 * Exact arithmetic on {@link Decimal} (40 significant digits, half-up; exact whenever the
 * result fits, which it does for sums, differences and products of reported figures).
 *
 * @example
 * ```ts
 * exact.div(new Decimal('3620400000000'), new Decimal('5063500000000')).toFixed(4) // '0.7150'
 * ```
 */
export const exact: Calculator<Decimal> = {
  name: 'exact',
  of: (x) => x,
  add: (a, b) => unsigned(finite(a.plus(b), '+')),
  sub: (a, b) => unsigned(finite(a.minus(b), '−')),
  mul: (a, b) => unsigned(finite(a.times(b), '×')),
  div: (a, b) => {
    if (b.isZero()) throw divisionByZero()
    return unsigned(finite(a.div(b), '÷'))
  },
  pow: (a, e) => unsigned(finite(a.pow(e), '^')),
  atLeastZero: (a) => (a.isNegative() ? ZERO : a),
  ceil: (a) => unsigned(finite(a.ceil(), 'ceil')),
  compare: (a, b) => a.cmp(b) as -1 | 0 | 1,
}

/**
 * Interval arithmetic with outward rounding: the result contains every exact result of the
 * same formula applied to values inside the input intervals.
 *
 * @example
 * ```ts
 * // plan implied by "3.620,4 tỷ đồng, đạt 71,5% kế hoạch": between 5.059,9 and 5.067,1 tỷ
 * intervals.div(figure('3.620,4 tỷ đồng').interval, figure('71,5%').interval)
 * ```
 */
export const intervals: Calculator<Interval> = {
  name: 'interval',
  of: (x) => span(x, x),
  add: (a, b) => finiteInterval(addIntervals(a, b), '+'),
  sub: (a, b) => finiteInterval(subIntervals(a, b), '−'),
  mul: (a, b) => finiteInterval(mulIntervals(a, b), '×'),
  div: (a, b) => finiteInterval(divIntervals(a, b), '÷'),
  pow: (a, e) => finiteInterval(powInterval(a, e), '^'),
  atLeastZero: (a) => span(a.lo.isNegative() ? ZERO : a.lo, a.hi.isNegative() ? ZERO : a.hi),
  ceil: (a) => span(a.lo.ceil(), a.hi.ceil()),
  compare: (a, b) => (a.lo.gt(b) ? 1 : a.hi.lt(b) ? -1 : a.lo.eq(b) && a.hi.eq(b) ? 0 : null),
}

/**
 * Is `x` a quantity that stands for an interval (a reported figure or an interval)?
 *
 * @param x - a quantity
 * @returns whether measures on it give intervals
 *
 * @example
 * ```ts
 * isInexact(figure('71,5%')) // true
 * isInexact('0.715')         // false
 * ```
 */
export function isInexact(x: unknown): x is Inexact {
  return isReportedFigure(x) || isInterval(x)
}

/** A quantity as an interval. */
export const asInterval = (q: Quantity): Interval =>
  isReportedFigure(q) ? q.interval : isInterval(q) ? q : span(toDecimal(q), toDecimal(q))

/** Inputs lifted into one arithmetic: the arithmetic, and the inputs in it (in order). */
export interface Lifted<Q extends readonly Quantity[]> {
  /** The arithmetic: `exact` when every input is exact, otherwise `intervals`. */
  readonly calc: Calculator<Decimal | Interval>
  /** The inputs, in that arithmetic, in order. */
  readonly values: { readonly [K in keyof Q]: Decimal | Interval }
}

/**
 * Chooses the arithmetic for some inputs and converts them into it: exact when every input is
 * exact; intervals as soon as one is a reported figure or an interval.
 *
 * @param qs - the inputs
 * @returns the arithmetic and the converted inputs
 *
 * @example
 * ```ts
 * lift(['3620400000000', figure('71,5%')]).calc.name // 'interval'
 * ```
 */
export function lift<const Q extends readonly Quantity[]>(qs: Q): Lifted<Q> {
  if (!Array.isArray(qs) || qs.length === 0)
    throw new BhxhError('invalid-input', {
      path: ['quantities'],
      detail: detail('cần một mảng đại lượng khác rỗng', 'expected a non-empty array of quantities'),
    })
  const values = qs.some(isInexact)
    ? qs.map(asInterval)
    : qs.map((q) => unsigned(toDecimal(q as DecimalLike)))
  return {
    calc: (values[0] && isInterval(values[0]) ? intervals : exact) as Calculator<Decimal | Interval>,
    values: values as unknown as Lifted<Q>['values'],
  }
}

/**
 * Checks that a value is positive, the way a divisor that is a base (a target, a population,
 * a previous value) must be.
 *
 * @param c - the arithmetic
 * @param x - the value
 * @param what - its name, for the message
 * @throws {@link BhxhError} `division-by-zero` if it is (or may be) 0, `negative-base` if it is negative
 */
export function requirePositive<T>(c: Calculator<T>, x: T, what: { vi: string; en: string }): void {
  const s = c.compare(x, ZERO)
  if (s === 1) return
  const lo = isInterval(x) ? x.lo : (x as Decimal)
  if (lo.isNegative() && !(isInterval(x) && x.hi.gte(0))) {
    throw new BhxhError('negative-base', {
      detail: detail(`${what.vi} âm (${lo})`, `${what.en} is negative (${lo})`),
    })
  }
  throw new BhxhError('division-by-zero', {
    detail: detail(`${what.vi} bằng 0 hoặc có thể bằng 0`, `${what.en} is or may be 0`),
  })
}
