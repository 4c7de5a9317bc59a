/**
 * The zod schemas of arrears inputs: debt records, ledger entries, aging options.
 * @module
 */
import * as z from 'zod/mini'
import { isIsoDate } from '../period/calendar'
import { SCHEME_CODES } from '../scheme/schemes'
import type { AgingOptions, DebtRecord } from './aging'
import { readAmount } from './amount'
import { isContributionMonth } from './deadline'
import type { LedgerEntry } from './ledger'

const text = (vi: string, en: string) => ({ params: { vi, en } })

// Built inside pure functions, so that a bundle that does not use the schemas drops them and zod.
const amount = () =>
  z
    .unknown()
    .check(
      z.refine(
        (x) => readAmount(x) !== null,
        text('phải là số nguyên đồng không âm', 'must be a non-negative whole number of đồng'),
      ),
    ) as unknown as z.ZodMiniType<number | bigint | string>
const month = () =>
  z
    .string()
    .check(z.refine(isContributionMonth, text('phải là tháng dạng YYYY-MM', 'must be a YYYY-MM month')))
const date = () =>
  z.string().check(z.refine(isIsoDate, text('phải là ngày dạng YYYY-MM-DD', 'must be a YYYY-MM-DD date')))
const employer = () =>
  z.string().check(z.refine((s) => s.length > 0, text('thiếu mã đơn vị', 'the unit code is missing')))

/**
 * A debt record (`ageArrears`): employer code and optional name, scheme, contribution month
 * `YYYY-MM`, and whole đồng amounts `due`, optional `paid` and `interest`. Unknown fields are
 * errors.
 *
 * @example
 * ```ts
 * DebtRecordSchema.safeParse({ employer: 'TA0001A', scheme: 'BHXH_BB', month: '2020-01', due: 42_500_000 }).success // true
 * ```
 */
export const DebtRecordSchema: z.ZodMiniType<DebtRecord> = /* @__PURE__ */ (() =>
  z.strictObject({
    employer: employer(),
    name: z.optional(z.string()),
    scheme: z.enum(SCHEME_CODES as ['BHXH_BB', ...string[]]),
    month: month(),
    due: amount(),
    paid: z.optional(amount()),
    interest: z.optional(amount()),
  }))() as unknown as z.ZodMiniType<DebtRecord>

/**
 * A ledger entry (`ledgerDebts`): a charge (employer, scheme, month, amount) or a payment
 * (employer, date, amount).
 *
 * @example
 * ```ts
 * LedgerEntrySchema.safeParse({ kind: 'payment', employer: 'TA0001A', date: '2025-10-15', amount: 20_000_000 }).success // true
 * ```
 */
export const LedgerEntrySchema: z.ZodMiniType<LedgerEntry> = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('charge'),
      employer: employer(),
      name: z.optional(z.string()),
      scheme: z.enum(['BHXH_BB', 'BHXH_TN', 'BHYT', 'BHTN']),
      month: month(),
      amount: amount(),
    }),
    z.strictObject({
      kind: z.literal('payment'),
      employer: employer(),
      name: z.optional(z.string()),
      date: date(),
      amount: amount(),
    }),
  ]))() as unknown as z.ZodMiniType<LedgerEntry>

/**
 * The options of `ageArrears`: `asOf` (ISO date), `buckets` (phrases or ranges), `basis`
 * (`employer` | `month`), `top`, `receivable`, `deadline`.
 *
 * @example
 * ```ts
 * AgingOptionsSchema.safeParse({ asOf: '2023-09-30', buckets: ['từ 1 tháng đến dưới 6 tháng', 'trên 6 tháng'] }).success // true
 * ```
 */
export const AgingOptionsSchema: z.ZodMiniType<AgingOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    asOf: date(),
    buckets: z.optional(
      z.array(
        z.union([
          z.string(),
          z.object({
            from: z.number(),
            fromInclusive: z.optional(z.boolean()),
            to: z.optional(z.nullable(z.number())),
            toInclusive: z.optional(z.boolean()),
          }),
        ]),
      ),
    ),
    basis: z.optional(z.enum(['employer', 'month'])),
    top: z.optional(z.number().check(z.int(), z.nonnegative())),
    receivable: z.optional(
      z.union([amount(), z.record(z.enum(SCHEME_CODES as ['BHXH_BB', ...string[]]), amount())]),
    ),
    deadline: z.optional(z.custom<(month: string) => string>((f) => typeof f === 'function')),
  }))() as unknown as z.ZodMiniType<AgingOptions>
