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

/**
 * The day number of a date: days since 1970-01-01 (proleptic Gregorian), so that the number
 * of days between two dates is a subtraction. Integer arithmetic only.
 */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Whether `date` is a real ISO date `YYYY-MM-DD` with a year periods allow. */
export function isIsoDate(date: unknown): date is string {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return false
  const [y, m, d] = ymd(date)
  return isYear(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

/** The ISO date of a day number (the inverse of {@link dayNumber}). */
export function dateOfDayNumber(n: number): string {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return isoDate(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
}
