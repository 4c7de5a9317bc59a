/**
 * Voluntary social insurance (BHXH tự nguyện) and household health insurance (BHYT hộ gia
 * đình): rates, floors, ceilings, state support and household reductions, with sources.
 * @module
 */
import type { LegalSource } from '../legal'
import type { Dated, ShareRow } from './tables'
import { LAW_41_2024_URL } from './wages'

const source = (document: string, provision: string, url: string): LegalSource => ({
  document,
  provision,
  url,
})

/**
 * The rules of voluntary BHXH: 22% of the monthly income the participant chooses, between the
 * rural poverty line and 20 × the reference level. Only the rules of the 2024 law (from
 * 2025-07-01) were found in a primary text; earlier dates are not in the table.
 *
 * @example
 * ```ts
 * VOLUNTARY_RULES[0].rate // '0.22'
 * ```
 */
export const VOLUNTARY_RULES: readonly (Dated & {
  /** The contribution rate, of the chosen income. */
  readonly rate: string
  /** The ceiling, as a multiple of the reference level. */
  readonly ceilingMultiple: number
})[] = [
  {
    rate: '0.22',
    ceilingMultiple: 20,
    from: '2025-07-01',
    to: null,
    sources: [
      /* @__PURE__ */ source(
        'Luật Bảo hiểm xã hội số 41/2024/QH15',
        'Điều 32, khoản 2; Điều 36, khoản 1',
        LAW_41_2024_URL,
      ),
      /* @__PURE__ */ source(
        'Luật Bảo hiểm xã hội số 41/2024/QH15',
        'Điều 31, khoản 2 (thấp nhất bằng chuẩn hộ nghèo khu vực nông thôn, cao nhất bằng 20 lần mức tham chiếu)',
        LAW_41_2024_URL,
      ),
    ],
  },
]

/**
 * A group of voluntary participants for state support:
 * - `poor`: thuộc hộ nghèo, or living in an island commune or special zone;
 * - `near-poor`: thuộc hộ cận nghèo;
 * - `ethnic-minority`: người dân tộc thiểu số;
 * - `other`: everyone else.
 *
 * @example
 * ```ts
 * voluntaryContribution({ income: '1500000', months: 1, date: '2025-09-01', group: 'near-poor' })
 * ```
 */
export type SupportGroup = 'poor' | 'near-poor' | 'ethnic-minority' | 'other'

const DECREE_159: LegalSource = /* @__PURE__ */ source(
  'Nghị định 159/2025/NĐ-CP (theo BHXH TP.HCM, báo Lao Động)',
  'mức hỗ trợ tiền đóng BHXH tự nguyện',
  'https://news.laodong.vn/cong-doan/muc-dong-bao-hiem-xa-hoi-tu-nguyen-moi-nhat-1568908.ldo',
)
const DECREE_159_ALSO: LegalSource = /* @__PURE__ */ source(
  'Nghị định 159/2025/NĐ-CP',
  'mức hỗ trợ tiền đóng BHXH tự nguyện',
  'https://thongtin.vietnam.vn/en/muc-ho-tro-cho-nguoi-tham-gia-bao-hiem-xa-hoi-tu-nguyen',
)

/**
 * The state's support for voluntary BHXH, as a share of 22% of the rural poverty line, from
 * 2025-07-01 (for at most 120 months; only the highest level applies). The earlier levels
 * (30% / 25% / 10% under Nghị định 134/2015) were not found in a citable text and are left out.
 *
 * @example
 * ```ts
 * VOLUNTARY_SUPPORT.find((r) => r.key === 'poor')?.share // '0.5'
 * ```
 */
export const VOLUNTARY_SUPPORT: readonly ShareRow<SupportGroup>[] = [
  { key: 'poor', share: '0.5', from: '2025-07-01', to: null, sources: [DECREE_159, DECREE_159_ALSO] },
  { key: 'near-poor', share: '0.4', from: '2025-07-01', to: null, sources: [DECREE_159, DECREE_159_ALSO] },
  {
    key: 'ethnic-minority',
    share: '0.3',
    from: '2025-07-01',
    to: null,
    sources: [DECREE_159, DECREE_159_ALSO],
  },
  { key: 'other', share: '0.2', from: '2025-07-01', to: null, sources: [DECREE_159, DECREE_159_ALSO] },
]

const HOUSEHOLD_SOURCES: readonly LegalSource[] = [
  /* @__PURE__ */ source(
    'Nghị định 105/2014/NĐ-CP',
    'Điều 2, khoản 1, điểm e và g',
    'https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/10_Natural_Resources_SHUI/Documents/Doc_Undated_Nghi_inh_105_2014_NCPHuong.md',
  ),
  /* @__PURE__ */ source(
    'Nghị định 146/2018/NĐ-CP; Nghị định 188/2025/NĐ-CP (giữ mức 4,5% lương cơ sở)',
    'Điều 7, khoản 1, điểm e (146/2018); Điều 6, khoản 5 (188/2025)',
    'https://news.laodong.vn/suc-khoe/chinh-phu-quyet-dinh-giu-nguyen-muc-dong-bao-hiem-y-te-bang-45-luong-co-so-1540039.ldo',
  ),
]

/**
 * Household health insurance (BHYT hộ gia đình): the first member pays 4,5% of the base salary;
 * the second 70% of that, the third 60%, the fourth 50%, the fifth and later 40%. Key `1` is the
 * rate of the base salary; keys 2–5 are shares of the first member's amount.
 *
 * @example
 * ```ts
 * HOUSEHOLD_HEALTH.map((r) => r.share) // ['0.045', '0.7', '0.6', '0.5', '0.4']
 * ```
 */
export const HOUSEHOLD_HEALTH: readonly ShareRow<1 | 2 | 3 | 4 | 5>[] = [
  { key: 1, share: '0.045', from: '2015-01-01', to: null, sources: HOUSEHOLD_SOURCES },
  { key: 2, share: '0.7', from: '2015-01-01', to: null, sources: HOUSEHOLD_SOURCES },
  { key: 3, share: '0.6', from: '2015-01-01', to: null, sources: HOUSEHOLD_SOURCES },
  { key: 4, share: '0.5', from: '2015-01-01', to: null, sources: HOUSEHOLD_SOURCES },
  { key: 5, share: '0.4', from: '2015-01-01', to: null, sources: HOUSEHOLD_SOURCES },
]
