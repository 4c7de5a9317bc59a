/**
 * What a target or a result counts: the metrics of social-insurance reports, and who sets targets.
 * @module
 */
import { textAt } from '../input'
import type { Messages } from '../number/errors'

/**
 * What a figure counts.
 *
 * | metric | Vietnamese | unit | kind |
 * |---|---|---|---|
 * | `participants` | số người tham gia | person | stock |
 * | `new-participants` | số người tham gia mới (phát triển mới) | person | flow |
 * | `beneficiaries` | số người hưởng | person | stock |
 * | `revenue` | số thu | đồng | flow |
 * | `expenditure` | số chi | đồng | flow |
 * | `arrears` | số tiền chậm đóng, nợ | đồng | stock |
 * | `arrears-employers` | số đơn vị chậm đóng | employer | stock |
 * | `coverage` | tỷ lệ bao phủ | ratio | stock |
 *
 * @example
 * ```ts
 * const m: Metric = 'revenue' // "tổng số tiền thu bảo hiểm 3.620,4 tỷ đồng"
 * ```
 */
export type Metric =
  | 'participants'
  | 'new-participants'
  | 'beneficiaries'
  | 'revenue'
  | 'expenditure'
  | 'arrears'
  | 'arrears-employers'
  | 'coverage'

/** The unit a metric is counted in. */
export type MetricUnit = 'person' | 'vnd' | 'employer' | 'ratio'

/**
 * A metric's names, unit, and whether it is a flow (accumulates over a period, like revenue)
 * or a stock (a level at a moment, like participants).
 *
 * @example
 * ```ts
 * METRICS.revenue.flow // true — 9 months of revenue are due as 9/12 of the annual plan
 * ```
 */
export interface MetricInfo {
  /** The name in Vietnamese and English. */
  readonly name: Messages
  /** The unit. */
  readonly unit: MetricUnit
  /** `true` for flows (summed over the period), `false` for stocks (a level at its end). */
  readonly flow: boolean
}

/**
 * Every metric with its names, unit and kind.
 *
 * @example
 * ```ts
 * METRICS.coverage.name.vi // 'tỷ lệ bao phủ'
 * ```
 */
export const METRICS: Readonly<Record<Metric, MetricInfo>> = {
  participants: { name: { vi: 'số người tham gia', en: 'participants' }, unit: 'person', flow: false },
  'new-participants': {
    name: { vi: 'số người tham gia mới', en: 'new participants' },
    unit: 'person',
    flow: true,
  },
  beneficiaries: { name: { vi: 'số người hưởng', en: 'beneficiaries' }, unit: 'person', flow: false },
  revenue: { name: { vi: 'số thu', en: 'revenue' }, unit: 'vnd', flow: true },
  expenditure: { name: { vi: 'số chi', en: 'expenditure' }, unit: 'vnd', flow: true },
  arrears: { name: { vi: 'số tiền chậm đóng', en: 'arrears' }, unit: 'vnd', flow: false },
  'arrears-employers': {
    name: { vi: 'số đơn vị chậm đóng', en: 'employers in arrears' },
    unit: 'employer',
    flow: false,
  },
  coverage: { name: { vi: 'tỷ lệ bao phủ', en: 'coverage' }, unit: 'ratio', flow: false },
}

/** Every metric code. */
export const METRIC_CODES = /* @__PURE__ */ Object.keys(METRICS) as readonly Metric[]

/**
 * Who set a target.
 *
 * @example
 * ```ts
 * const s: TargetSetter = 'vss' // "kế hoạch BHXH Việt Nam giao"
 * ```
 */
export type TargetSetter =
  | 'national-assembly'
  | 'government'
  | 'prime-minister'
  | 'vss'
  | 'provincial-party-committee'
  | 'provincial-council'
  | 'provincial-committee'
  | 'self'

/** A target setter's names and the phrasings that name it in reports. */
export interface TargetSetterInfo {
  /** The name in Vietnamese and English. */
  readonly name: Messages
  /** How reports name it: lower case, NFC. */
  readonly phrasings: readonly string[]
}

/**
 * Who sets targets, with their names and the phrasings that name them in reports (lower case,
 * NFC, longest first).
 *
 * @example
 * ```ts
 * TARGET_SETTERS.vss.name.vi // 'Bảo hiểm xã hội Việt Nam'
 * ```
 */
export const TARGET_SETTERS: Readonly<Record<TargetSetter, TargetSetterInfo>> = {
  'national-assembly': { name: { vi: 'Quốc hội', en: 'National Assembly' }, phrasings: ['quốc hội'] },
  government: { name: { vi: 'Chính phủ', en: 'Government' }, phrasings: ['chính phủ'] },
  'prime-minister': {
    name: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    phrasings: ['thủ tướng chính phủ', 'thủ tướng'],
  },
  vss: {
    name: { vi: 'Bảo hiểm xã hội Việt Nam', en: 'Viet Nam Social Security' },
    phrasings: ['bảo hiểm xã hội việt nam', 'bhxh việt nam', 'bhxh vn'],
  },
  'provincial-party-committee': {
    name: { vi: 'Tỉnh ủy', en: 'provincial Party Committee' },
    phrasings: ['tỉnh ủy', 'tỉnh uỷ'],
  },
  'provincial-council': {
    name: { vi: 'Hội đồng nhân dân tỉnh', en: "provincial People's Council" },
    phrasings: ['hội đồng nhân dân tỉnh', 'hđnd tỉnh', 'hđnd'],
  },
  'provincial-committee': {
    name: { vi: 'Ủy ban nhân dân tỉnh', en: "provincial People's Committee" },
    phrasings: ['ủy ban nhân dân tỉnh', 'uỷ ban nhân dân tỉnh', 'ubnd tỉnh', 'ubnd'],
  },
  self: { name: { vi: 'đơn vị tự đặt', en: 'set by the office itself' }, phrasings: ['phấn đấu'] },
}

/**
 * Who set a target, from the words of a report ("kế hoạch BHXH Việt Nam giao", "chỉ tiêu UBND
 * tỉnh giao", "Thủ tướng Chính phủ giao"). The longest phrasing found wins.
 *
 * @param text - the words around the target
 * @returns the setter, or `null` when the text names none
 *
 * @example
 * ```ts
 * targetSetterIn('đạt 100,04% so với kế hoạch BHXH Việt Nam giao') // 'vss'
 * targetSetterIn('chỉ tiêu UBND tỉnh giao')                          // 'provincial-committee'
 * ```
 */
export function targetSetterIn(text: string): TargetSetter | null {
  const low = textAt(text, []).normalize('NFC').toLowerCase()
  let best: TargetSetter | null = null
  let bestLength = 0
  for (const key of Object.keys(TARGET_SETTERS) as TargetSetter[]) {
    for (const p of TARGET_SETTERS[key].phrasings) {
      if (p.length > bestLength && low.includes(p)) {
        best = key
        bestLength = p.length
      }
    }
  }
  return best
}
