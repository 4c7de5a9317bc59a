/**
 * Writing periods: the canonical Vietnamese phrase (which `parsePeriod` reads back) or English.
 * @module
 */
import { BhxhError, detail } from '../errors'
import { ymd } from './calendar'
import { own } from './schema'
import type { Period } from './types'

/**
 * Options of {@link formatPeriod}.
 *
 * @example
 * ```ts
 * formatPeriod(parsePeriod('quý III/2023'), { lang: 'en' }) // 'Q3 2023'
 * ```
 */
export interface FormatPeriodOptions {
  /** `vi` (default): the canonical Vietnamese phrase; `en`: English. */
  readonly lang?: 'vi' | 'en'
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

const monthName = (m: number): string => MONTHS[m - 1] ?? String(m)
const dayVi = (date: string): string => {
  const [y, m, d] = ymd(date)
  return `${d}/${m}/${y}`
}
const dayEn = (date: string): string => {
  const [y, m, d] = ymd(date)
  return `${d} ${monthName(m)} ${y}`
}

function vi(p: Period): string {
  switch (p.kind) {
    case 'year':
      return `năm ${p.year}`
    case 'half':
      return `nửa ${p.half === 1 ? 'đầu' : 'cuối'} năm ${p.year}`
    case 'quarter':
      return `quý ${ROMAN[p.quarter - 1]}/${p.year}`
    case 'month':
      return `tháng ${p.month}/${p.year}`
    case 'year-to-date':
      return p.month === 12 ? `đến hết năm ${p.year}` : `${p.month} tháng đầu năm ${p.year}`
    case 'day':
      return `ngày ${dayVi(p.date)}`
    case 'instant':
      return `tính đến ngày ${dayVi(p.date)}`
    case 'phase':
      return `giai đoạn ${p.from}-${p.to}`
    case 'school-year':
      return `năm học ${p.year}-${p.year + 1}`
  }
}

function en(p: Period): string {
  switch (p.kind) {
    case 'year':
      return String(p.year)
    case 'half':
      return `H${p.half} ${p.year}`
    case 'quarter':
      return `Q${p.quarter} ${p.year}`
    case 'month':
      return `${monthName(p.month)} ${p.year}`
    case 'year-to-date':
      return p.month === 1 ? `January ${p.year} (year to date)` : `January–${monthName(p.month)} ${p.year}`
    case 'day':
      return dayEn(p.date)
    case 'instant':
      return `as of ${dayEn(p.date)}`
    case 'phase':
      return `${p.from}–${p.to}`
    case 'school-year':
      return `school year ${p.year}–${p.year + 1}`
  }
}

/**
 * Writes a period: in Vietnamese (default), the canonical phrase that {@link parsePeriod} reads
 * back to an equal period; in English, a short label.
 *
 * | kind | `vi` | `en` |
 * | --- | --- | --- |
 * | year | `năm 2020` | `2020` |
 * | half | `nửa đầu năm 2020` | `H1 2020` |
 * | quarter | `quý III/2023` | `Q3 2023` |
 * | month | `tháng 8/2023` | `August 2023` |
 * | year-to-date | `9 tháng đầu năm 2020`, `đến hết năm 2020` (month 12) | `January–September 2020`, `January 2020 (year to date)` |
 * | day | `ngày 23/5/2020` | `23 May 2020` |
 * | instant | `tính đến ngày 31/12/2019` | `as of 31 December 2019` |
 * | phase | `giai đoạn 2023-2025` | `2023–2025` |
 * | school-year | `năm học 2018-2019` | `school year 2018–2019` |
 *
 * @param p - the period
 * @param options - the language
 * @returns the phrase
 * @throws {@link BhxhError} `invalid-input` for an invalid period or option
 *
 * @example
 * ```ts
 * formatPeriod({ kind: 'year-to-date', year: 2020, month: 9 }) // '9 tháng đầu năm 2020'
 * formatPeriod({ kind: 'instant', date: '2019-12-31' }, { lang: 'en' }) // 'as of 31 December 2019'
 * ```
 */
export function formatPeriod(p: Period, options?: FormatPeriodOptions): string {
  const lang = options?.lang ?? 'vi'
  if (lang !== 'vi' && lang !== 'en') {
    throw new BhxhError('invalid-input', {
      path: ['lang'],
      detail: detail(`ngôn ngữ phải là 'vi' hoặc 'en'`, `the language must be 'vi' or 'en'`),
    })
  }
  const q = own(p)
  return lang === 'vi' ? vi(q) : en(q)
}
