/**
 * Input checks shared by the arrears module: one error shape for a bad field, one for a date.
 * @module
 */
import { invalid, shown } from '../input'
import { dayNumber, isIsoDate, ymd } from '../period/calendar'

export { invalid }

/** `date` if it is a real ISO `YYYY-MM-DD` date; else the error naming `path`. */
export function isoDateAt(date: unknown, path: readonly (string | number)[]): string {
  if (!isIsoDate(date))
    throw invalid(
      path,
      `${shown(date)} không phải ngày dạng YYYY-MM-DD`,
      `${shown(date)} is not a YYYY-MM-DD date`,
    )
  return date
}

/** The day number of an ISO date checked by {@link isoDateAt}. */
export function dayAt(date: unknown, path: readonly (string | number)[]): number {
  const [y, m, d] = ymd(isoDateAt(date, path))
  return dayNumber(y, m, d)
}
