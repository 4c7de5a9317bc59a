/**
 * Compulsory contribution rates by scheme, fund and payer, with their dates and sources.
 * @module
 */
import type { LegalSource } from '../legal'
import type { RateRow } from './tables'
import { LAW_41_2024_URL } from './wages'

const source = (document: string, provision: string, url: string): LegalSource => ({
  document,
  provision,
  url,
})

const Q959: LegalSource = /* @__PURE__ */ source(
  'Quyết định 959/QĐ-BHXH (quản lý thu BHXH, BHYT, BHTN)',
  'Điều 5, khoản 1–2 (nhắc lại Luật Bảo hiểm xã hội số 58/2014/QH13, Điều 85–86)',
  'https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/10_Natural_Resources_SHUI/Documents/Doc_0915_01_09_QD_959090915Huong_dan.md',
)
const L41_EMPLOYEE = /* @__PURE__ */ source(
  'Luật Bảo hiểm xã hội số 41/2024/QH15',
  'Điều 33, khoản 1, điểm a',
  LAW_41_2024_URL,
)
const L41_EMPLOYER = /* @__PURE__ */ source(
  'Luật Bảo hiểm xã hội số 41/2024/QH15',
  'Điều 34, khoản 1, điểm a–b',
  LAW_41_2024_URL,
)
const D44_2017 = /* @__PURE__ */ source(
  'Nghị định 44/2017/NĐ-CP',
  'Điều 3, khoản 1',
  'https://english.luatvietnam.vn/decree-no-44-2017-nd-cp-dated-april-14-2017-of-the-government-on-the-rate-of-contribution-to-the-occupational-accident-and-disease-insurance-fund-113798-Doc1.html',
)
const D58_2020 = /* @__PURE__ */ source(
  'Nghị định 58/2020/NĐ-CP',
  'Điều 4, khoản 1, điểm a–b; Điều 5 (điều kiện mức 0,3%)',
  'https://bizlawyer.vn/conditions-for-employers-to-reduce-the-compulsory-social-insurance',
)

const D105_2014 = /* @__PURE__ */ source(
  'Nghị định 105/2014/NĐ-CP',
  'Điều 2, khoản 1, điểm a',
  'https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/10_Natural_Resources_SHUI/Documents/Doc_Undated_Nghi_inh_105_2014_NCPHuong.md',
)
const Q959_BHYT = {
  ...Q959,
  provision: 'Điều 18, khoản 1 (BHYT 4,5%: người sử dụng lao động 3%, người lao động 1,5%)',
}
const D188_2025 = /* @__PURE__ */ source(
  'Nghị định 188/2025/NĐ-CP',
  'Điều 6, khoản 1',
  'https://news.laodong.vn/suc-khoe/chinh-phu-quyet-dinh-giu-nguyen-muc-dong-bao-hiem-y-te-bang-45-luong-co-so-1540039.ldo',
)
const Q959_BHTN = { ...Q959, provision: 'Điều 14, khoản 1–2 (nhắc lại Luật Việc làm 38/2013/QH13, Điều 57)' }
const Q28_2021 = /* @__PURE__ */ source(
  'Quyết định 28/2021/QĐ-TTg; Nghị quyết 116/NQ-CP',
  'Điều 5, khoản 1–2 (28/2021); mục II.2 (116)',
  'https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/16_Business_Support_Measures/Documents/Doc_Undated_NQ_116_24921_CP_Ho_tro.md',
)

const D374_2025 = /* @__PURE__ */ source(
  'Luật Việc làm số 74/2025/QH15 (tối đa 1%); Nghị định 374/2025/NĐ-CP (1%)',
  'Điều 33, khoản 1 (Luật); Điều 4 (Nghị định)',
  'https://news.laodong.vn/tu-van-phap-luat/bao-hiem-that-nghiep-cua-nguoi-su-dung-lao-dong-phai-dong-the-nao-1644296.ldo',
)

/**
 * The compulsory contribution rates (of the monthly salary on which contributions are paid):
 * BHXH bắt buộc by fund — sickness and maternity, occupational accident and disease (the 1% of
 * 2016, 0,5% from 2017-06-01, and from 2020-07-15 the reduced 0,3% for employers that qualify),
 * retirement and death —, BHYT (4,5%: employer 3%, employee 1,5%) and BHTN (1% each, the
 * employer's 0% from 2021-10-01 to 2022-09-30; from 2026-01-01 the 2025 Law on Employment says
 * "at most 1%" each and Nghị định 374/2025/NĐ-CP sets 1%).
 *
 * @example
 * ```ts
 * CONTRIBUTION_RATES.filter((r) => r.scheme === 'BHXH_BB' && r.payer === 'employee' && r.to === null)
 * // [{ fund: 'retirement-death', rate: '0.08', from: '2025-07-01', … }]
 * ```
 */
export const CONTRIBUTION_RATES: readonly RateRow[] = [
  // BHXH bắt buộc, Luật 58/2014 (2016-01-01 … 2025-06-30)
  {
    scheme: 'BHXH_BB',
    fund: 'retirement-death',
    payer: 'employee',
    rate: '0.08',
    from: '2016-01-01',
    to: '2025-06-30',
    sources: [Q959],
  },
  {
    scheme: 'BHXH_BB',
    fund: 'sickness-maternity',
    payer: 'employer',
    rate: '0.03',
    from: '2016-01-01',
    to: '2025-06-30',
    sources: [Q959],
  },
  {
    scheme: 'BHXH_BB',
    fund: 'retirement-death',
    payer: 'employer',
    rate: '0.14',
    from: '2016-01-01',
    to: '2025-06-30',
    sources: [Q959],
  },
  // BHXH bắt buộc, Luật 41/2024 (from 2025-07-01)
  {
    scheme: 'BHXH_BB',
    fund: 'retirement-death',
    payer: 'employee',
    rate: '0.08',
    from: '2025-07-01',
    to: null,
    sources: [L41_EMPLOYEE],
  },
  {
    scheme: 'BHXH_BB',
    fund: 'sickness-maternity',
    payer: 'employer',
    rate: '0.03',
    from: '2025-07-01',
    to: null,
    sources: [L41_EMPLOYER],
  },
  {
    scheme: 'BHXH_BB',
    fund: 'retirement-death',
    payer: 'employer',
    rate: '0.14',
    from: '2025-07-01',
    to: null,
    sources: [L41_EMPLOYER],
  },
  // Tai nạn lao động, bệnh nghề nghiệp (employer only)
  {
    scheme: 'BHXH_BB',
    fund: 'accident-disease',
    payer: 'employer',
    rate: '0.01',
    from: '2016-01-01',
    to: '2017-05-31',
    sources: [Q959],
  },
  {
    scheme: 'BHXH_BB',
    fund: 'accident-disease',
    payer: 'employer',
    rate: '0.005',
    from: '2017-06-01',
    to: null,
    sources: [D44_2017, D58_2020],
  },
  {
    scheme: 'BHXH_BB',
    fund: 'accident-disease',
    payer: 'employer',
    rate: '0.003',
    variant: 'reduced',
    note: {
      vi: 'mức 0,3% cho doanh nghiệp ngành nghề có nguy cơ cao đủ điều kiện',
      en: 'the 0.3% rate for qualifying employers in high-risk sectors',
    },
    from: '2020-07-15',
    to: null,
    sources: [D58_2020],
  },
  // BHYT: 4,5% of the salary, employer 3%, employee 1,5%
  {
    scheme: 'BHYT',
    fund: 'health',
    payer: 'employer',
    rate: '0.03',
    from: '2015-01-01',
    to: null,
    sources: [D105_2014, Q959_BHYT, D188_2025],
  },
  {
    scheme: 'BHYT',
    fund: 'health',
    payer: 'employee',
    rate: '0.015',
    from: '2015-01-01',
    to: null,
    sources: [D105_2014, Q959_BHYT, D188_2025],
  },
  // BHTN: 1% each; the employer's temporary 0%
  {
    scheme: 'BHTN',
    fund: 'unemployment',
    payer: 'employee',
    rate: '0.01',
    from: '2015-01-01',
    to: '2025-12-31',
    sources: [Q959_BHTN],
  },
  {
    scheme: 'BHTN',
    fund: 'unemployment',
    payer: 'employer',
    rate: '0.01',
    from: '2015-01-01',
    to: '2021-09-30',
    sources: [Q959_BHTN],
  },
  {
    scheme: 'BHTN',
    fund: 'unemployment',
    payer: 'employer',
    rate: '0',
    note: {
      vi: 'giảm mức đóng của người sử dụng lao động xuống 0% trong 12 tháng (đơn vị tham gia trước 01/10/2021, trừ cơ quan nhà nước …)',
      en: "the employer's rate cut to 0% for 12 months (employers insured before 2021-10-01, not state bodies …)",
    },
    from: '2021-10-01',
    to: '2022-09-30',
    sources: [Q28_2021],
  },
  {
    scheme: 'BHTN',
    fund: 'unemployment',
    payer: 'employer',
    rate: '0.01',
    from: '2022-10-01',
    to: '2025-12-31',
    sources: [Q959_BHTN],
  },
  {
    scheme: 'BHTN',
    fund: 'unemployment',
    payer: 'employee',
    rate: '0.01',
    from: '2026-01-01',
    to: null,
    sources: [D374_2025],
  },
  {
    scheme: 'BHTN',
    fund: 'unemployment',
    payer: 'employer',
    rate: '0.01',
    from: '2026-01-01',
    to: null,
    sources: [D374_2025],
  },
]
