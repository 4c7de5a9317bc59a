/**
 * The words around a Vietnamese number: scale words, units and qualifiers, as data.
 * All entries are lower case and NFC; matching is case-insensitive except where noted.
 * @module
 */

/**
 * How a reported figure was hedged, from the word in front of it.
 *
 * | qualifier | Vietnamese |
 * |---|---|
 * | `exact` | (no word) |
 * | `nearly` | gần, gần như, suýt |
 * | `over` | trên, hơn, ngoài, hơn … (postfix: trở lên is `at-least`) |
 * | `about` | khoảng, xấp xỉ, chừng, khoảng chừng, ước, ước tính, ước khoảng, độ chừng |
 * | `under` | dưới, chưa đến, chưa tới, chưa đầy, không đến, không tới |
 * | `at-least` | ít nhất, tối thiểu, (từ) … trở lên |
 * | `at-most` | tối đa, nhiều nhất, không quá, không vượt quá, (từ) … trở xuống |
 *
 * @example
 * ```ts
 * parseNumber('gần 1.076.000 người').qualifier // 'nearly'
 * parseNumber('trên 5.147 tỷ đồng').qualifier  // 'over'
 * ```
 */
export type Qualifier = 'exact' | 'nearly' | 'over' | 'about' | 'under' | 'at-least' | 'at-most'

/** Prefix qualifiers, longest first so that `khoảng chừng` wins over `khoảng`. */
export const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['không vượt quá', 'at-most'],
  ['khoảng chừng', 'about'],
  ['ước khoảng', 'about'],
  ['nhiều nhất', 'at-most'],
  ['chưa đến', 'under'],
  ['chưa tới', 'under'],
  ['chưa đầy', 'under'],
  ['không đến', 'under'],
  ['không tới', 'under'],
  ['không quá', 'at-most'],
  ['tối thiểu', 'at-least'],
  ['ước tính', 'about'],
  ['độ chừng', 'about'],
  ['gần như', 'nearly'],
  ['ít nhất', 'at-least'],
  ['xấp xỉ', 'about'],
  ['khoảng', 'about'],
  ['tối đa', 'at-most'],
  ['chừng', 'about'],
  ['ngoài', 'over'],
  ['suýt', 'nearly'],
  ['dưới', 'under'],
  ['trên', 'over'],
  ['gần', 'nearly'],
  ['hơn', 'over'],
  ['ước', 'about'],
]

/** Postfix qualifiers: `từ 3 tháng trở lên`. */
export const POSTFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['trở lên', 'at-least'],
  ['trở xuống', 'at-most'],
]

/**
 * The normalised name of a scale word: nghìn (10³), triệu (10⁶), tỷ (10⁹), nghìn tỷ (10¹²),
 * triệu tỷ (10¹⁵).
 *
 * @example
 * ```ts
 * parseNumber('3.620,4 tỷ đồng').scale // { text: 'tỷ', name: 'tỷ', exponent: 9 }
 * ```
 */
export type ScaleName = 'nghìn' | 'triệu' | 'tỷ' | 'nghìn tỷ' | 'triệu tỷ'

/**
 * Scale words, longest first, with their power of ten. The CLDR short forms (`N`, `Tr`, `T`,
 * `NT`) are matched case-sensitively (a lone `T` or `N` in lower case is not a scale); the
 * colloquial `k` and `tr` in either case.
 */
export const SCALES: ReadonlyArray<
  readonly [text: string, name: ScaleName, exponent: number, caseSensitive?: 1]
> = [
  ['nghìn tỷ', 'nghìn tỷ', 12],
  ['nghìn tỉ', 'nghìn tỷ', 12],
  ['ngàn tỷ', 'nghìn tỷ', 12],
  ['ngàn tỉ', 'nghìn tỷ', 12],
  ['triệu tỷ', 'triệu tỷ', 15],
  ['triệu tỉ', 'triệu tỷ', 15],
  ['nghìn', 'nghìn', 3],
  ['ngàn', 'nghìn', 3],
  ['triệu', 'triệu', 6],
  ['tỷ', 'tỷ', 9],
  ['tỉ', 'tỷ', 9],
  ['NT', 'nghìn tỷ', 12, 1],
  ['Tr', 'triệu', 6, 1],
  ['tr', 'triệu', 6],
  ['N', 'nghìn', 3, 1],
  ['T', 'tỷ', 9, 1],
  ['k', 'nghìn', 3],
]

/**
 * The normalised unit of a parsed value. The value itself is always in this unit: a percent
 * is parsed to a `ratio` (71,5% → 0.715), a rate per day to `ratio-per-day`
 * (0,03%/ngày → 0.0003), percentage points to `points` as a difference of ratios
 * (6,15 điểm phần trăm → 0.0615).
 *
 * @example
 * ```ts
 * parseNumber('trên 800 đơn vị').unit // { text: 'đơn vị', code: 'employer' }
 * ```
 */
export type UnitCode =
  | 'vnd'
  | 'person'
  | 'employer'
  | 'household'
  | 'count'
  | 'times'
  | 'ratio'
  | 'ratio-per-day'
  | 'ratio-per-month'
  | 'ratio-per-year'
  | 'points'
  | 'minute'
  | 'hour'
  | 'day'
  | 'month'
  | 'year'

/** Units written after a number (and its scale), longest first. */
export const UNITS: ReadonlyArray<readonly [string, UnitCode]> = [
  ['lượt người lao động', 'person'],
  ['người lao động', 'person'],
  ['lượt người', 'person'],
  ['người dân', 'person'],
  ['nhân khẩu', 'person'],
  ['đối tượng', 'person'],
  ['lao động', 'person'],
  ['hội viên', 'person'],
  // "277.120 học sinh, sinh viên": one group of people, written as a pair
  ['học sinh, sinh viên', 'person'],
  ['học sinh', 'person'],
  ['sinh viên', 'person'],
  ['cán bộ', 'person'],
  // "106.848 nhân khẩu": people of a household register
  ['nhân khẩu', 'person'],
  // "134 ngàn thẻ BHYT": one health-insurance card is one insured person
  ['thẻ', 'person'],
  ['người', 'person'],
  ['chị', 'person'],
  // a BHYT card ("cấp 106.848 thẻ BHYT") is one person's
  ['thẻ', 'person'],
  // "312.400 NLĐ": người lao động, abbreviated as reports do
  ['nlđ', 'person'],
  ['doanh nghiệp', 'employer'],
  // "8.950 ĐVSDLĐ": đơn vị sử dụng lao động, employers
  ['đvsdlđ', 'employer'],
  ['đơn vị', 'employer'],
  ['hộ gia đình', 'household'],
  ['hộ', 'household'],
  ['hội nghị', 'count'],
  // "23 tỉnh, thành phố có tỷ lệ bao phủ cao hơn …", "20 mặt hàng thuốc", "5 hoạt chất"
  ['tỉnh, thành phố', 'count'],
  ['tỉnh', 'count'],
  ['mặt hàng', 'count'],
  ['hoạt chất', 'count'],
  ['hồ sơ', 'count'],
  ['cuộc', 'count'],
  ['buổi', 'count'],
  ['lượt', 'count'],
  ['lần', 'times'],
  ['đồng', 'vnd'],
  ['vnđ', 'vnd'],
  ['vnd', 'vnd'],
  ['₫', 'vnd'],
  ['đ', 'vnd'],
  ['phút', 'minute'],
  ['giờ', 'hour'],
  ['ngày', 'day'],
  ['tháng', 'month'],
  ['năm', 'year'],
]

/** Percent signs and words, with what may follow them. */
export const PERCENTS: ReadonlyArray<readonly [string, UnitCode]> = [
  ['điểm phần trăm', 'points'],
  ['%/ngày', 'ratio-per-day'],
  ['%/tháng', 'ratio-per-month'],
  ['%/năm', 'ratio-per-year'],
  ['phần trăm', 'ratio'],
  ['điểm %', 'points'],
  ['%', 'ratio'],
]

/** Number words accepted in `gấp … lần` (multiples): `gấp đôi`, `gấp rưỡi`, `gấp hơn hai lần`. */
export const MULTIPLE_WORDS: Readonly<Record<string, string>> = {
  một: '1',
  hai: '2',
  đôi: '2',
  ba: '3',
  bốn: '4',
  tư: '4',
  năm: '5',
  sáu: '6',
  bảy: '7',
  bẩy: '7',
  tám: '8',
  chín: '9',
  mười: '10',
  rưỡi: '1.5',
}

/** Words after which a number is a calendar reference (a day, month, year or time), not a figure. */
export const CALENDAR_WORDS: readonly string[] = [
  'ngày',
  'tháng',
  'năm',
  'quý',
  'sáng',
  'chiều',
  'tối',
  'trưa',
  'đêm',
  'hôm',
  'lúc',
  'khóa',
  'khoá',
]

/** Written forms of infinity and not-a-number, rejected with `not-finite`. */
export const NOT_FINITE: ReadonlySet<string> = /* @__PURE__ */ new Set([
  '∞',
  '+∞',
  '-∞',
  'nan',
  'infinity',
  '-infinity',
  'vô cực',
])
