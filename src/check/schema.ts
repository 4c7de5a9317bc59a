/**
 * The zod schemas of `checkReport`'s input: a statement and a report (text, date, region,
 * statements, known bases, trends, aging summary). The CLI's JSON reports are read with them.
 * @module
 */
import * as z from 'zod/mini'
import type { AgingSummary } from '../arrears/aging'
import { isAgingSummary } from '../arrears/guards'
import type { FigureRole } from '../extract/types'
import { isReportedFigure } from '../figure/guards'
import { parseNumber } from '../number/parse'
import { PeriodSchema } from '../period/schema'
import { COVERAGE_BASES } from '../scheme/schemes'
import { MetricSchema, SchemeCodeSchema } from '../target/schema'
import type { CheckOptions, KnownBase, Trend } from './check'
import type { Report, Statement } from './report'

/**
 * The roles a figure can have (what it is): a statement's `role`, an extracted figure's `role`.
 *
 * @example
 * ```ts
 * FIGURE_ROLES.includes('revenue') // true — "số thu"
 * ```
 */
export const FIGURE_ROLES: readonly FigureRole[] = [
  'participants',
  'new-participants',
  'beneficiaries',
  'revenue',
  'attainment',
  'growth',
  'growth-multiple',
  'coverage',
  'target',
  'arrears-employers',
  'arrears-amount',
  'other',
]

const text = (vi: string, en: string) => ({ params: { vi, en } })

const DIGITS = /^\d{1,30}$/

/**
 * A known base's count as a canonical decimal string, or `null` if `x` is not a positive whole
 * number of people: a `number`, `bigint`, `Decimal`, or text as a Vietnamese report writes it
 * (`'1288463'`, `'1.288.463'`, `'1.288.463 người'`, `'1,29 triệu'` is not exact and is refused).
 */
export function baseCount(x: unknown): string | null {
  let s: string
  if (typeof x === 'number') {
    if (!Number.isSafeInteger(x)) return null
    s = String(x)
  } else if (typeof x === 'bigint') s = String(x)
  else if (typeof x === 'string') {
    if (x.length > 100) return null
    if (DIGITS.test(x.trim())) s = x.trim()
    else {
      let p: ReturnType<typeof parseNumber>
      try {
        p = parseNumber(x)
      } catch {
        return null
      }
      if (p.kind !== 'number' || p.qualifier !== 'exact' || (p.unit !== null && p.unit.code !== 'person'))
        return null
      s = p.value
    }
  } else if (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as { toFixed?: unknown }).toFixed === 'function'
  ) {
    const d = x as { isInteger?: () => boolean; toFixed: () => string }
    if (typeof d.isInteger !== 'function' || !d.isInteger()) return null
    s = d.toFixed()
  } else return null
  if (!DIGITS.test(s)) return null
  s = s.replace(/^0+/, '')
  return s === '' ? null : s
}

const knownBase = () =>
  z.strictObject({
    value: z
      .unknown()
      .check(
        z.refine(
          (x) => baseCount(x) !== null,
          text(
            'phải là số người, một số nguyên dương ("1288463" hoặc "1.288.463")',
            'must be a number of people, a positive whole number ("1288463" or "1.288.463")',
          ),
        ),
      ),
    source: z.string(),
  }) as unknown as z.ZodMiniType<KnownBase>

/**
 * Known bases for coverage, by base name (`population`, `working-age-labour-force`): each a
 * positive whole number of people and where it comes from.
 *
 * @example
 * ```ts
 * KnownBasesSchema.safeParse({ population: { value: '1.288.463', source: 'Tổng điều tra 2019' } }).success // true
 * ```
 */
export const KnownBasesSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    Object.fromEntries(COVERAGE_BASES.map((b) => [b, z.optional(knownBase())])) as Record<
      string,
      z.ZodMiniOptional<z.ZodMiniType<KnownBase>>
    >,
  ))()

/**
 * A statement of `checkReport`: a figure of a report given as data. Every field is checked
 * (`role`, `metric`, `scheme`, `base`, `targetOf` against their vocabularies, `of` and `group`
 * whole numbers); unknown fields are errors, so that a typo cannot turn a check off.
 *
 * @example
 * ```ts
 * StatementSchema.safeParse({ role: 'revenue', value: '3.620,4 tỷ đồng', scheme: 'ALL', period: '9 tháng đầu năm 2020' }).success // true
 * StatementSchema.safeParse({ role: 'revenue', value: '5 tỷ đồng', scheme: 'XX' }).success // false
 * ```
 */
export const StatementSchema: z.ZodMiniType<Statement> = /* @__PURE__ */ (() =>
  z.strictObject({
    role: z.enum(FIGURE_ROLES as ['revenue', ...FigureRole[]]),
    value: z.union([
      z.string(),
      z.custom(isReportedFigure, text('phải là chuỗi hoặc figure()', 'must be a string or a figure()')),
    ]),
    metric: z.optional(MetricSchema),
    scheme: z.optional(SchemeCodeSchema),
    period: z.optional(z.union([z.string(), PeriodSchema])),
    of: z.optional(z.number().check(z.int(), z.nonnegative())),
    against: z.optional(z.union([z.string(), PeriodSchema])),
    base: z.optional(z.enum(COVERAGE_BASES as ['population', 'working-age-labour-force'])),
    targetOf: z.optional(z.enum(['level', 'growth'])),
    group: z.optional(z.number().check(z.int())),
  }))() as unknown as z.ZodMiniType<Statement>

const trend = () =>
  z.strictObject({
    direction: z.enum(['up', 'down']),
    role: z.enum(FIGURE_ROLES as ['revenue', ...FigureRole[]]),
    scheme: z.optional(z.nullable(SchemeCodeSchema)),
    sentence: z.optional(z.tuple([z.number(), z.number()])),
    text: z.string(),
  }) as unknown as z.ZodMiniType<Trend>

/** The fields of {@link CheckOptions}, shared by the options of `checkFigures` and the report of `checkReport`. */
const checkFields = () => ({
  bases: z.optional(KnownBasesSchema),
  trends: z.optional(z.array(trend())),
  aging: z.optional(
    z.custom<AgingSummary>(
      isAgingSummary,
      text('phải là kết quả của ageArrears', 'must be a summary made by ageArrears'),
    ),
  ),
})

/**
 * The options of `checkFigures`: `bases`, `trends`, `aging`, as in a report. Unknown fields are
 * errors.
 *
 * @example
 * ```ts
 * CheckOptionsSchema.safeParse({ bases: { population: { value: '1.288.463', source: 'Tổng điều tra 2019' } } }).success // true
 * ```
 */
export const CheckOptionsSchema: z.ZodMiniType<CheckOptions> = /* @__PURE__ */ (() =>
  z.strictObject(checkFields()))() as unknown as z.ZodMiniType<CheckOptions>

/**
 * The input of `checkReport`: `text`, `date` (ISO `YYYY-MM-DD`), `region`, `statements`, `bases`, `trends`,
 * `aging`. Unknown fields are errors.
 *
 * @example
 * ```ts
 * ReportInputSchema.safeParse({ statements: [{ role: 'coverage', value: '90,48%', scheme: 'BHYT' }], bases: { population: { value: '1.288.463', source: 'Tổng điều tra 2019' } } }).success // true
 * ```
 */
export const ReportInputSchema: z.ZodMiniType<Report> = /* @__PURE__ */ (() =>
  z.strictObject({
    text: z.optional(z.string()),
    // The date's form is checked where it is read (extractFigures, the statements' periods).
    date: z.optional(z.string()),
    region: z.optional(z.string()),
    statements: z.optional(z.array(StatementSchema)),
    ...checkFields(),
  }))() as unknown as z.ZodMiniType<Report>
