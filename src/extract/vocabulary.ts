/**
 * The words that `extractFigures` reads around a figure, as data: every cue of Vietnamese
 * reporting language in one place, lower case, NFC. Rules in `extract.ts` ask only for a
 * category ("is there a growth word just before?"), never for a particular phrase.
 * @module
 */
import { SCHEMES, type SchemeCode } from '../scheme/schemes'

/** A category of cue words, as one bit, so that a phrase may belong to several. */
export const CUE = {
  /** A change: tăng 9,29%, giảm, tăng trưởng. */
  growth: 1 << 0,
  /** A level reached by a change (tăng lên 90%): the figure is a level, not a change. */
  growthTo: 1 << 1,
  /** Reaching: đạt, vượt, bằng, hoàn thành. */
  attain: 1 << 2,
  /** What an attainment is measured against: kế hoạch, chỉ tiêu, dự toán. */
  plan: 1 << 3,
  /** A comparison: so với, so. */
  compare: 1 << 4,
  /** The same period of an earlier year: cùng kỳ. */
  samePeriod: 1 << 5,
  /** A rate: tỷ lệ, bao phủ. */
  coverage: 1 << 6,
  /** The population as a base: dân số, người dân, toàn dân. */
  population: 1 << 7,
  /** The labour force as a base: lực lượng lao động (LLLĐ), số lao động. */
  labour: 1 << 8,
  /** A goal for the whole sentence: phấn đấu, mục tiêu, nâng (tỷ lệ). */
  target: 1 << 9,
  /** A goal just before the figure: chỉ tiêu giao, kế hoạch được giao. */
  targetLocal: 1 << 10,
  /** A sentence that goes on with the previous one: đồng thời, ngoài ra. */
  continuation: 1 << 11,
  /** Money collected: thu, số thu, tổng thu. */
  revenue: 1 << 12,
  /** All schemes' money together: tổng thu, tổng số tiền thu. */
  total: 1 << 13,
  /** Money paid out: chi, chi trả. */
  expenditure: 1 << 14,
  /** Arrears: chậm đóng, nợ đóng, nợ đọng. */
  arrears: 1 << 15,
  /** Receiving benefits: hưởng, thụ hưởng. */
  benefit: 1 << 16,
  /** New enrolment: phát triển, vận động, tham gia mới. */
  newJoin: 1 << 17,
  /** Taking part: tham gia, đóng, mua, có thẻ. */
  participate: 1 << 18,
  /** A breakdown of the figure before: trong đó. */
  breakdown: 1 << 19,
  /** Not (yet) real people: tiềm năng. */
  notReal: 1 << 20,
  /** A card or book of a scheme: thẻ, sổ. */
  card: 1 << 21,
  /** A benefit granted to the people after it: giải quyết (chế độ), trợ cấp, chế độ … cho. */
  grant: 1 << 22,
  /** Applying for a benefit, not receiving it: nộp hồ sơ, đề nghị hưởng. */
  apply: 1 << 23,
  /** A penalty: xử phạt, tiền phạt (penalised employers and fines are no arrears). */
  penalty: 1 << 24,
  /** Arrears paid back or recovered: khắc phục, thu hồi, thu lại (the money is no arrears). */
  repay: 1 << 25,
  /** What was done against a plan, in a table's row: thực hiện, kết quả thực hiện. */
  done: 1 << 26,
  /** Medical care paid by BHYT: khám chữa bệnh (visits, counted apart from beneficiaries). */
  care: 1 << 27,
  /** No category: a phrase that only blocks a shorter one inside it ("tăng cường"). */
  none: 0,
} as const

/**
 * Cue phrases by category. Phrases in `none` block a shorter phrase inside them ("tăng cường"
 * is not a growth, "hưởng ứng" not a benefit, "thu hút" not revenue).
 */
export const CUE_PHRASES: Readonly<Record<keyof typeof CUE, readonly string[]>> = {
  growth: ['tăng trưởng', 'tốc độ tăng', 'tăng', 'giảm', 'gia tăng', 'tăng thêm', 'cao hơn', 'thấp hơn'],
  growthTo: ['tăng lên', 'giảm xuống', 'giảm còn', 'tăng đến', 'tăng tới', 'nâng lên'],
  attain: ['đạt', 'vượt', 'bằng', 'hoàn thành', 'đạt được'],
  plan: [
    'kế hoạch',
    'chỉ tiêu',
    'dự toán',
    'kế hoạch được giao',
    'kế hoạch giao',
    'chỉ tiêu giao',
    'chỉ tiêu được giao',
    'dự toán được giao',
    'dự toán giao',
    // "so với kế hoạch đề ra": the plan compared with, not a goal of the sentence
    'kế hoạch đề ra',
    'chỉ tiêu đề ra',
  ],
  compare: ['so với', 'so'],
  samePeriod: ['cùng kỳ', 'cùng kì'],
  coverage: ['tỷ lệ bao phủ', 'tỉ lệ bao phủ', 'độ bao phủ', 'bao phủ', 'tỷ lệ', 'tỉ lệ'],
  population: ['dân số', 'người dân', 'toàn dân'],
  labour: ['lực lượng lao động', 'lllđ', 'lao động trong độ tuổi', 'số lao động', 'lao động'],
  target: [
    'phấn đấu',
    'mục tiêu',
    'nâng',
    'đề ra',
    'dự kiến',
    'định hướng',
    'chỉ tiêu phấn đấu',
    'phải đạt',
    'cần đạt',
  ],
  targetLocal: [
    'chỉ tiêu giao',
    'chỉ tiêu được giao',
    'kế hoạch giao',
    'kế hoạch được giao',
    'dự toán giao',
    'dự toán được giao',
    'chỉ tiêu là',
    'kế hoạch là',
  ],
  continuation: ['đồng thời', 'ngoài ra', 'bên cạnh đó', 'cụ thể'],
  revenue: [
    'tổng số tiền thu',
    'tổng số thu',
    'tổng thu',
    'số tiền thu',
    'số thu',
    'tiền thu',
    'thu được',
    'thu',
  ],
  total: ['tổng số tiền thu', 'tổng số thu', 'tổng thu', 'toàn ngành'],
  expenditure: ['chi trả', 'số chi', 'tổng chi', 'chi'],
  arrears: ['chậm đóng', 'nợ đóng', 'nợ đọng', 'chậm nộp', 'trốn đóng', 'nợ', 'số nợ'],
  benefit: ['thụ hưởng', 'hưởng', 'hưởng chế độ', 'được hưởng'],
  newJoin: ['phát triển mới', 'tham gia mới', 'mới tham gia', 'phát triển', 'vận động', 'kết nạp'],
  participate: ['tham gia', 'đóng', 'mua', 'có thẻ', 'cấp thẻ'],
  breakdown: ['trong đó'],
  notReal: ['tiềm năng'],
  card: ['thẻ', 'sổ'],
  grant: ['giải quyết', 'chế độ', 'trợ cấp', 'được trợ cấp', 'trợ cấp thất nghiệp', 'lương hưu'],
  apply: ['nộp hồ sơ', 'đề nghị hưởng', 'xin hưởng'],
  penalty: ['xử phạt', 'phạt', 'tiền phạt', 'bị phạt'],
  care: ['khám chữa bệnh', 'khám bệnh', 'chữa bệnh'],
  done: ['thực hiện', 'thực hiện được', 'kết quả thực hiện'],
  repay: ['khắc phục', 'thu hồi', 'thu hồi được', 'thu lại', 'thu lại được', 'truy thu'],
  none: [
    'tăng cường',
    'hưởng ứng',
    'ảnh hưởng',
    'thu hút',
    'thu nhập',
    'nâng cao',
    'so sánh',
    'chi tiết',
    'chi nhánh',
    'chi bộ',
    'chi hội',
    'đóng góp',
    'vận động viên',
    'phát triển kinh tế',
  ],
}

/**
 * Extra phrasings of scheme groupings that `SCHEMES` does not list: "bảo hiểm các loại"
 * (all schemes), "trợ cấp thất nghiệp" (BHTN's benefit); "BHXH, BHYT, BHTN" is read as a list
 * (see `extract.ts`).
 */
export const EXTRA_SCHEME_PHRASINGS: ReadonlyArray<readonly [string, SchemeCode]> = [
  ['bảo hiểm các loại', 'ALL'],
  ['các loại bảo hiểm', 'ALL'],
  ['các loại hình bảo hiểm', 'ALL'],
  // Benefits name the fund that pays them: unemployment benefit BHTN, pensions and sickness
  // benefit BHXH.
  ['trợ cấp thất nghiệp', 'BHTN'],
  ['lương hưu', 'BHXH'],
  ['chế độ ốm đau', 'BHXH'],
  ['ốm đau', 'BHXH'],
  // "BH" for "bảo hiểm"
  ['bh thất nghiệp', 'BHTN'],
  ['bh xã hội', 'BHXH'],
  ['bh y tế', 'BHYT'],
  // "nợ BH": insurance of every scheme
  ['bh', 'ALL'],
]

/** Every scheme phrasing with its code: `SCHEMES`' own, then the extras. */
export const SCHEME_PHRASINGS: ReadonlyArray<readonly [string, SchemeCode]> = /* @__PURE__ */ (() => {
  const out: [string, SchemeCode][] = []
  for (const s of Object.values(SCHEMES)) {
    // "bhxh, bhyt, bhtn" is a list: the list rule reads it (and its variants).
    for (const p of s.phrasings) if (!p.includes(',')) out.push([p, s.code])
  }
  for (const [p, c] of EXTRA_SCHEME_PHRASINGS) out.push([p, c])
  return out
})()

/**
 * Words after a scheme's name that make it an office or an event, not a scheme: "Bảo hiểm xã
 * hội tỉnh Kiên Giang", "BHXH Việt Nam", "BHXH huyện".
 */
export const ORGANISATION_AFTER: readonly string[] = [
  'tỉnh',
  'huyện',
  'thành phố',
  'tp',
  'quận',
  'thị xã',
  'việt nam',
  'vn',
  'cơ sở',
  'các cấp',
  'trung ương',
  'khu vực',
  'xã',
  'các địa phương',
  'địa phương',
]

/** Words before a scheme's name that make it an office or an event: "ngành BHXH", "Tháng BHXH toàn dân". */
export const ORGANISATION_BEFORE: readonly string[] = [
  'ngành',
  'toàn ngành',
  'ngày',
  'tháng',
  'giám đốc',
  'cơ quan',
]

/**
 * Activities that belong to one scheme: a passage or a sentence about them is about that scheme
 * even where it names none ("số người được giới thiệu việc làm là …": BHTN; "giá thuốc trúng
 * thầu giảm …": BHYT). They are topics, weaker than a scheme named: they only fill in a figure's
 * scheme when nothing else gives one.
 */
export const TOPIC_PHRASES: ReadonlyArray<readonly [string, SchemeCode]> = [
  ['giới thiệu việc làm', 'BHTN'],
  ['tư vấn việc làm', 'BHTN'],
  ['học nghề', 'BHTN'],
  ['thất nghiệp', 'BHTN'],
  ['khám chữa bệnh', 'BHYT'],
  ['khám, chữa bệnh', 'BHYT'],
  ['chữa bệnh', 'BHYT'],
  ['thuốc', 'BHYT'],
  ['nhà thầu', 'BHYT'],
  // benefits that only social insurance pays
  ['lương hưu', 'BHXH'],
  ['ốm đau', 'BHXH'],
  ['thai sản', 'BHXH'],
  ['tử tuất', 'BHXH'],
]

/**
 * Units of people that count the insured population itself. Other people units (cán bộ, hội
 * viên, chị, lượt người) count a group or visits: such a figure is `other`.
 */
export const GENERIC_PEOPLE: readonly string[] = [
  'người',
  'đối tượng',
  'lao động',
  'người lao động',
  'nlđ',
  'người dân',
  'nhân khẩu',
  'học sinh',
  'sinh viên',
  'học sinh, sinh viên',
  // one health-insurance card is one insured person
  'thẻ',
]

/** Words that end a comparison phrase ("so với kế hoạch và tăng …"). */
export const AGAINST_STOP: readonly string[] = [' và ', ' tăng ', ' giảm ', ' đạt ', ' trong đó', ' (']
