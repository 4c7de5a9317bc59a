/**
 * Calendar arithmetic on integers (no `Date`, so no time zone ever enters).
 * @module
 */

/** The first year a period may have. */
export const MIN_YEAR = 1900
/** The last year a period may have. */
export const MAX_YEAR = 2100

/** Whether `y` is a year of the Gregorian calendar that periods allow. */
export const isYear = (y: number): boolean => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR

/** Whether `y` is a leap year (Gregorian). */
export const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/** The number of days of month `m` (1 to 12) of year `y`. */
export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31

/** The number of days of year `y`. */
export const daysInYear = (y: number): number => (isLeap(y) ? 366 : 365)

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))

/** The ISO date `YYYY-MM-DD` of a day (the year has 4 digits in the allowed range). */
export const isoDate = (y: number, m: number, d: number): string => `${y}-${pad2(m)}-${pad2(d)}`

/** The ISO date of the last day of month `m` of year `y`. */
export const monthEnd = (y: number, m: number): string => isoDate(y, m, daysInMonth(y, m))

/** Year, month and day of a valid ISO date. */
export const ymd = (date: string): [y: number, m: number, d: number] => [
  Number(date.slice(0, 4)),
  Number(date.slice(5, 7)),
  Number(date.slice(8, 10)),
]

/** The day of the year, 1 for 1 January. */
export function dayOfYear(y: number, m: number, d: number): number {
  let n = d
  for (let k = 1; k < m; k++) n += daysInMonth(y, k)
  return n
}

/** The ISO date `days` days (−1 or +1) from `date`. */
export function addDay(date: string, days: -1 | 1): string {
  let [y, m, d] = ymd(date)
  d += days
  if (d < 1) {
    m--
    if (m < 1) {
      y--
      m = 12
    }
    d = daysInMonth(y, m)
  } else if (d > daysInMonth(y, m)) {
    d = 1
    m++
    if (m > 12) {
      y++
      m = 1
    }
  }
  return isoDate(y, m, d)
}
