/**
 * `bhxh` — Vietnamese social-insurance statistics: exact figures, Vietnamese numbers, and
 * (in coming releases) schemes, periods, targets, results and the measures over them.
 *
 * This entry point re-exports everything in `bhxh/number` plus the core's exact
 * {@link Decimal} and {@link toDecimal}.
 *
 * @example
 * ```ts
 * import { parseNumber, toDecimal } from 'bhxh'
 * const revenue = parseNumber('3.620,4 tỷ đồng')
 * const attainment = parseNumber('71,5%')
 * if (revenue.kind === 'number' && attainment.kind === 'percent')
 *   toDecimal(revenue).div(toDecimal(attainment)).toFixed(0) // '5063496503497' — the implied plan
 * ```
 * @module
 */
export { Decimal, type DecimalLike, toDecimal } from './decimal'
export * from './number/index'
