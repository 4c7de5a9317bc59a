/**
 * What the measures share: reading their inputs (plain quantities, targets, results) and
 * checking that two records can be compared.
 * @module
 */
import { BhxhError, detail } from '../errors'
import { exact, intervals, type Quantity } from '../figure/calculator'
import { isDecimal, isInterval, isReportedFigure } from '../figure/guards'
import { invalid, kindOf, type Path } from '../input'
import { shown } from '../number/errors'
import type { Fraction } from '../period/types'
import type { Measurement, PeriodResult, Target, Value } from '../target/types'

/** A target or a result. */
export type AnyRecord = Target | PeriodResult

/** The value type inside a record, or the quantity itself. */
export type Unwrap<X> = X extends Measurement<infer V> ? V : X

/**
 * Is `x` a target or a result made by `target()` / `result()`?
 *
 * @param x - anything
 * @returns whether it is a record
 *
 * @example
 * ```ts
 * isRecord(result({ scheme: 'BHYT', metric: 'participants', period: 'năm 2019', value: '1165787' })) // true
 * ```
 */
export function isRecord(x: unknown): x is AnyRecord {
  if (typeof x !== 'object' || x === null) return false
  const r = (x as { record?: unknown }).record
  return r === 'target' || r === 'result'
}

/** The quantity of an input: a record's value, or the input itself. */
export const quantityOf = (x: Quantity | AnyRecord): Quantity => (isRecord(x) ? (x.value as Value) : x)

/**
 * The quantity of an input checked at the boundary: a record's value, or the input itself when
 * it is a number, a decimal string, a `bigint`, a `Decimal`, an interval or a `figure()`.
 * Anything else (`null`, a plain object, an array) is an `invalid-input` error naming `path`.
 */
export function quantityAt(x: unknown, path: Path): Quantity {
  if (isRecord(x)) return quantityAt(x.value, [...path, 'value'])
  if (
    typeof x === 'string' ||
    typeof x === 'number' ||
    typeof x === 'bigint' ||
    isDecimal(x) ||
    isInterval(x) ||
    isReportedFigure(x)
  )
    return x as Quantity
  throw invalid(
    path,
    `cần một số, một khoảng hoặc một số liệu, không phải ${kindOf(x)}`,
    `expected a number, an interval or a figure, not ${kindOf(x)}`,
  )
}

/**
 * Checks what a `…With` function is given: one of the two calculators (`exact`, `intervals`)
 * with values of its kind (`Decimal`s, intervals), or a calculator of the caller's own.
 */
export function calculatorArgs(c: unknown, values: readonly unknown[]): void {
  const methods = ['of', 'add', 'sub', 'mul', 'div', 'pow', 'compare', 'atLeastZero', 'ceil']
  if (
    typeof c !== 'object' ||
    c === null ||
    methods.some((m) => typeof (c as Record<string, unknown>)[m] !== 'function')
  )
    throw invalid(['calculator'], 'cần exact hoặc intervals', 'expected exact or intervals')
  const ok = c === exact ? isDecimal : c === intervals ? isInterval : null
  values.forEach((v, i) => {
    if (ok && !ok(v))
      throw invalid(
        [i + 1],
        `cần ${c === exact ? 'một Decimal' : 'một khoảng'}, không phải ${kindOf(v)}`,
        `expected ${c === exact ? 'a Decimal' : 'an interval'}, not ${kindOf(v)}`,
      )
  })
}

/**
 * A share of a period elapsed, checked: whole numbers with 0 < numerator ≤ denominator.
 */
export function fractionAt(x: unknown, path: Path): Fraction {
  const f = x as Fraction
  if (
    typeof x !== 'object' ||
    x === null ||
    !Number.isSafeInteger(f.numerator) ||
    !Number.isSafeInteger(f.denominator) ||
    f.numerator <= 0 ||
    f.numerator > f.denominator
  )
    throw invalid(
      path,
      'cần một phân số { numerator, denominator } với 0 < numerator ≤ denominator',
      'expected a fraction { numerator, denominator } with 0 < numerator ≤ denominator',
    )
  return f
}

/**
 * Checks that two records measure the same thing: same scheme, same metric, same region (when
 * both name one).
 * @throws {@link BhxhError} `scheme-mismatch`, `metric-mismatch` or `region-mismatch`
 */
export function sameMeasure(a: AnyRecord, b: AnyRecord): void {
  if (a.scheme !== b.scheme) {
    throw new BhxhError('scheme-mismatch', {
      detail: detail(`${shown(a.scheme)} và ${shown(b.scheme)}`, `${shown(a.scheme)} and ${shown(b.scheme)}`),
    })
  }
  if (a.metric !== b.metric) {
    throw new BhxhError('metric-mismatch', {
      detail: detail(`${shown(a.metric)} và ${shown(b.metric)}`, `${shown(a.metric)} and ${shown(b.metric)}`),
    })
  }
  if (a.region !== null && b.region !== null && a.region !== b.region) {
    throw new BhxhError('region-mismatch', {
      detail: detail(`${shown(a.region)} và ${shown(b.region)}`, `${shown(a.region)} and ${shown(b.region)}`),
    })
  }
}
