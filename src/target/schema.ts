/**
 * The zod schemas of target and result inputs.
 * @module
 */
import * as z from 'zod/mini'
import { PeriodSchema } from '../period/schema'
import { ValueInputSchema } from '../schema/quantity'
import { SCHEME_CODES } from '../scheme/schemes'
import { METRIC_CODES, TARGET_SETTERS, type TargetSetter } from './metrics'
import type { ResultInput, TargetInput } from './target'

/**
 * A scheme code (`BHXH_BB`, `BHXH_TN`, `BHYT`, `BHTN`, `BHXH`, `ALL`).
 *
 * @example
 * ```ts
 * SchemeCodeSchema.safeParse('BHYT').success // true
 * ```
 */
export const SchemeCodeSchema = /* @__PURE__ */ z.enum(SCHEME_CODES as ['BHXH_BB', ...string[]])

/**
 * A metric code (`participants`, `revenue`, `coverage` …).
 *
 * @example
 * ```ts
 * MetricSchema.safeParse('revenue').success // true
 * ```
 */
export const MetricSchema = /* @__PURE__ */ z.enum(METRIC_CODES as ['participants', ...string[]])

// Built inside pure functions, so that a bundle that does not use the schemas drops them and zod.
const measurement = () => ({
  scheme: SchemeCodeSchema,
  metric: MetricSchema,
  period: z.union([z.string(), PeriodSchema]),
  region: z.optional(z.nullable(z.string())),
  value: ValueInputSchema,
})

/**
 * The input of `result()`: scheme, metric, period (a `Period` or a Vietnamese phrase), optional
 * region, and the value. Unknown fields are errors (a misspelt field must not pass silently).
 *
 * @example
 * ```ts
 * ResultInputSchema.safeParse({ scheme: 'ALL', metric: 'revenue', period: '9 tháng đầu năm 2020', value: '3620400000000' }).success // true
 * ```
 */
export const ResultInputSchema: z.ZodMiniType<ResultInput> = /* @__PURE__ */ (() =>
  z.strictObject(measurement()))() as unknown as z.ZodMiniType<ResultInput>

/**
 * The input of `target()`: as a result, plus `kind` (`plan` | `target`, default `plan`),
 * `floor` (default: `true` when the value is a figure written "trên …"/"tối thiểu …") and
 * `setBy`.
 *
 * @example
 * ```ts
 * TargetInputSchema.safeParse({ scheme: 'BHYT', metric: 'coverage', period: 'năm 2025', value: '0.95', floor: true }).success // true
 * ```
 */
export const TargetInputSchema: z.ZodMiniType<TargetInput> = /* @__PURE__ */ (() =>
  z.strictObject({
    ...measurement(),
    kind: z.optional(z.enum(['plan', 'target'])),
    floor: z.optional(z.boolean()),
    setBy: z.optional(z.nullable(z.enum(Object.keys(TARGET_SETTERS) as [TargetSetter, ...TargetSetter[]]))),
  }))() as unknown as z.ZodMiniType<TargetInput>
