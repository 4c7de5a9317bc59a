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
export { AgingOptionsSchema, DebtRecordSchema, LedgerEntrySchema } from './arrears/schema'
export * from './check/index'
export { CheckOptionsSchema, KnownBasesSchema, ReportInputSchema, StatementSchema } from './check/schema'
export { Decimal, type DecimalLike, toDecimal } from './decimal'
export {
  BhxhError,
  type BhxhErrorCode,
  type BhxhErrorDetails,
  type InputIssue,
  isBhxhError,
  type Safe,
} from './errors'
export * from './extract/index'
export * from './figure/index'
export type { LegalSource } from './legal'
export * from './measure/index'
export { type DecimalObject, type NumberInput, ROUNDING_MODES, type RoundingMode } from './number/digits'
export {
  type Messages,
  NumberError,
  type NumberErrorCode,
  NumberFormatError,
  NumberParseError,
  type SafeResult,
} from './number/errors'
export {
  type FormatOptions,
  formatNumber,
  formatPercent,
  formatPoints,
  formatVnd,
  type PercentOptions,
  type VndOptions,
  type VndScale,
  type VndUnit,
} from './number/format'
export {
  findNumbers,
  type NumberKind,
  type NumberWarning,
  type NumberWarningCode,
  type ParsedFraction,
  type ParsedNumber,
  type ParsedRange,
  type ParsedScalar,
  type ParsedValue,
  type ParseOptions,
  type Precision,
  parseNumber,
  type Scale,
  safeParseNumber,
  toNumber,
  type Unit,
} from './number/parse'
export type { Qualifier, ScaleName, UnitCode } from './number/vocabulary'
export {
  parseWords,
  type SafeWordsResult,
  safeParseWords,
  toWords,
  toWordsVnd,
  WORD_PRESETS,
  type WordChoices,
  type WordsOptions,
  type WordsWarning,
  type WordsWarningCode,
} from './number/words'
export * from './period/index'
export { PeriodContextSchema, PeriodSchema } from './period/schema'
export * from './region/index'
export { DecimalLikeSchema, isDecimalLike, ValueInputSchema } from './schema/quantity'
export { type ParsesWith, type SafeParseOutcome, validate } from './schema/validate'
export * from './scheme/index'
export * from './target/index'
export { MetricSchema, ResultInputSchema, SchemeCodeSchema, TargetInputSchema } from './target/schema'
