/**
 * Pace: how far into a target's period a result is, what was due by then, and where a straight
 * line through the result ends.
 * @module
 */
import { Decimal } from '../decimal'
import { BhxhError, detail } from '../errors'
import type { Calculator } from '../figure/calculator'
import { contains, monthsCovered, periodEquals, periodRange } from '../period/index'
import type { Fraction, Period } from '../period/types'
import { calculatorArgs, fractionAt } from './common'

/**
 * The pace of a result against a target for a longer period.
 *
 * @example
 * ```ts
 * // 3.620,4 tỷ in 9 months against a 5.063,5 tỷ annual plan:
 * // { elapsed: 3/4, due: 3.797,6 tỷ, ratioToDue: 0,953, onTrack: false, projection: 4.827,2 tỷ, projectedRatio: 0,953 }
 * ```
 */
export interface Pace<T> {
  /** The share of the target's period elapsed at the end of the result's period. */
  readonly elapsed: Fraction
  /** What was due by then on a straight line: target × elapsed. */
  readonly due: T
  /** The result against what was due: actual ÷ due. */
  readonly ratioToDue: T
  /** Whether the result is at or above what was due; `null` when an interval cannot tell. */
  readonly onTrack: boolean | null
  /** The straight-line projection to the end of the target's period: actual ÷ elapsed. */
  readonly projection: T
  /** The projection against the target: projection ÷ target (= ratioToDue). */
  readonly projectedRatio: T
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

/** A fraction, reduced. */
export function fraction(numerator: number, denominator: number): Fraction {
  const g = gcd(numerator, denominator) || 1
  return Object.freeze({ numerator: numerator / g, denominator: denominator / g })
}

const DAY = 86_400_000
const dayNumber = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY

/**
 * The share of `outer` that `inner` accounts for: by whole months when `inner` covers whole
 * months (9 months of a year → 3/4 whatever the year's length in days; quý III of a year → 1/4),
 * otherwise by days (an instant on 30/6/2020, counted from the start → 182/366 of 2020).
 *
 * @param outer - the target's period
 * @param inner - the result's period, inside `outer`
 * @returns the exact share
 * @throws {@link BhxhError} `period-mismatch` if `inner` is not inside `outer`
 *
 * @example
 * ```ts
 * elapsedWithin(period('năm 2020'), period('9 tháng đầu năm 2020')) // { numerator: 3, denominator: 4 }
 * ```
 */
export function elapsedWithin(outer: Period, inner: Period): Fraction {
  if (!contains(outer, inner)) {
    throw new BhxhError('period-mismatch', {
      detail: detail(
        'kỳ của kết quả không nằm trong kỳ của chỉ tiêu',
        "the result's period is not inside the target's",
      ),
    })
  }
  const innerMonths = monthsCovered(inner)
  const outerMonths = monthsCovered(outer)
  if (innerMonths.length > 0 && outerMonths.length > 0) {
    // The months the result covers, of the target's: 9 months of a year → 3/4, a quarter → 1/4.
    return fraction(innerMonths.length, outerMonths.length)
  }
  const o = periodRange(outer)
  const r = periodRange(inner)
  // An instant (lũy kế tính đến ngày …) counts from the target's start; a day is one day.
  const from = inner.kind === 'instant' ? o.start : r.start
  return fraction(dayNumber(r.end) - dayNumber(from) + 1, dayNumber(o.end) - dayNumber(o.start) + 1)
}

/** The pace, written once for both arithmetics. */
export function paceWith<T>(c: Calculator<T>, actual: T, target: T, elapsed: Fraction): Pace<T> {
  calculatorArgs(c, [actual, target])
  fractionAt(elapsed, [3])
  const n = c.of(new Decimal(elapsed.numerator))
  const d = c.of(new Decimal(elapsed.denominator))
  const due = c.div(c.mul(target, n), d)
  const ratioToDue = c.div(actual, due)
  const behind = c.compare(c.sub(actual, due), new Decimal(0))
  const projection = c.div(c.mul(actual, d), n)
  return Object.freeze({
    elapsed,
    due,
    ratioToDue,
    onTrack: behind === null ? null : behind >= 0,
    projection,
    projectedRatio: c.div(projection, target),
  })
}

/** Whether two periods are the same; re-exported for the measures. */
export const samePeriod = periodEquals
