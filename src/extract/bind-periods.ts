/**
 * Period binding, a stage of its own: which period phrase governs which figures.
 *
 * - A period phrase that is not a comparison point ("so với thời điểm 30/6/2021"), not the date
 *   of a cited document ("Quyết định số 12/QĐ-UBND ngày 15/3/2019") and not a dateline governs
 *   the figures after it until the next such phrase; a figure before every phrase takes the first.
 * - A deadline ("đến năm 2025"), an aside ("riêng tháng 11") or the period of a goal ("Kết thúc
 *   năm 2020, tỷ lệ bao phủ phải đạt 90,7%") governs only its own sentence: the sentence after it
 *   goes back to the period before it.
 * - A year or a phase that qualifies a word ("Tổng thu năm 2017 ước đạt …", "chỉ tiêu … giai
 *   đoạn 2016-2020") under a period inside it ("Tính đến 31/10/2017") keeps that period: it
 *   says which year, not which months.
 * - A period that opens a bracket with a figure in it ("150.000 người (năm 2022 là 120.000
 *   người)") governs that bracket only: not the figure before it, nor anything after the bracket.
 * - A period named right after a figure in its clause ("thu 3.000 tỷ đồng trong năm 2023") is that
 *   figure's own.
 * - "Tính đến 31/10/2017" is a stock date: a flow (revenue, beneficiaries, new participants,
 *   expenditure) under it runs from the start of that year ({@link asFlow}).
 *
 * Everything is one left-to-right pass over the periods and the figures: linear in the text.
 * @module
 */
import type { Period } from '../period/types'
import type { Part } from './clauses'
import type { FoundPeriod } from './periods'

/** Whether a found period may govern figures (not a comparison point, not a cited document's date). */
export const governs = (p: FoundPeriod): boolean => !p.comparison && !p.cited

/** Where a figure is, for {@link bindPeriods}: its NFC offsets, its part and its clause's end. */
export interface Anchor {
  readonly a: number
  readonly b: number
  readonly part: number
  /** Where the figure's own words end (the clause's end, or the next figure's start). */
  readonly postEnd: number
}

/**
 * The period that governs each figure (see the module's notes), in the figures' order.
 *
 * @param periods - the periods found, in text order (NFC offsets, datelines left out)
 * @param parts - the text's parts (for the sentence a deadline governs)
 * @param anchors - the figures, in text order
 * @returns one period (or `null`) per anchor
 */
export function bindPeriods(
  periods: readonly FoundPeriod[],
  parts: readonly Part[],
  anchors: readonly Anchor[],
): (Period | null)[] {
  const out: (Period | null)[] = []
  let first: Period | null = null
  for (const p of periods) {
    if (governs(p) && !p.by && !p.aside && !p.goal) {
      first = p.period
      break
    }
  }
  if (first === null) for (const p of periods) if (governs(p)) first = first ?? p.period
  let at = 0
  let partAt = 0
  /** The last governing period that is not a deadline. */
  let base: Period | null = first
  /** A deadline and the sentence it governs. */
  let deadline: Period | null = null
  let deadlineSentence = -1
  /** A bracket's own period and where the bracket closes. */
  let bracket: Period | null = null
  let closes = -1
  for (const f of anchors) {
    while (at < periods.length && (periods[at] as FoundPeriod).end <= f.a) {
      const p = periods[at] as FoundPeriod
      at++
      if (!governs(p)) continue
      if (p.closes !== undefined) {
        bracket = p.period
        closes = p.closes
      } else if (p.by || p.aside || p.goal) {
        while (partAt < parts.length && (parts[partAt] as Part).end < p.start) partAt++
        deadline = p.period
        deadlineSentence = parts[partAt]?.sentence ?? -1
      } else {
        if (!(p.qualifier && base !== null && within(base, p.period))) base = p.period
        deadline = null
      }
    }
    const sentence = parts[f.part]?.sentence ?? -1
    if (deadline !== null && sentence !== deadlineSentence) deadline = null
    const after = at < periods.length ? (periods[at] as FoundPeriod) : undefined
    if (bracket !== null && f.a > closes) bracket = null
    if (bracket !== null) {
      out.push(bracket)
      continue
    }
    const own =
      after && governs(after) && after.closes === undefined && after.start >= f.b && after.end <= f.postEnd
        ? after.period
        : null
    out.push(own ?? deadline ?? base)
  }
  return out
}

/** Whether `inner` is a part of `outer`, a year or a phase (a month, a quarter, the year so far, a day …). */
function within(inner: Period, outer: Period): boolean {
  if (outer.kind === 'phase') {
    if (inner.kind === 'phase') return false
    const y = inner.kind === 'day' || inner.kind === 'instant' ? Number(inner.date.slice(0, 4)) : inner.year
    return y >= outer.from && y <= outer.to
  }
  if (outer.kind !== 'year') return false
  switch (inner.kind) {
    case 'day':
    case 'instant':
      return Number(inner.date.slice(0, 4)) === outer.year
    case 'phase':
    case 'year':
      return false
    default:
      return inner.year === outer.year
  }
}

/**
 * The period of a flow under a stock date: "tính đến 31/10/2017" on revenue is January to October
 * 2017 (year-to-date); the report's own date is the year through the month before it; any other
 * period is kept.
 *
 * @param p - the period that governs the figure
 * @param reportDate - the report's date: a flow as of that date (a dateline "Ngày 5-12", "đến
 *   nay") runs through the month before it, the last month whose figures are compiled
 * @returns the period the flow covers
 *
 * @example
 * ```ts
 * asFlow({ kind: 'instant', date: '2017-10-31' }) // { kind: 'year-to-date', year: 2017, month: 10 }
 * asFlow({ kind: 'day', date: '2024-12-05' }, '2024-12-05') // { kind: 'year-to-date', year: 2024, month: 11 }
 * ```
 */
export function asFlow(p: Period | null, reportDate?: string): Period | null {
  if (p === null || (p.kind !== 'instant' && p.kind !== 'day')) return p
  const year = Number(p.date.slice(0, 4))
  // "đến 15/11/2020": the year so far, through November.
  const month = Number(p.date.slice(5, 7))
  // "Ngày 5-12, … đã chi trả 1.487 tỷ đồng" (the report's own date): a flow up to the report is
  // counted through the last month closed before it.
  if (p.date === reportDate) {
    if (month === 1) return Object.freeze({ kind: 'year', year: year - 1 })
    return Object.freeze({ kind: 'year-to-date', year, month: month - 1 })
  }
  if (p.kind === 'day') return p
  return Object.freeze({ kind: 'year-to-date', year, month })
}
