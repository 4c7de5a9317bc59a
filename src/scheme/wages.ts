/**
 * The amounts the contribution rules are written in: base salary (lương cơ sở), the reference
 * level (mức tham chiếu) of the 2024 law, regional minimum wages (lương tối thiểu vùng) and the
 * rural poverty line — each with its dates and sources.
 * @module
 */
import type { LegalSource } from '../legal'
import type { AmountRow, MinimumWageRow } from './tables'

const source = (document: string, provision: string, url: string): LegalSource => ({
  document,
  provision,
  url,
})

/** Law 41/2024/QH15 (Luật Bảo hiểm xã hội 2024), as stored and read. */
export const LAW_41_2024_URL =
  'https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/10_Natural_Resources_SHUI/Documents/Doc_Undated_Luat_Bao_hiem.md'

/**
 * The base salary (mức lương cơ sở), by date, from 2016-05-01. Earlier dates are not in the
 * table.
 *
 * @example
 * ```ts
 * BASE_SALARY.find((r) => r.from === '2024-07-01')?.value // '2340000' — Nghị định 73/2024/NĐ-CP
 * ```
 */
export const BASE_SALARY: readonly AmountRow[] = [
  {
    value: '1210000',
    from: '2016-05-01',
    to: '2017-06-30',
    sources: [
      /* @__PURE__ */ source(
        'Nghị định 47/2016/NĐ-CP',
        'Điều 3, khoản 2',
        'https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/10_Natural_Resources_SHUI/Documents/ND_Undated_ND_472016CPMuc_luong.md',
      ),
    ],
  },
  {
    value: '1300000',
    from: '2017-07-01',
    to: '2018-06-30',
    sources: [
      /* @__PURE__ */ source(
        'Nghị định 47/2017/NĐ-CP',
        'Điều 3, khoản 2',
        'https://baonghean.vn/en/print/10134705.html',
      ),
    ],
  },
  {
    value: '1390000',
    from: '2018-07-01',
    to: '2019-06-30',
    sources: [
      /* @__PURE__ */ source(
        'Nghị định 72/2018/NĐ-CP',
        'Điều 3, khoản 2',
        'https://nvmgroup.com/from-01st-july-2018-the-common-minimum-wage-increase-from-1-300-000-to-1-390-000-per-month/',
      ),
    ],
  },
  {
    value: '1490000',
    from: '2019-07-01',
    to: '2023-06-30',
    sources: [
      /* @__PURE__ */ source(
        'Nghị định 38/2019/NĐ-CP',
        'Điều 3, khoản 2',
        'https://english.luatvietnam.vn/decree-no-38-2019-nd-cp-dated-may-9-2019-of-the-government-prescribing-the-base-salary-for-cadres-civil-servants-public-employees-and-armed-forces-172634-doc1.html',
      ),
    ],
  },
  {
    value: '1800000',
    from: '2023-07-01',
    to: '2024-06-30',
    sources: [
      /* @__PURE__ */ source(
        'Nghị định 24/2023/NĐ-CP',
        'Điều 3, khoản 2',
        'https://english.luatvietnam.vn/legal-updates/9-subjects-of-increasing-base-salary-from-july-01-2023-892-94090-article.html',
      ),
    ],
  },
  {
    value: '2340000',
    from: '2024-07-01',
    to: '2026-06-30',
    sources: [
      /* @__PURE__ */ source(
        'Nghị định 73/2024/NĐ-CP',
        'Điều 3, khoản 2',
        'https://www.mondaq.com/employee-benefits-compensation/1488976/legal-alert-on-the-new-decree-regulating-minimum-salary',
      ),
    ],
  },
  {
    value: '2530000',
    from: '2026-07-01',
    to: null,
    sources: [
      /* @__PURE__ */ source(
        'Nghị định 161/2026/NĐ-CP',
        'Điều 3, khoản 2',
        'https://news.laodong.vn/thoi-su/muc-tien-luong-va-thu-nhap-tang-them-hang-thang-theo-luong-co-so-moi-1703435.ldo',
      ),
    ],
  },
]

/**
 * Where the reference level (mức tham chiếu) of the 2024 law is defined, and the rule that it
 * equals the base salary while the base salary exists (so `rules(date).referenceLevel` is
 * the {@link BASE_SALARY} row from 2025-07-01).
 *
 * @example
 * ```ts
 * REFERENCE_LEVEL_SOURCES[1].provision // 'Điều 141, khoản 13'
 * ```
 */
export const REFERENCE_LEVEL_SOURCES: readonly LegalSource[] = [
  /* @__PURE__ */ source('Luật Bảo hiểm xã hội số 41/2024/QH15', 'Điều 7', LAW_41_2024_URL),
  /* @__PURE__ */ source('Luật Bảo hiểm xã hội số 41/2024/QH15', 'Điều 141, khoản 13', LAW_41_2024_URL),
]

/**
 * The regional minimum wages (mức lương tối thiểu tháng, vùng I–IV), by date, from 2019.
 *
 * @example
 * ```ts
 * MINIMUM_WAGES.at(-1)?.monthly[1] // '5310000' — vùng I từ 01/01/2026 (Nghị định 293/2025/NĐ-CP)
 * ```
 */
export const MINIMUM_WAGES: readonly MinimumWageRow[] = [
  {
    monthly: { 1: '4180000', 2: '3710000', 3: '3250000', 4: '2920000' },
    from: '2019-01-01',
    to: '2019-12-31',
    sources: [
      /* @__PURE__ */ source(
        'Nghị định 157/2018/NĐ-CP',
        'Điều 3, khoản 1',
        'https://lawnet.vn/thong-tin-phap-luat/en/lao-dong-tien-luong/official-regional-minimum-wage-applied-from-january-01-2019-160685.html',
      ),
    ],
  },
  {
    monthly: { 1: '4420000', 2: '3920000', 3: '3430000', 4: '3070000' },
    from: '2020-01-01',
    to: '2022-06-30',
    sources: [
      /* @__PURE__ */ source(
        'Nghị định 90/2019/NĐ-CP',
        'Điều 3, khoản 1',
        'https://english.luatvietnam.vn/lao-dong/nghi-dinh-90-2019-nd-cp-muc-luong-toi-thieu-vung-178302-d1.html',
      ),
    ],
  },
  {
    monthly: { 1: '4680000', 2: '4160000', 3: '3640000', 4: '3250000' },
    from: '2022-07-01',
    to: '2024-06-30',
    sources: [
      /* @__PURE__ */ source(
        'Nghị định 38/2022/NĐ-CP',
        'Điều 3, khoản 1',
        'https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/10_Natural_Resources_SHUI/Documents/ND_Undated_ND_38_12622_ND_Tang_muc.md',
      ),
    ],
  },
  {
    monthly: { 1: '4960000', 2: '4410000', 3: '3860000', 4: '3450000' },
    from: '2024-07-01',
    to: '2025-12-31',
    sources: [
      /* @__PURE__ */ source(
        'Nghị định 74/2024/NĐ-CP',
        'Điều 3, khoản 1',
        'https://www.mondaq.com/employee-benefits-compensation/1488976/legal-alert-on-the-new-decree-regulating-minimum-salary',
      ),
    ],
  },
  {
    monthly: { 1: '5310000', 2: '4730000', 3: '4140000', 4: '3700000' },
    from: '2026-01-01',
    to: null,
    sources: [
      /* @__PURE__ */ source(
        'Nghị định 293/2025/NĐ-CP ngày 10/11/2025',
        'Điều 3',
        'https://news.laodong.vn/thoi-su/chinh-thuc-tang-luong-toi-thieu-vung-tu-112026-1606919.ldo',
      ),
    ],
  },
]

/**
 * The rural poverty line (chuẩn nghèo khu vực nông thôn), the floor of the income on which
 * voluntary BHXH is paid. Decree 351/2025/NĐ-CP sets 2.200.000 đồng for 2026–2030, but when it
 * replaces 1.500.000 đồng as that floor was not found: the last row stays in force here.
 *
 * @example
 * ```ts
 * RURAL_POVERTY_LINE.at(-1)?.value // '1500000'
 * ```
 */
export const RURAL_POVERTY_LINE: readonly AmountRow[] = [
  {
    value: '700000',
    from: '2016-01-01',
    to: '2021-12-31',
    sources: [
      /* @__PURE__ */ source(
        'Quyết định 59/2015/QĐ-TTg',
        'Điều 1',
        'https://vietnamnet.vn//en/society/vietnam-to-apply-new-multidimensional-poverty-standards-710676.html',
      ),
    ],
  },
  {
    value: '1500000',
    from: '2022-01-01',
    to: null,
    sources: [
      /* @__PURE__ */ source(
        'Nghị định 07/2021/NĐ-CP',
        'Điều 3',
        'https://news.laodong.vn/cong-doan/muc-dong-bao-hiem-xa-hoi-tu-nguyen-moi-nhat-1568908.ldo',
      ),
    ],
  },
]
