/**
 * `bhxh/schema` — the zod schemas (zod v4, `zod/mini`) of every input the core takes, and
 * {@link validate}, which turns zod's issues into a typed error with Vietnamese and English
 * messages naming each field.
 *
 * @example
 * ```ts
 * import { ResultInputSchema, validate } from 'bhxh/schema'
 * validate(ResultInputSchema, { scheme: 'BHYT', metric: 'coverage', period: 'năm 2020', value: 0.9 }, { vi: 'kết quả', en: 'result' })
 * ```
 * @module
 */
export { AgingOptionsSchema, DebtRecordSchema, LedgerEntrySchema } from '../arrears/schema'
export { CheckOptionsSchema, KnownBasesSchema, ReportInputSchema, StatementSchema } from '../check/schema'
export { PeriodContextSchema, PeriodSchema } from '../period/schema'
export { MetricSchema, ResultInputSchema, SchemeCodeSchema, TargetInputSchema } from '../target/schema'
export { DecimalLikeSchema, isDecimalLike, ValueInputSchema } from './quantity'
export { type ParsesWith, type SafeParseOutcome, validate } from './validate'
