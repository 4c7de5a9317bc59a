/**
 * Named sets of aging buckets, as official bodies and their reports use them. No regulation
 * that fixes one set for all reports was found; each preset names where it is used.
 * @module
 */
import type { Messages } from '../number/errors'

/**
 * The name of a preset of {@link AGING_PRESETS}.
 *
 * @example
 * ```ts
 * const name: AgingPresetName = 'sixMonths'
 * AGING_PRESETS[name].buckets // ['từ 1 tháng đến dưới 6 tháng', 'trên 6 tháng']
 * ```
 */
export type AgingPresetName = 'categories' | 'sixMonths' | 'threeMonths'

/**
 * A named set of buckets and where it is used.
 *
 * @example
 * ```ts
 * AGING_PRESETS.threeMonths.usedIn.vi // 'Công văn 479/BHXH-TST (2023) …'
 * ```
 */
export interface AgingPreset {
  /** The bucket phrases, in order (read by `agingBucket`; the labels are generated from them). */
  readonly buckets: readonly string[]
  /** Where the set is used, in Vietnamese and English. */
  readonly usedIn: Messages
  /** A public address where the use can be read. */
  readonly url: string
}

/**
 * The bucket sets of official reports:
 * - `categories`: the three kinds of debt by age that social-security offices distinguish —
 *   nợ chậm đóng (dưới 1 tháng), nợ đọng (từ 1 tháng đến dưới 3 tháng), nợ kéo dài (từ 3 tháng
 *   trở lên); the fourth kind, nợ khó thu (hard to collect), depends on the employer's status,
 *   not on age;
 * - `sixMonths`: the split of provincial reports ("trên 800 đơn vị chậm đóng BHXH từ 1 tháng đến
 *   dưới 6 tháng … 156 đơn vị chậm đóng trên 6 tháng", BHXH Tiền Giang, 2023);
 * - `threeMonths`: debts of three months or more, which Vietnam Social Security's official
 *   letter 479/BHXH-TST (2023) names as the trigger for inspections.
 *
 * @example
 * ```ts
 * agingBuckets(AGING_PRESETS.sixMonths.buckets).map((b) => b.label.en)
 * // ['1 to under 6 months', 'over 6 months']
 * ```
 */
export const AGING_PRESETS: Readonly<Record<AgingPresetName, AgingPreset>> = {
  categories: {
    buckets: ['dưới 1 tháng', 'từ 1 tháng đến dưới 3 tháng', 'từ 3 tháng trở lên'],
    usedIn: {
      vi: 'Phân loại nợ BHXH: nợ chậm đóng, nợ đọng, nợ kéo dài (Báo Bình Thuận, "Cần có cơ sở pháp lý để xử lý nợ khó thu")',
      en: 'Kinds of social-insurance debt: late, overdue, long-standing (Bình Thuận newspaper, on hard-to-collect debt)',
    },
    url: 'https://en.baobinhthuan.com.vn/can-co-co-so-phap-ly-de-xu-ly-no-kho-thu-106260.html',
  },
  sixMonths: {
    buckets: ['từ 1 tháng đến dưới 6 tháng', 'trên 6 tháng'],
    usedIn: {
      vi: 'Báo cáo của BHXH tỉnh Tiền Giang, 2023; BHXH Việt Nam, 2017: thu nợ dưới 6 tháng, thanh tra nợ trên 6 tháng (VOV)',
      en: 'Tiền Giang social-security office report, 2023; Vietnam Social Security, 2017: collect debts under 6 months, inspect those over 6 months (VOV)',
    },
    url: 'https://english.vov.vn/en/society/vss-to-cut-social-insurance-debt-to-under-3-362652.vov',
  },
  threeMonths: {
    buckets: ['dưới 3 tháng', 'từ 3 tháng trở lên'],
    usedIn: {
      vi: 'Công văn 479/BHXH-TST (2023) của BHXH Việt Nam: thanh tra đơn vị nợ từ 3 tháng trở lên',
      en: 'Vietnam Social Security letter 479/BHXH-TST (2023): inspect employers owing three months or more',
    },
    url: 'https://vss.gov.vn/english/thebenefits/Pages/sickness.aspx?CateID=191&ItemID=10838',
  },
}
