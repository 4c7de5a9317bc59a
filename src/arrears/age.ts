/**
 * How long a debt has been overdue: whole months and the days past them, counted from the
 * payment deadline to a reporting date.
 * @module
 */
import { dayNumber, daysInMonth, ymd } from '../period/calendar'
import { isoDateAt } from './input'

/**
 * How long a debt has been overdue on a date: `months` whole months past the deadline, then
 * `days` more days; `totalDays` counts every day from the deadline.
 *
 * @example
 * ```ts
 * // đóng cho tháng 01/2024, hạn nộp 31/01/2024; ngày báo cáo 30/9/2024
 * overdueAge('2024-01-31', '2024-09-30') // { months: 8, days: 0, totalDays: 243 } — 30/9 thay cho 31/9
 * ```
 */
export interface OverdueAge {
  /** Whole months past the deadline (see {@link overdueAge} for how a month is counted). */
  readonly months: number
  /** Days past the last whole month, from 0 to 30. */
  readonly days: number
  /** Days from the deadline to the date: 1 on the day after the deadline. */
  readonly totalDays: number
}

/**
 * How long a debt with payment deadline `deadline` has been overdue on `asOf`, or `null` when
 * it is not overdue (`asOf` is the deadline or earlier).
 *
 * The convention is the civil-law one (Bộ luật Dân sự 2015, Điều 147, khoản 2: the first day
 * is not counted; Điều 148, khoản 3: a period in months ends on the corresponding day of the
 * last month, or on that month's last day when it has no such day —
 * https://thuvienphapluat.vn/hoi-dap-phap-luat/3896F-hd-thoi-diem-bat-dau-va-ket-thuc-thoi-han-duoc-xac-dinh-nhu-the-nao.html):
 * the deadline day itself is not counted; a month is complete on the same day of a later
 * month, and when that month is shorter, on its last day. A deadline on a weekend or holiday is
 * not moved (Điều 148, khoản 5 is about periods; no contribution rule we found applies it). The anchor is always the deadline's own
 * day, so from 31/01 the months end on 29/02 (leap year) or 28/02, then 31/03, 30/04 …, and
 * from 30/06 they end on 30/07, 30/08, 30/09 …
 *
 * @param deadline - the last day on which the payment was on time (ISO `YYYY-MM-DD`)
 * @param asOf - the reporting date (ISO `YYYY-MM-DD`)
 * @returns the age, or `null` if the debt is not yet overdue on `asOf`
 * @throws `BhxhError` `invalid-input` for a date that is not a real `YYYY-MM-DD` date
 *
 * @example
 * ```ts
 * // "chậm đóng từ 1 tháng": hạn 31/01/2024, đến 29/02/2024 là tròn 1 tháng (năm nhuận)
 * overdueAge('2024-01-31', '2024-02-29') // { months: 1, days: 0, totalDays: 29 }
 * overdueAge('2023-01-31', '2023-02-28') // { months: 1, days: 0, totalDays: 28 }
 * overdueAge('2024-01-31', '2024-01-31') // null — chưa quá hạn
 * ```
 */
export function overdueAge(deadline: string, asOf: string): OverdueAge | null {
  const [y, m, d] = ymd(isoDateAt(deadline, ['deadline']))
  const [ay, am, ad] = ymd(isoDateAt(asOf, ['asOf']))
  const start = dayNumber(y, m, d)
  const end = dayNumber(ay, am, ad)
  if (end <= start) return null
  let months = (ay - y) * 12 + (am - m)
  let anchor = monthsAfter(y, m, d, months)
  if (anchor > end) {
    months--
    anchor = monthsAfter(y, m, d, months)
  }
  return { months, days: end - anchor, totalDays: end - start }
}

/** The day number of the day `k` months after `y-m-d`, clamped to the end of a short month. */
function monthsAfter(y: number, m: number, d: number, k: number): number {
  const index = y * 12 + (m - 1) + k
  const ty = Math.floor(index / 12)
  const tm = index - ty * 12 + 1
  return dayNumber(ty, tm, Math.min(d, daysInMonth(ty, tm)))
}
