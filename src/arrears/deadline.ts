/**
 * The payment deadline of a contribution month, by the rule in force for that month.
 * @module
 */
import { BhxhError, detail } from '../errors'
import { shown } from '../input'
import type { LegalSource } from '../legal'
import type { Messages } from '../number/errors'
import { isYear, monthEnd } from '../period/calendar'

/**
 * A row of the deadline table: for contribution months `from` to `to` (inclusive, `YYYY-MM`),
 * an employer paying monthly must pay by the last day of the month `monthsAfter` months after
 * the contribution month (0: the same month).
 *
 * @example
 * ```ts
 * DEADLINE_RULES.at(-1) // { from: '2025-07', to: null, monthsAfter: 1, source: { document: 'Luật Bảo hiểm xã hội số 41/2024/QH15', … } }
 * ```
 */
export interface DeadlineRule {
  /** The first contribution month the row applies to (`YYYY-MM`). */
  readonly from: string
  /** The last contribution month, or `null` while in force. */
  readonly to: string | null
  /** How many months after the contribution month the deadline month is. */
  readonly monthsAfter: number
  /** What the rule says, in short. */
  readonly summary: Messages
  /** Where it is written. */
  readonly sources: readonly LegalSource[]
}

/**
 * The monthly payment deadline of compulsory contributions paid by the employer, by
 * contribution month:
 * - to June 2025: the last day of the contribution month itself (Quyết định 595/QĐ-BHXH,
 *   Điều 7, for BHXH, BHYT and BHTN collected together); the table starts with the month that
 *   decision took effect (May 2017);
 * - from July 2025: the last day of the next month (Luật BHXH 2024, Điều 34, khoản 4, điểm a).
 *   The 2024 law sets it for compulsory social insurance; for BHYT and BHTN it refers to their
 *   own laws, whose deadline we have not found in a primary text, so use `deadline` options for
 *   them if they differ.
 *
 * Months before the first row have no rule here: {@link paymentDeadline} refuses them rather
 * than guess. Employers paying every 3 or 6 months (agriculture, forestry, fishery and salt
 * making, paid by product or contract) have later deadlines: pass your own `deadline`.
 *
 * @example
 * ```ts
 * DEADLINE_RULES.map((r) => `${r.from}: ${r.summary.vi}`)
 * // ['2017-05: hằng tháng, chậm nhất đến ngày cuối cùng của tháng', '2025-07: chậm nhất đến ngày cuối cùng của tháng tiếp theo ngay sau tháng đóng']
 * ```
 */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    from: '2017-05',
    to: '2025-06',
    monthsAfter: 0,
    summary: {
      vi: 'hằng tháng, chậm nhất đến ngày cuối cùng của tháng',
      en: 'monthly, by the last day of the contribution month',
    },
    sources: [
      {
        document: 'Quyết định 595/QĐ-BHXH ngày 14/4/2017 của BHXH Việt Nam (Quy trình thu BHXH, BHYT, BHTN)',
        provision: 'Điều 7, khoản 1',
        url: 'https://hddtvn.com/muc-tien-luong-dong-bhxh-bhyt-bhtn-nam-2020/',
      },
    ],
  },
  {
    from: '2025-07',
    to: null,
    monthsAfter: 1,
    summary: {
      vi: 'chậm nhất đến ngày cuối cùng của tháng tiếp theo ngay sau tháng đóng',
      en: 'by the last day of the month after the contribution month',
    },
    sources: [
      {
        document: 'Luật Bảo hiểm xã hội số 41/2024/QH15',
        provision: 'Điều 34, khoản 4, điểm a; Điều 38, khoản 1 (chậm đóng kể từ sau ngày đóng chậm nhất)',
        url: 'https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/10_Natural_Resources_SHUI/Documents/Doc_Undated_Luat_Bao_hiem.md',
      },
    ],
  },
]

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/**
 * Whether `x` is a contribution month `YYYY-MM` with a year periods allow.
 *
 * @example
 * ```ts
 * isContributionMonth('2025-07') // true
 * isContributionMonth('7/2025') // false
 * ```
 */
export function isContributionMonth(x: unknown): x is string {
  if (typeof x !== 'string') return false
  const m = MONTH.exec(x)
  return m !== null && isYear(Number(m[1]))
}

/**
 * The rule of {@link DEADLINE_RULES} in force for a contribution month.
 *
 * @param month - the contribution month, `YYYY-MM`
 * @param rules - the table (default {@link DEADLINE_RULES})
 * @returns the row
 * @throws `BhxhError` `invalid-input` for a month that is not `YYYY-MM`; `not-applicable` for a
 *   month the table has no rule for
 *
 * @example
 * ```ts
 * deadlineRule('2025-07').monthsAfter // 1 — Luật BHXH 2024
 * ```
 */
export function deadlineRule(month: string, rules: readonly DeadlineRule[] = DEADLINE_RULES): DeadlineRule {
  if (!isContributionMonth(month))
    throw new BhxhError('invalid-input', {
      path: ['month'],
      detail: detail(
        `${shown(month)} không phải tháng dạng YYYY-MM`,
        `${shown(month)} is not a YYYY-MM month`,
      ),
    })
  for (const r of rules) if (month >= r.from && (r.to === null || month <= r.to)) return r
  throw new BhxhError('not-applicable', {
    path: ['month'],
    detail: detail(
      `chưa có quy định về hạn đóng cho tháng ${month} trong bảng`,
      `the table has no payment deadline rule for ${month}`,
    ),
  })
}

/**
 * The payment deadline of a contribution month under the rule in force for it: the last day
 * on which paying is not late.
 *
 * @param month - the contribution month, `YYYY-MM`
 * @param rules - the table (default {@link DEADLINE_RULES})
 * @returns the deadline, ISO `YYYY-MM-DD`
 * @throws as {@link deadlineRule}
 *
 * @example
 * ```ts
 * paymentDeadline('2025-06') // '2025-06-30' — hạn cuối tháng đóng (trước 01/7/2025)
 * paymentDeadline('2025-07') // '2025-08-31' — cuối tháng tiếp theo (Luật BHXH 2024)
 * ```
 */
export function paymentDeadline(month: string, rules: readonly DeadlineRule[] = DEADLINE_RULES): string {
  const rule = deadlineRule(month, rules)
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + rule.monthsAfter
  const y = Math.floor(index / 12)
  if (!isYear(y))
    throw new BhxhError('not-applicable', {
      path: ['month'],
      detail: detail(
        `hạn đóng của tháng ${month} rơi ngoài năm ${y} được hỗ trợ`,
        `the deadline of ${month} falls in ${y}, outside the supported years`,
      ),
    })
  return monthEnd(y, index - y * 12 + 1)
}
