/**
 * What the measures share: reading their inputs (plain quantities, targets, results) and
 * checking that two records can be compared.
 * @module
 */
import { BhxhError, detail } from '../errors'
import type { Quantity } from '../figure/calculator'
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
 * Checks that two records measure the same thing: same scheme, same metric, same region (when
 * both name one).
 * @throws {@link BhxhError} `scheme-mismatch`, `metric-mismatch` or `region-mismatch`
 */
export function sameMeasure(a: AnyRecord, b: AnyRecord): void {
  if (a.scheme !== b.scheme) {
    throw new BhxhError('scheme-mismatch', {
      detail: detail(`${a.scheme} và ${b.scheme}`, `${a.scheme} and ${b.scheme}`),
    })
  }
  if (a.metric !== b.metric) {
    throw new BhxhError('metric-mismatch', {
      detail: detail(`${a.metric} và ${b.metric}`, `${a.metric} and ${b.metric}`),
    })
  }
  if (a.region !== null && b.region !== null && a.region !== b.region) {
    throw new BhxhError('region-mismatch', {
      detail: detail(`${a.region} và ${b.region}`, `${a.region} and ${b.region}`),
    })
  }
}
