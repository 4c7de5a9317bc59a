/**
 * The zod schemas of periods, and the one place where periods are made: validated, frozen and
 * remembered, so that the operations check each foreign object once and trust their own.
 * @module
 */
import * as z from 'zod/mini'
import { BhxhError, detail } from '../errors'
import { validate } from '../schema/validate'
import { MAX_YEAR, MIN_YEAR } from './calendar'
import type { Period, PeriodContext } from './types'

const YEAR_RANGE = {
  vi: `năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}`,
  en: `the year must be ${MIN_YEAR} to ${MAX_YEAR}`,
}

const year = /* @__PURE__ */ (() => z.int().check(z.gte(MIN_YEAR), z.lte(MAX_YEAR)))()
// zod's ISO date format knows the calendar (31/4 and 29/2 of common years fail); the year range is ours.
const date = /* @__PURE__ */ (() =>
  z.iso.date().check(
    z.refine(
      (s) => {
        const y = Number(s.slice(0, 4))
        return y >= MIN_YEAR && y <= MAX_YEAR
      },
      { params: YEAR_RANGE },
    ),
  ))()
const month = /* @__PURE__ */ (() => z.int().check(z.gte(1), z.lte(12)))()

/**
 * The zod schema (built with `zod/mini`) of a {@link Period}: a union discriminated by `kind`,
 * with every range and calendar check; unknown fields are rejected. Use it with `validate()` to
 * get each problem in Vietnamese and English, or through {@link period}.
 *
 * @example
 * ```ts
 * PeriodSchema.safeParse({ kind: 'quarter', year: 2023, quarter: 3 }).success // true
 * PeriodSchema.safeParse({ kind: 'phase', from: 2025, to: 2023 }).success   // false: giai đoạn 2025-2023
 * ```
 */
export const PeriodSchema: z.ZodMiniType<Period> = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('year'), year }),
    z.strictObject({ kind: z.literal('half'), year, half: z.literal([1, 2]) }),
    z.strictObject({ kind: z.literal('quarter'), year, quarter: z.literal([1, 2, 3, 4]) }),
    z.strictObject({ kind: z.literal('month'), year, month }),
    z.strictObject({ kind: z.literal('year-to-date'), year, month }),
    z.strictObject({ kind: z.literal('day'), date }),
    z.strictObject({ kind: z.literal('instant'), date }),
    z.strictObject({ kind: z.literal('school-year'), year }).check(
      z.refine((p) => p.year < 2100, {
        path: ['year'],
        params: {
          vi: 'năm học phải kết thúc không muộn hơn năm 2100',
          en: 'a school year must end by 2100',
        },
      }),
    ),
    z.strictObject({ kind: z.literal('phase'), from: year, to: year }).check(
      z.refine((p) => p.from < p.to, {
        path: ['to'],
        params: {
          vi: 'năm cuối của giai đoạn phải lớn hơn năm đầu',
          en: 'the last year of a phase must be greater than the first',
        },
      }),
    ),
  ]))()

/**
 * The zod schema (built with `zod/mini`) of a {@link PeriodContext}.
 *
 * @example
 * ```ts
 * PeriodContextSchema.safeParse({ year: 2020, asOf: '2020-10-08' }).success // true (báo cáo ngày 08/10/2020)
 * ```
 */
export const PeriodContextSchema: z.ZodMiniType<PeriodContext> = /* @__PURE__ */ (() =>
  z.object({
    year: z.optional(year),
    asOf: z.optional(date),
  }))()

const PERIOD = { vi: 'kỳ báo cáo', en: 'period' }

/** The periods made by this module: frozen, hence still valid. */
const made = /* @__PURE__ */ new WeakSet<object>()

/** Freezes a valid period and remembers it as valid. */
export function make<P extends Period>(p: P): P {
  made.add(Object.freeze(p))
  return p
}

/**
 * A valid frozen period from `p`: `p` itself when this module made it, else a validated frozen
 * copy; throws `invalid-input` otherwise.
 */
export function own(p: unknown): Period {
  if (typeof p === 'object' && p !== null && made.has(p)) return p as Period
  return make({ ...validate(PeriodSchema, p, PERIOD) })
}

/** The error of an operation that has no meaning for a period. */
export const notApplicable = (vi: string, en: string): BhxhError =>
  new BhxhError('not-applicable', { detail: detail(vi, en) })
