/**
 * Late-payment interest on contributions (lãi chậm đóng; from 1 July 2025 "số tiền bằng
 * 0,03%/ngày"): the rates in force by date, with their sources, and the exact interest on an
 * amount over a span of days.
 * @module
 */
import { Decimal, type DecimalLike, toDecimal } from '../decimal'
import { BhxhError, detail } from '../errors'
import { isDecimal } from '../figure/guards'
import { shown } from '../input'
import type { LegalSource } from '../legal'
import type { Messages } from '../number/errors'
import { dateOfDayNumber, dayNumber, isIsoDate, ymd } from '../period/calendar'
import type { SingleSchemeCode } from '../scheme/schemes'
import { amountOf } from './amount'
import { dayAt, invalid } from './input'

/**
 * A row of the late-payment interest table.
 *
 * - `day`: the rate applies to each day late (`rate` per day);
 * - `month`: the method of Quyết định 595/QĐ-BHXH, Điều 37: on the first day of each month,
 *   `rate` (per month) is charged on the amounts that were already overdue on the first day of
 *   the month before — that is, overdue 30 days or more. No interest on interest.
 *
 * @example
 * ```ts
 * LATE_INTEREST_RATES[0] // { schemes: ['BHXH_BB', 'BHTN'], from: '2025-07-01', to: null, basis: 'day', rate: '0.0003', … }
 * ```
 */
export interface LateInterestRate {
  /** The schemes the row applies to. */
  readonly schemes: readonly SingleSchemeCode[]
  /** The first day the rate applies (ISO date). */
  readonly from: string
  /** The last day, or `null` while in force. */
  readonly to: string | null
  /** Per day, or per month by the monthly method. */
  readonly basis: 'day' | 'month'
  /** The rate, as a ratio (0,03% → `'0.0003'`). */
  readonly rate: string
  /** What the row says, in short. */
  readonly summary: Messages
  /** Where it is written. */
  readonly sources: readonly LegalSource[]
}

const L41: LegalSource = {
  document: 'Luật Bảo hiểm xã hội số 41/2024/QH15',
  provision: 'Điều 40, khoản 1 (chậm đóng); Điều 41, khoản 1 (trốn đóng)',
  url: 'https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/10_Natural_Resources_SHUI/Documents/Doc_Undated_Luat_Bao_hiem.md',
}
const Q595: LegalSource = {
  document: 'Quyết định 595/QĐ-BHXH của BHXH Việt Nam (Quy trình thu), và Quyết định 60/2015/QĐ-TTg',
  provision: 'Điều 37 (lãi chậm đóng, tính ngày đầu hằng tháng); QĐ 60/2015/QĐ-TTg Điều 6, khoản 3',
  url: 'https://hddtvn.com/cach-tinh-hach-toan-tien-lai-cham-nop-truy-thu-bhxh/',
}

/**
 * The late-payment interest rates with their dates and sources:
 * - from 1 July 2025, BHXH bắt buộc and BHTN: 0,03% per day on the amount late and the days
 *   late (Luật BHXH 2024, Điều 40–41; the count of days starts the day after the deadline,
 *   per Nghị định 274/2025/NĐ-CP as Vietnam Social Security summarises it);
 * - before, the monthly rates that Vietnam Social Security announced each January: twice the
 *   fund's average investment return of the year before for BHXH and BHTN (Luật BHXH 2014,
 *   Điều 122, khoản 3), twice the 9-month interbank rate for BHYT (QĐ 60/2015/QĐ-TTg), ÷ 12.
 *   Only the years whose announced monthly rate we found are here: 2016, 2017 and 2021.
 *
 * Not here, for want of a source: the monthly rates of 2018–2020, 2022–2024 and January–June
 * 2025, and BHYT from 1 July 2025. {@link lateInterest} refuses days without a rate rather than
 * guess; pass `rate` for them.
 *
 * @example
 * ```ts
 * LATE_INTEREST_RATES.filter((r) => r.schemes.includes('BHYT')).map((r) => r.rate) // ['0.005134', '0.00967']
 * ```
 */
export const LATE_INTEREST_RATES: readonly LateInterestRate[] = [
  {
    schemes: ['BHXH_BB', 'BHTN'],
    from: '2025-07-01',
    to: null,
    basis: 'day',
    rate: '0.0003',
    summary: {
      vi: '0,03%/ngày tính trên số tiền chậm đóng, trốn đóng và số ngày chậm đóng, trốn đóng',
      en: '0.03% per day of the amount paid late or evaded, for each day',
    },
    sources: [
      L41,
      {
        document: 'Nghị định 274/2025/NĐ-CP (theo tin của BHXH Việt Nam ngày 24/10/2025)',
        provision: 'số ngày chậm đóng tính từ ngày tiếp theo ngày đóng chậm nhất',
        url: 'https://vss.gov.vn/english/news/Pages/vietnam-social-security.aspx?CateID=198&ItemID=12800',
      },
    ],
  },
  {
    schemes: ['BHXH_BB', 'BHTN'],
    from: '2021-01-01',
    to: '2021-12-31',
    basis: 'month',
    rate: '0.008366',
    summary: {
      vi: '0,8366%/tháng (2 × 5,02%/năm ÷ 12), Thông báo 123/TB-BHXH ngày 14/01/2021',
      en: '0.8366% per month (2 × 5.02% a year ÷ 12), notice 123/TB-BHXH of 14 January 2021',
    },
    sources: [
      Q595,
      {
        document: 'Thông báo 123/TB-BHXH ngày 14/01/2021 của BHXH Việt Nam',
        provision: 'mục 1',
        url: 'https://luatnamson.com/muc-lai-cham-dong-bhxh-bhyt-bhtn-tai-tp-ho-chi-minh-tu-2021/',
      },
    ],
  },
  {
    schemes: ['BHYT'],
    from: '2021-01-01',
    to: '2021-12-31',
    basis: 'month',
    rate: '0.005134',
    summary: {
      vi: '0,5134%/tháng (2 × 3,08%/năm ÷ 12), Thông báo 123/TB-BHXH ngày 14/01/2021',
      en: '0.5134% per month (2 × 3.08% a year ÷ 12), notice 123/TB-BHXH of 14 January 2021',
    },
    sources: [
      Q595,
      {
        document: 'Thông báo 123/TB-BHXH ngày 14/01/2021 của BHXH Việt Nam',
        provision: 'mục 2',
        url: 'https://luatnamson.com/muc-lai-cham-dong-bhxh-bhyt-bhtn-tai-tp-ho-chi-minh-tu-2021/',
      },
    ],
  },
  {
    schemes: ['BHXH_BB', 'BHTN'],
    from: '2017-01-01',
    to: '2017-12-31',
    basis: 'month',
    rate: '0.01317',
    summary: {
      vi: '1,317%/tháng, Thông báo 425/TB-BHXH ngày 14/02/2017',
      en: '1.317% per month, notice 425/TB-BHXH of 14 February 2017',
    },
    sources: [
      Q595,
      {
        document: 'Thông báo 425/TB-BHXH ngày 14/02/2017 của BHXH Việt Nam',
        provision: 'lãi chậm đóng BHXH, BHTN',
        url: 'http://nvmgroup.com/interests-delayed-social-health-unemployment-insurance-premiums-y2017',
      },
    ],
  },
  {
    schemes: ['BHYT'],
    from: '2017-01-01',
    to: '2017-12-31',
    basis: 'month',
    rate: '0.00967',
    summary: {
      vi: '0,967%/tháng, Thông báo 425/TB-BHXH ngày 14/02/2017',
      en: '0.967% per month, notice 425/TB-BHXH of 14 February 2017',
    },
    sources: [
      Q595,
      {
        document: 'Thông báo 425/TB-BHXH ngày 14/02/2017 của BHXH Việt Nam',
        provision: 'lãi chậm đóng BHYT',
        url: 'http://nvmgroup.com/interests-delayed-social-health-unemployment-insurance-premiums-y2017',
      },
    ],
  },
  {
    schemes: ['BHXH_BB', 'BHTN'],
    from: '2016-01-01',
    to: '2016-12-31',
    basis: 'month',
    rate: '0.01065',
    summary: {
      vi: '1,065%/tháng (2 × 6,39%/năm ÷ 12)',
      en: '1.065% per month (2 × 6.39% a year ÷ 12)',
    },
    sources: [
      {
        document: 'Công văn 420/BHXH-QLT ngày 18/3/2016 của BHXH tỉnh Nghệ An (theo Báo Nghệ An)',
        provision: 'lãi suất áp dụng từ 01/01/2016',
        url: 'https://baonghean.vn/en/print/10096395.html',
      },
    ],
  },
]

/**
 * One stretch of days at one rate, in a {@link LateInterest}.
 *
 * @example
 * ```ts
 * lateInterest(100_000_000, { from: '2016-02-01', to: '2017-03-31' }).parts.map((p) => p.count) // [10, 3] lần tính lãi
 * ```
 */
export interface InterestPart {
  /** The first day of the stretch. */
  readonly from: string
  /** The last day of the stretch. */
  readonly to: string
  /** The row's basis. */
  readonly basis: 'day' | 'month'
  /** The rate (per day or per month). */
  readonly rate: Decimal
  /** Days counted (`day`) or monthly charges made (`month`). */
  readonly count: number
  /** The exact interest of the stretch (not rounded). */
  readonly interest: Decimal
  /** The table row, or `null` for a rate given in the options. */
  readonly row: LateInterestRate | null
}

/**
 * What {@link lateInterest} returns.
 *
 * @example
 * ```ts
 * const r = lateInterest(3_333, { from: '2025-09-01', to: '2025-09-01' })
 * r.exact.toString()    // '0.9999'
 * r.interest.toString() // '1'
 * ```
 */
export interface LateInterest {
  /** The interest, rounded half up to the đồng (once, at the end). */
  readonly interest: Decimal
  /** The exact interest before rounding. */
  readonly exact: Decimal
  /** Days from `from` to `to`, both counted. */
  readonly days: number
  /** Each stretch at one rate. */
  readonly parts: readonly InterestPart[]
}

/**
 * Options of {@link lateInterest}.
 *
 * @example
 * ```ts
 * lateInterest(1_000_000, { from: '2020-02-01', to: '2020-02-29', rate: '0.0003' }) // lãi suất tự truyền cho năm 2020
 * ```
 */
export interface LateInterestOptions {
  /** The first day late: the day after the payment deadline (ISO date). */
  readonly from: string
  /** The last day counted (ISO date); the day before payment if paid, else the reporting date. */
  readonly to: string
  /** The scheme whose rates apply; default `BHXH_BB`. */
  readonly scheme?: SingleSchemeCode
  /**
   * A rate per day for every day (replacing the table), or your own table rows. Use it for
   * days the table has no rate for.
   */
  readonly rate?: DecimalLike | readonly LateInterestRate[]
  /**
   * The first day the debt was late, when `from` starts later (a stretch of a longer debt):
   * the monthly method charges only what was already late a month before. Default `from`.
   */
  readonly lateSince?: string
}

/**
 * The late-payment interest on `amount` đồng for the days `from` to `to` (both counted), at
 * the rate in force on each day for the scheme. Exact in Decimal; rounded half up to the đồng
 * once, at the end (no source we found states the rounding; the exact value is returned too).
 *
 * For days under a `month` row (before 1 July 2025), the monthly method applies: a charge of
 * `rate × amount` on each first day of a month in the span, when the debt was already late on
 * the first day of the month before (`lateSince`).
 *
 * @param amount - the amount late, in whole đồng
 * @param options - the days, the scheme, and optionally a rate
 * @returns the interest, rounded and exact, and the stretch at each rate
 * @throws `BhxhError` `invalid-input` for a bad amount, date or rate, or `to` before
 *   `from − 1`; `not-applicable` naming the first day the table has no rate for
 *
 * @example
 * ```ts
 * // 42 tỷ đồng chậm đóng BHXH 30 ngày, từ 01/9/2025: 42.000.000.000 × 0,03% × 30 = 378.000.000
 * lateInterest(42_000_000_000, { from: '2025-09-01', to: '2025-09-30' }).interest.toString() // '378000000'
 * ```
 */
export function lateInterest(amount: DecimalLike, options: LateInterestOptions): LateInterest {
  if (typeof options !== 'object' || options === null)
    throw invalid(['options'], 'thiếu tùy chọn from, to', 'options from, to are missing')
  const a = toDecimal(amountOf(isDecimal(amount) ? amount.toString() : amount, ['amount']))
  const start = dayAt(options.from, ['from'])
  const end = dayAt(options.to, ['to'])
  const since = options.lateSince === undefined ? start : dayAt(options.lateSince, ['lateSince'])
  if (end < start - 1)
    throw invalid(
      ['to'],
      `ngày cuối ${options.to} trước ngày đầu ${options.from}`,
      `the last day ${options.to} is before the first day ${options.from}`,
    )
  const scheme = options.scheme ?? 'BHXH_BB'
  const rows = rowsFor(options.rate, scheme)
  const parts: InterestPart[] = []
  let exact = new Decimal(0)
  let n = start
  while (n <= end) {
    const row = rows.find(
      (r) => dayAt(r.from, ['rate']) <= n && (r.to === null || n <= dayAt(r.to, ['rate'])),
    )
    if (row === undefined)
      throw new BhxhError('not-applicable', {
        path: ['from'],
        detail: detail(
          `chưa có lãi suất chậm đóng ${scheme} cho ngày ${dateOfDayNumber(n)} trong bảng; hãy truyền rate`,
          `the table has no late-payment rate for ${scheme} on ${dateOfDayNumber(n)}; pass rate`,
        ),
      })
    const last = Math.min(end, row.to === null ? end : dayAt(row.to, ['rate']))
    const rate = new Decimal(row.rate)
    let count = 0
    if (row.basis === 'day') count = last - n + 1
    else {
      let [y, m, dd] = ymd(dateOfDayNumber(n))
      if (dd !== 1) [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1]
      for (let d = dayNumber(y, m, 1); d <= last; d = dayNumber(y, m, 1)) {
        const previous = m === 1 ? dayNumber(y - 1, 12, 1) : dayNumber(y, m - 1, 1)
        if (since <= previous) count++
        ;[y, m] = m === 12 ? [y + 1, 1] : [y, m + 1]
      }
    }
    const interest = a.times(rate).times(count)
    exact = exact.plus(interest)
    parts.push({
      from: dateOfDayNumber(n),
      to: dateOfDayNumber(last),
      basis: row.basis,
      rate,
      count,
      interest,
      row: options.rate === undefined || Array.isArray(options.rate) ? row : null,
    })
    n = last + 1
  }
  return {
    interest: exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP),
    exact,
    days: Math.max(0, end - start + 1),
    parts,
  }
}

function rowsFor(rate: LateInterestOptions['rate'], scheme: SingleSchemeCode): readonly LateInterestRate[] {
  if (rate === undefined) return LATE_INTEREST_RATES.filter((r) => r.schemes.includes(scheme))
  if (Array.isArray(rate)) {
    rate.forEach((r, i) => {
      if (typeof r !== 'object' || r === null || !isIsoDate(r.from) || (r.to !== null && !isIsoDate(r.to)))
        throw new BhxhError('invalid-input', {
          path: ['rate', i],
          detail: detail('dòng lãi suất không hợp lệ', 'not a rate row'),
        })
    })
    return (rate as readonly LateInterestRate[]).filter((r) => r.schemes.includes(scheme))
  }
  let perDay: Decimal
  try {
    perDay = toDecimal(rate as DecimalLike)
  } catch {
    throw invalid(['rate'], `lãi suất ${shown(rate)} không hợp lệ`, `the rate ${shown(rate)} is not a number`)
  }
  if (perDay.isNegative()) throw invalid(['rate'], 'lãi suất không được âm', 'the rate must not be negative')
  return [
    {
      schemes: [scheme],
      from: '1900-01-01',
      to: null,
      basis: 'day',
      rate: perDay.toString(),
      summary: {
        vi: 'lãi suất theo ngày do người dùng truyền vào',
        en: 'a per-day rate given by the caller',
      },
      sources: [],
    },
  ]
}
