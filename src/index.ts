/**
 * `bhxh` — Vietnamese social-insurance statistics: exact figures, Vietnamese numbers, the four
 * schemes, reporting periods, targets and results, and the measures over them (attainment,
 * growth, coverage, pace).
 *
 * This entry point re-exports everything in `bhxh/number` and `bhxh/schema` plus the core.
 *
 * @example
 * ```ts
 * import { attainment, figure, result, target } from 'bhxh'
 * const revenue = result({ scheme: 'ALL', metric: 'revenue', period: '9 tháng đầu năm 2020', value: '3620400000000' })
 * const plan = target({ scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: '5063500000000' })
 * attainment(revenue, plan).ratio.toFixed(3) // '0.715' — "đạt 71,5% so với kế hoạch"
 * ```
 * @module
 */

export * from './arrears/index'
export * from './check/index'
export { Decimal, type DecimalLike, toDecimal } from './decimal'
export {
  BhxhError,
  type BhxhErrorCode,
  type BhxhErrorDetails,
  type InputIssue,
  type Safe,
} from './errors'
export * from './extract/index'
export * from './figure/index'
export type { LegalSource } from './legal'
export * from './measure/index'
export * from './number/index'
export * from './period/index'
export * from './region/index'
export * from './schema/index'
export * from './scheme/index'
export * from './target/index'
