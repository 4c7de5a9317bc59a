/**
 * The types of the legal tables: every row has its effective dates and its sources.
 * @module
 */
import type { LegalSource } from '../legal'
import type { Messages } from '../number/errors'

/**
 * What every row of a legal table has: the first and last day it is in force (ISO dates; `to`
 * is `null` while in force) and where it is written.
 *
 * @example
 * ```ts
 * const row: Dated = { from: '2024-07-01', to: null, sources: [{ document: 'Nghị định 73/2024/NĐ-CP', provision: 'Điều 3, khoản 2', url: '…' }] }
 * ```
 */
export interface Dated {
  /** The first day in force. */
  readonly from: string
  /** The last day in force, or `null` while in force. */
  readonly to: string | null
  /** Where it is written. */
  readonly sources: readonly LegalSource[]
}

/**
 * A fund a contribution goes to:
 * - `sickness-maternity`: quỹ ốm đau và thai sản;
 * - `accident-disease`: quỹ bảo hiểm tai nạn lao động, bệnh nghề nghiệp;
 * - `retirement-death`: quỹ hưu trí và tử tuất;
 * - `health`: quỹ bảo hiểm y tế;
 * - `unemployment`: quỹ bảo hiểm thất nghiệp.
 *
 * @example
 * ```ts
 * const f: Fund = 'retirement-death' // quỹ hưu trí và tử tuất
 * ```
 */
export type Fund = 'sickness-maternity' | 'accident-disease' | 'retirement-death' | 'health' | 'unemployment'

/**
 * A compulsory contribution rate: for a scheme, a fund and a payer, a share of the monthly
 * salary on which contributions are paid.
 *
 * @example
 * ```ts
 * // người lao động đóng 8% vào quỹ hưu trí và tử tuất
 * const r: RateRow = { scheme: 'BHXH_BB', fund: 'retirement-death', payer: 'employee', rate: '0.08', from: '2016-01-01', to: null, sources: […] }
 * ```
 */
export interface RateRow extends Dated {
  /** The scheme. */
  readonly scheme: 'BHXH_BB' | 'BHYT' | 'BHTN'
  /** The fund. */
  readonly fund: Fund
  /** Who pays. */
  readonly payer: 'employer' | 'employee'
  /** The rate, as a ratio of the monthly salary (8% → `'0.08'`). */
  readonly rate: string
  /** For a rate that applies only on a condition (the reduced accident rate): what it is. */
  readonly variant?: 'reduced'
  /** What the row says, in short. */
  readonly note?: Messages
}

/**
 * An amount in force over a period: a base salary, a reference level, a poverty line.
 *
 * @example
 * ```ts
 * const b: AmountRow = { value: '2340000', from: '2024-07-01', to: null, sources: […] } // lương cơ sở
 * ```
 */
export interface AmountRow extends Dated {
  /** The amount, in đồng per month. */
  readonly value: string
}

/** A region of the regional minimum wage: vùng I to vùng IV. */
export type WageRegion = 1 | 2 | 3 | 4

/**
 * The regional minimum wages (mức lương tối thiểu tháng) of one decree.
 *
 * @example
 * ```ts
 * const w: MinimumWageRow = { monthly: { 1: '4960000', 2: '4410000', 3: '3860000', 4: '3450000' }, from: '2024-07-01', to: '2025-12-31', sources: […] }
 * ```
 */
export interface MinimumWageRow extends Dated {
  /** The monthly minimum wage of each region, in đồng. */
  readonly monthly: Readonly<Record<WageRegion, string>>
}

/**
 * A share: of a contribution the state supports, or of the first household member's amount.
 *
 * @example
 * ```ts
 * const s: ShareRow<'poor'> = { key: 'poor', share: '0.3', from: '2018-01-01', to: '2025-06-30', sources: […] }
 * ```
 */
export interface ShareRow<K extends string | number> extends Dated {
  /** What the share is for: a group of participants, or a household member's position. */
  readonly key: K
  /** The share, as a ratio. */
  readonly share: string
}
