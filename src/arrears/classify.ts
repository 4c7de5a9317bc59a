/**
 * Late payment (chậm đóng) or evasion (trốn đóng), as the law in force defines them, from what
 * the data say — and what is missing when they do not say enough.
 * @module
 */
import { BhxhError, detail } from '../errors'
import type { LegalSource } from '../legal'
import type { Messages } from '../number/errors'
import { dayNumber } from '../period/calendar'
import { dayAt } from './input'

/**
 * What is known about an unpaid amount, for {@link classifyArrears}.
 *
 * @example
 * ```ts
 * const facts: ArrearsFacts = { deadline: '2025-08-31', asOf: '2025-10-31', reminded: true }
 * ```
 */
export interface ArrearsFacts {
  /** The payment deadline of the amount (ISO date). */
  readonly deadline: string
  /** The date the classification is made for (ISO date). */
  readonly asOf: string
  /**
   * Whether the social-security office has reminded the employer (đôn đốc, Luật BHXH 2024,
   * Điều 35); unknown when absent.
   */
  readonly reminded?: boolean
  /**
   * Whether the salary registered as the contribution base is below the legal minimum
   * (Điều 39, khoản 1, điểm c–d): evasion whatever the days; unknown when absent.
   */
  readonly underDeclared?: boolean
}

/**
 * The class of an unpaid amount:
 * - `not-due`: the deadline has not passed;
 * - `late`: chậm đóng;
 * - `evasion`: trốn đóng;
 * - `undetermined`: the data do not decide (see `missing`).
 *
 * @example
 * ```ts
 * classifyArrears({ deadline: '2025-08-31', asOf: '2025-09-15' }).kind // 'late' — chậm đóng
 * ```
 */
export type ArrearsClass = 'not-due' | 'late' | 'evasion' | 'undetermined'

/**
 * What {@link classifyArrears} returns.
 *
 * @example
 * ```ts
 * classifyArrears({ deadline: '2025-08-31', asOf: '2025-10-31' }).reason.vi
 * // 'quá 60 ngày (61 ngày): là trốn đóng nếu đã được đôn đốc, nếu không là chậm đóng'
 * ```
 */
export interface ArrearsClassification {
  /** The class. */
  readonly kind: ArrearsClass
  /** Days past the deadline on `asOf` (0 when not due). */
  readonly daysLate: number
  /** What the data would need to decide, when `undetermined`: `reminded`, `underDeclared`, `inspection`. */
  readonly missing: readonly ('reminded' | 'underDeclared' | 'inspection')[]
  /** Why, in Vietnamese and English. */
  readonly reason: Messages
  /** The provisions applied. */
  readonly sources: readonly LegalSource[]
}

const L41_URL =
  'https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/10_Natural_Resources_SHUI/Documents/Doc_Undated_Luat_Bao_hiem.md'
const ART38: LegalSource = {
  document: 'Luật Bảo hiểm xã hội số 41/2024/QH15',
  provision: 'Điều 38, khoản 1',
  url: L41_URL,
}
const ART39: LegalSource = {
  document: 'Luật Bảo hiểm xã hội số 41/2024/QH15',
  provision: 'Điều 39, khoản 1, điểm c, d, đ, e',
  url: L41_URL,
}
const ART141: LegalSource = {
  document: 'Luật Bảo hiểm xã hội số 41/2024/QH15',
  provision: 'Điều 141, khoản 12',
  url: L41_URL,
}

/** The day the 2024 law took effect: classifications on or after it follow it. */
const LAW_2024 = /* @__PURE__ */ dayNumber(2025, 7, 1)

/**
 * Classifies an unpaid, registered amount as late payment or evasion.
 *
 * From 1 July 2025 (Luật BHXH 2024; amounts unpaid on 30 June 2025 are handled by the same
 * rules, Điều 141, khoản 12): an amount registered but not paid is chậm đóng from the day after
 * its deadline (Điều 38, khoản 1); it is trốn đóng when still unpaid 60 days after the deadline
 * **and** the office has reminded the employer (Điều 39, khoản 1, điểm đ–e), and at once when
 * the registered salary is below the legal base (điểm c–d). Cases the Government excuses for
 * a legitimate reason (Điều 39, khoản 2; Nghị định 274/2025/NĐ-CP: natural disasters,
 * epidemics, emergencies) are not modelled: treat them in your data.
 *
 * Before 1 July 2025 the law listed both acts without defining them: evasion was established
 * by inspection, so an overdue amount is `late`, or `undetermined` (missing `inspection`) when
 * `underDeclared` says the base was too low.
 *
 * @param facts - the deadline, the date, and what is known of reminders and the salary base
 * @returns the class, the days late, what is missing, why, and the provisions
 * @throws `BhxhError` `invalid-input` for a date that is not `YYYY-MM-DD`
 *
 * @example
 * ```ts
 * // Hạn 31/8/2025; ngày 31/10/2025 (61 ngày), đã có văn bản đôn đốc → trốn đóng
 * classifyArrears({ deadline: '2025-08-31', asOf: '2025-10-31', reminded: true }).kind // 'evasion'
 * classifyArrears({ deadline: '2025-08-31', asOf: '2025-10-31' }).missing // ['reminded']
 * ```
 */
export function classifyArrears(facts: ArrearsFacts): ArrearsClassification {
  if (typeof facts !== 'object' || facts === null)
    throw new BhxhError('invalid-input', { detail: detail('thiếu dữ kiện', 'facts are missing') })
  const deadline = dayAt(facts.deadline, ['deadline'])
  const asOf = dayAt(facts.asOf, ['asOf'])
  const daysLate = Math.max(0, asOf - deadline)
  const result = (
    kind: ArrearsClass,
    reason: Messages,
    sources: readonly LegalSource[],
    missing: ArrearsClassification['missing'] = [],
  ): ArrearsClassification => ({ kind, daysLate, missing, reason, sources })
  if (daysLate === 0)
    return result('not-due', { vi: 'chưa quá hạn đóng', en: 'the deadline has not passed' }, [])
  if (asOf < LAW_2024) {
    if (facts.underDeclared === true)
      return result(
        'undetermined',
        {
          vi: 'trước 01/7/2025, trốn đóng do khai thấp tiền lương chỉ được xác định qua thanh tra',
          en: 'before 1 July 2025, evasion by under-declared salary was established by inspection',
        },
        [],
        ['inspection'],
      )
    return result('late', { vi: `chậm đóng ${daysLate} ngày`, en: `paid late, ${daysLate} days` }, [])
  }
  const sources = deadline < LAW_2024 ? [ART38, ART39, ART141] : [ART38, ART39]
  if (facts.underDeclared === true)
    return result(
      'evasion',
      {
        vi: 'đăng ký tiền lương đóng thấp hơn quy định là trốn đóng',
        en: 'registering a salary below the legal base is evasion',
      },
      sources,
    )
  if (daysLate <= 60) {
    if (facts.underDeclared === undefined)
      return result(
        'late',
        {
          vi: `chậm đóng ${daysLate} ngày (chưa quá 60 ngày); trừ khi tiền lương đăng ký thấp hơn quy định`,
          en: `paid late, ${daysLate} days (not over 60); unless the registered salary is below the legal base`,
        },
        sources,
      )
    return result(
      'late',
      {
        vi: `chậm đóng ${daysLate} ngày (chưa quá 60 ngày)`,
        en: `paid late, ${daysLate} days (not over 60)`,
      },
      sources,
    )
  }
  if (facts.reminded === true)
    return result(
      'evasion',
      {
        vi: `không đóng sau ${daysLate} ngày (quá 60 ngày) và đã được đôn đốc`,
        en: `unpaid ${daysLate} days after the deadline (over 60) after a reminder`,
      },
      sources,
    )
  if (facts.reminded === false)
    return result(
      'late',
      {
        vi: `quá 60 ngày nhưng chưa được đôn đốc: vẫn là chậm đóng (${daysLate} ngày)`,
        en: `over 60 days but no reminder yet: still late payment (${daysLate} days)`,
      },
      sources,
    )
  return result(
    'undetermined',
    {
      vi: `quá 60 ngày (${daysLate} ngày): là trốn đóng nếu đã được đôn đốc, nếu không là chậm đóng`,
      en: `over 60 days (${daysLate}): evasion if the employer was reminded, late payment otherwise`,
    },
    sources,
    ['reminded'],
  )
}
