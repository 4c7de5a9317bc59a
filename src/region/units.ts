/**
 * The provincial units of Vietnam: the 63 in force until 2025-06-30 and the 34 from 2025-07-01,
 * with the units each new one was formed from.
 * @module
 */
import type { LegalSource } from '../legal'

/**
 * A provincial unit (tỉnh or thành phố trực thuộc trung ương).
 *
 * @example
 * ```ts
 * const u: UnitData = { code: '83', name: 'Tỉnh Bến Tre', short: 'Bến Tre', type: 'province' }
 * ```
 */
export interface UnitData {
  /** The administrative code. Codes are reused: read them with a date. */
  readonly code: string
  /** The official name, with its type (`Tỉnh Bến Tre`, `Thành phố Hồ Chí Minh`). */
  readonly name: string
  /** The name without its type, as articles write it (`Bến Tre`). */
  readonly short: string
  /** A province (tỉnh) or a centrally run city (thành phố). */
  readonly type: 'province' | 'city'
}

/**
 * A unit of the 2025 arrangement, with the codes of the units it was formed from.
 *
 * @example
 * ```ts
 * UNITS_2025.find((u) => u.short === 'Vĩnh Long')?.predecessors // ['83', '86', '84'] — Bến Tre, Vĩnh Long, Trà Vinh
 * ```
 */
export interface Unit2025Data extends UnitData {
  /** The codes (in {@link UNITS_2004}) of the units merged into it. */
  readonly predecessors: readonly string[]
}

/** The last day the 63 units were in force. */
export const UNITS_2004_UNTIL = '2025-06-30'
/** The first day of the 34 units. */
export const UNITS_2025_FROM = '2025-07-01'

/**
 * Where the registry comes from: Resolution 202/2025/QH15 (its clauses as reproduced by news and
 * legal portals; the primary text was not read), and the codes of the statistics office.
 *
 * @example
 * ```ts
 * REGION_SOURCES[0].document // 'Nghị quyết 202/2025/QH15 …'
 * ```
 */
export const REGION_SOURCES: readonly LegalSource[] = [
  {
    document:
      'Nghị quyết 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh (thông qua 12/06/2025; chính quyền mới từ 01/07/2025)',
    provision: 'Điều 1 (các khoản sắp xếp từng tỉnh); đọc qua bản đăng lại trên báo, chưa đọc bản gốc',
    url: 'https://nld.com.vn/chi-tiet-dien-tich-dan-so-23-tinh-thanh-sau-sap-xep-don-vi-hanh-chinh-cap-tinh-196250612092419332.htm',
  },
  {
    document:
      'Mã đơn vị hành chính: Quyết định 124/2004/QĐ-TTg (63 tỉnh); Công văn 915/CTK-CSCL năm 2025 của Cục Thống kê (34 tỉnh)',
    provision: 'danh mục mã cấp tỉnh',
    url: 'https://github.com/dvhcvn/20250701/blob/main/input/docs/915_CTK-CSCL.csv',
  },
]

/**
 * The 63 provincial units in force until 2025-06-30, with their codes.
 *
 * @example
 * ```ts
 * UNITS_2004.length // 63
 * ```
 */
export const UNITS_2004: readonly UnitData[] = [
  { code: '01', name: 'Thành phố Hà Nội', short: 'Hà Nội', type: 'city' },
  { code: '02', name: 'Tỉnh Hà Giang', short: 'Hà Giang', type: 'province' },
  { code: '04', name: 'Tỉnh Cao Bằng', short: 'Cao Bằng', type: 'province' },
  { code: '06', name: 'Tỉnh Bắc Kạn', short: 'Bắc Kạn', type: 'province' },
  { code: '08', name: 'Tỉnh Tuyên Quang', short: 'Tuyên Quang', type: 'province' },
  { code: '10', name: 'Tỉnh Lào Cai', short: 'Lào Cai', type: 'province' },
  { code: '11', name: 'Tỉnh Điện Biên', short: 'Điện Biên', type: 'province' },
  { code: '12', name: 'Tỉnh Lai Châu', short: 'Lai Châu', type: 'province' },
  { code: '14', name: 'Tỉnh Sơn La', short: 'Sơn La', type: 'province' },
  { code: '15', name: 'Tỉnh Yên Bái', short: 'Yên Bái', type: 'province' },
  { code: '17', name: 'Tỉnh Hòa Bình', short: 'Hòa Bình', type: 'province' },
  { code: '19', name: 'Tỉnh Thái Nguyên', short: 'Thái Nguyên', type: 'province' },
  { code: '20', name: 'Tỉnh Lạng Sơn', short: 'Lạng Sơn', type: 'province' },
  { code: '22', name: 'Tỉnh Quảng Ninh', short: 'Quảng Ninh', type: 'province' },
  { code: '24', name: 'Tỉnh Bắc Giang', short: 'Bắc Giang', type: 'province' },
  { code: '25', name: 'Tỉnh Phú Thọ', short: 'Phú Thọ', type: 'province' },
  { code: '26', name: 'Tỉnh Vĩnh Phúc', short: 'Vĩnh Phúc', type: 'province' },
  { code: '27', name: 'Tỉnh Bắc Ninh', short: 'Bắc Ninh', type: 'province' },
  { code: '30', name: 'Tỉnh Hải Dương', short: 'Hải Dương', type: 'province' },
  { code: '31', name: 'Thành phố Hải Phòng', short: 'Hải Phòng', type: 'city' },
  { code: '33', name: 'Tỉnh Hưng Yên', short: 'Hưng Yên', type: 'province' },
  { code: '34', name: 'Tỉnh Thái Bình', short: 'Thái Bình', type: 'province' },
  { code: '35', name: 'Tỉnh Hà Nam', short: 'Hà Nam', type: 'province' },
  { code: '36', name: 'Tỉnh Nam Định', short: 'Nam Định', type: 'province' },
  { code: '37', name: 'Tỉnh Ninh Bình', short: 'Ninh Bình', type: 'province' },
  { code: '38', name: 'Tỉnh Thanh Hóa', short: 'Thanh Hóa', type: 'province' },
  { code: '40', name: 'Tỉnh Nghệ An', short: 'Nghệ An', type: 'province' },
  { code: '42', name: 'Tỉnh Hà Tĩnh', short: 'Hà Tĩnh', type: 'province' },
  { code: '44', name: 'Tỉnh Quảng Bình', short: 'Quảng Bình', type: 'province' },
  { code: '45', name: 'Tỉnh Quảng Trị', short: 'Quảng Trị', type: 'province' },
  { code: '46', name: 'Thành phố Huế', short: 'Huế', type: 'city' },
  { code: '48', name: 'Thành phố Đà Nẵng', short: 'Đà Nẵng', type: 'city' },
  { code: '49', name: 'Tỉnh Quảng Nam', short: 'Quảng Nam', type: 'province' },
  { code: '51', name: 'Tỉnh Quảng Ngãi', short: 'Quảng Ngãi', type: 'province' },
  { code: '52', name: 'Tỉnh Bình Định', short: 'Bình Định', type: 'province' },
  { code: '54', name: 'Tỉnh Phú Yên', short: 'Phú Yên', type: 'province' },
  { code: '56', name: 'Tỉnh Khánh Hòa', short: 'Khánh Hòa', type: 'province' },
  { code: '58', name: 'Tỉnh Ninh Thuận', short: 'Ninh Thuận', type: 'province' },
  { code: '60', name: 'Tỉnh Bình Thuận', short: 'Bình Thuận', type: 'province' },
  { code: '62', name: 'Tỉnh Kon Tum', short: 'Kon Tum', type: 'province' },
  { code: '64', name: 'Tỉnh Gia Lai', short: 'Gia Lai', type: 'province' },
  { code: '66', name: 'Tỉnh Đắk Lắk', short: 'Đắk Lắk', type: 'province' },
  { code: '67', name: 'Tỉnh Đắk Nông', short: 'Đắk Nông', type: 'province' },
  { code: '68', name: 'Tỉnh Lâm Đồng', short: 'Lâm Đồng', type: 'province' },
  { code: '70', name: 'Tỉnh Bình Phước', short: 'Bình Phước', type: 'province' },
  { code: '72', name: 'Tỉnh Tây Ninh', short: 'Tây Ninh', type: 'province' },
  { code: '74', name: 'Tỉnh Bình Dương', short: 'Bình Dương', type: 'province' },
  { code: '75', name: 'Tỉnh Đồng Nai', short: 'Đồng Nai', type: 'province' },
  { code: '77', name: 'Tỉnh Bà Rịa - Vũng Tàu', short: 'Bà Rịa - Vũng Tàu', type: 'province' },
  { code: '79', name: 'Thành phố Hồ Chí Minh', short: 'Hồ Chí Minh', type: 'city' },
  { code: '80', name: 'Tỉnh Long An', short: 'Long An', type: 'province' },
  { code: '82', name: 'Tỉnh Tiền Giang', short: 'Tiền Giang', type: 'province' },
  { code: '83', name: 'Tỉnh Bến Tre', short: 'Bến Tre', type: 'province' },
  { code: '84', name: 'Tỉnh Trà Vinh', short: 'Trà Vinh', type: 'province' },
  { code: '86', name: 'Tỉnh Vĩnh Long', short: 'Vĩnh Long', type: 'province' },
  { code: '87', name: 'Tỉnh Đồng Tháp', short: 'Đồng Tháp', type: 'province' },
  { code: '89', name: 'Tỉnh An Giang', short: 'An Giang', type: 'province' },
  { code: '91', name: 'Tỉnh Kiên Giang', short: 'Kiên Giang', type: 'province' },
  { code: '92', name: 'Thành phố Cần Thơ', short: 'Cần Thơ', type: 'city' },
  { code: '93', name: 'Tỉnh Hậu Giang', short: 'Hậu Giang', type: 'province' },
  { code: '94', name: 'Tỉnh Sóc Trăng', short: 'Sóc Trăng', type: 'province' },
  { code: '95', name: 'Tỉnh Bạc Liêu', short: 'Bạc Liêu', type: 'province' },
  { code: '96', name: 'Tỉnh Cà Mau', short: 'Cà Mau', type: 'province' },
]

/**
 * The 34 provincial units from 2025-07-01, each with the units it was formed from. A new unit
 * took the code of the predecessor where its seat is (An Giang is 91, Kiên Giang's old code).
 *
 * @example
 * ```ts
 * UNITS_2025.length // 34
 * ```
 */
export const UNITS_2025: readonly Unit2025Data[] = [
  { code: '01', name: 'Thành phố Hà Nội', short: 'Hà Nội', type: 'city', predecessors: ['01'] },
  { code: '04', name: 'Tỉnh Cao Bằng', short: 'Cao Bằng', type: 'province', predecessors: ['04'] },
  {
    code: '08',
    name: 'Tỉnh Tuyên Quang',
    short: 'Tuyên Quang',
    type: 'province',
    predecessors: ['02', '08'],
  },
  { code: '11', name: 'Tỉnh Điện Biên', short: 'Điện Biên', type: 'province', predecessors: ['11'] },
  { code: '12', name: 'Tỉnh Lai Châu', short: 'Lai Châu', type: 'province', predecessors: ['12'] },
  { code: '14', name: 'Tỉnh Sơn La', short: 'Sơn La', type: 'province', predecessors: ['14'] },
  { code: '15', name: 'Tỉnh Lào Cai', short: 'Lào Cai', type: 'province', predecessors: ['15', '10'] },
  {
    code: '19',
    name: 'Tỉnh Thái Nguyên',
    short: 'Thái Nguyên',
    type: 'province',
    predecessors: ['06', '19'],
  },
  { code: '20', name: 'Tỉnh Lạng Sơn', short: 'Lạng Sơn', type: 'province', predecessors: ['20'] },
  { code: '22', name: 'Tỉnh Quảng Ninh', short: 'Quảng Ninh', type: 'province', predecessors: ['22'] },
  { code: '24', name: 'Tỉnh Bắc Ninh', short: 'Bắc Ninh', type: 'province', predecessors: ['24', '27'] },
  { code: '25', name: 'Tỉnh Phú Thọ', short: 'Phú Thọ', type: 'province', predecessors: ['26', '17', '25'] },
  { code: '31', name: 'Thành phố Hải Phòng', short: 'Hải Phòng', type: 'city', predecessors: ['30', '31'] },
  { code: '33', name: 'Tỉnh Hưng Yên', short: 'Hưng Yên', type: 'province', predecessors: ['34', '33'] },
  {
    code: '37',
    name: 'Tỉnh Ninh Bình',
    short: 'Ninh Bình',
    type: 'province',
    predecessors: ['35', '37', '36'],
  },
  { code: '38', name: 'Tỉnh Thanh Hóa', short: 'Thanh Hóa', type: 'province', predecessors: ['38'] },
  { code: '40', name: 'Tỉnh Nghệ An', short: 'Nghệ An', type: 'province', predecessors: ['40'] },
  { code: '42', name: 'Tỉnh Hà Tĩnh', short: 'Hà Tĩnh', type: 'province', predecessors: ['42'] },
  { code: '44', name: 'Tỉnh Quảng Trị', short: 'Quảng Trị', type: 'province', predecessors: ['44', '45'] },
  { code: '46', name: 'Thành phố Huế', short: 'Huế', type: 'city', predecessors: ['46'] },
  { code: '48', name: 'Thành phố Đà Nẵng', short: 'Đà Nẵng', type: 'city', predecessors: ['49', '48'] },
  { code: '51', name: 'Tỉnh Quảng Ngãi', short: 'Quảng Ngãi', type: 'province', predecessors: ['62', '51'] },
  { code: '52', name: 'Tỉnh Gia Lai', short: 'Gia Lai', type: 'province', predecessors: ['64', '52'] },
  { code: '56', name: 'Tỉnh Khánh Hòa', short: 'Khánh Hòa', type: 'province', predecessors: ['58', '56'] },
  { code: '66', name: 'Tỉnh Đắk Lắk', short: 'Đắk Lắk', type: 'province', predecessors: ['54', '66'] },
  {
    code: '68',
    name: 'Tỉnh Lâm Đồng',
    short: 'Lâm Đồng',
    type: 'province',
    predecessors: ['67', '60', '68'],
  },
  { code: '75', name: 'Tỉnh Đồng Nai', short: 'Đồng Nai', type: 'province', predecessors: ['70', '75'] },
  {
    code: '79',
    name: 'Thành phố Hồ Chí Minh',
    short: 'Hồ Chí Minh',
    type: 'city',
    predecessors: ['79', '77', '74'],
  },
  { code: '80', name: 'Tỉnh Tây Ninh', short: 'Tây Ninh', type: 'province', predecessors: ['80', '72'] },
  { code: '82', name: 'Tỉnh Đồng Tháp', short: 'Đồng Tháp', type: 'province', predecessors: ['82', '87'] },
  {
    code: '86',
    name: 'Tỉnh Vĩnh Long',
    short: 'Vĩnh Long',
    type: 'province',
    predecessors: ['83', '86', '84'],
  },
  { code: '91', name: 'Tỉnh An Giang', short: 'An Giang', type: 'province', predecessors: ['91', '89'] },
  { code: '92', name: 'Thành phố Cần Thơ', short: 'Cần Thơ', type: 'city', predecessors: ['92', '94', '93'] },
  { code: '96', name: 'Tỉnh Cà Mau', short: 'Cà Mau', type: 'province', predecessors: ['95', '96'] },
]
