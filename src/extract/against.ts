/**
 * What an attainment or growth is measured against: the comparison written after it ("so với kế
 * hoạch", "so với cùng kỳ năm 2019"), leading its part, restated by a rate, or unsaid in an item
 * of a list.
 * @internal
 * @module
 */
import type { Period } from '../period/types'
import { afterBracket, goalAt, inBracketsAfter, namesGoal, namesPreviousYear, previousOf } from './changes'
import { firstFrom, type Part } from './clauses'
import type { FoundPeriod } from './periods'
import type { Fig, Reader } from './reader'
import { FLOWS, periodYear, sameIn } from './reader'
import { sentenceFigsBefore } from './roles'
import { attainmentBefore } from './targets'
import { indexIn, toOrig } from './text'
import type { Against } from './types'
import { AGAINST_STOP, CUE } from './vocabulary'

/** Between an absolute change and the rate that restates it: ", tương ứng (tăng) ", ", tức (giảm) ". */
const RESTATED_BY =
  /^\s*,?\s*(?:tương ứng|tương đương|tức là|tức)(?:\s+(?:với\s+)?(?:tăng|giảm)(?:\s+thêm)?)?\s*$/u

export function againstOf(r: Reader, f: Fig): Against | null {
  const { low, ph } = r
  const plan = r.tablePlans.get(f)
  if (plan) return Object.freeze({ kind: 'plan', period: null, text: r.doc.s.slice(plan[0], plan[1]) })
  const from = compareFrom(r, f)
  // the comparison of a rate that restates the change, in the clause after it
  const after = (r.byPart[f.part] as Fig[])[f.pos + 1]
  const k = r.firstAt(from, from >= f.clauseEnd && after ? after.clauseEnd : f.clauseEnd)
  const worded = (r.mask(k) & (CUE.compare | CUE.plan | CUE.samePeriod)) !== 0
  const goal = f.change !== null && (!worded || (r.mask(k) & CUE.compare) !== 0) ? goalAt(low, from) : -1
  if (!worded && goal < 0) {
    // "tăng 5.400 người, tương ứng tăng 42,2% so với năm 2018": the change restated compares
    // like the rate after it; "So với năm 2015, … tăng 5,1 triệu người": like its sentence's lead
    if (f.change !== null)
      return listAgainst(r, f) ?? restatedAgainst(r, f) ?? leadAgainst(r, f) ?? unwordedAgainst(r, f)
    // "… đạt 104,86% so với kế hoạch được giao, …, 1.165.787 người tham gia BHYT đạt 100,15%":
    // an attainment without its own words compares like the one before it.
    if (f.role !== 'attainment') return null
    const lead = leadAgainst(r, f)
    if (lead) return lead
    for (const g of sentenceFigsBefore(r, f)) if (g.role === 'attainment' && g.against) return g.against
    // the one before in its sentence, across ";"
    return attainmentBefore(r, f)?.against ?? null
  }
  const a = worded ? (ph.start[k] as number) : goal
  const next = (r.byPart[f.part] as Fig[])[f.pos + 1]
  return againstIn(r, f, a, a >= f.postEnd && next ? next.postEnd : f.postEnd)
}

/**
 * "thấp hơn nhiều so với chỉ tiêu giao: tỉnh A (thấp hơn 12,3%), tỉnh B (thấp hơn 9,7%)": the
 * changes of a list after a comparison and a colon share it; "so với năm 2017, giá … đã giảm
 * 21,12%": a comparison that heads a clause before the change is its comparison.
 */
export function listAgainst(r: Reader, f: Fig): Against | null {
  const prev = (r.byPart[f.part] as Fig[])[f.pos - 1]
  if (prev?.change != null && prev.against) return prev.against
  const part = r.parts[f.part] as Part
  const start = Math.max(r.sentenceStart[part.sentence] ?? part.start, prev ? prev.b : 0)
  const k = r.last(start, f.a, CUE.compare)
  if (k < 0) return null
  const a = r.ph.start[k] as number
  const colon = indexIn(r.low, ':', a, f.a)
  if (colon >= 0) return againstIn(r, f, a, colon)
  // "so với năm 2017, giá thuốc … đã giảm 21,12%": a comparison that heads the clause of the change
  const comma = indexIn(r.low, ',', a, f.a)
  if (comma < 0 || indexIn(r.low, ';', a, f.a) >= 0 || r.bracketedBefore(start, a, f.a)) return null
  if (!/(?:^|[,;:(]|\s(?:và|nhưng))\s*$/u.test(r.low.slice(Math.max(start, a - 6), a)) && a !== start)
    return null
  return againstIn(r, f, a, comma)
}

/**
 * A change that names nothing to compare with: over a whole year or school year ("năm học
 * 2018-2019, tỷ lệ … tăng thêm trên 5%"), against the year before; over the months of a year so
 * far, a count added ("6 tháng đầu năm đã có thêm 30 ngàn người tham gia"), against the end of
 * the year before. Else `null` (a relative change of the year so far may be against the same
 * period or the year's start: the text must say).
 */
export function unwordedAgainst(_r: Reader, f: Fig): Against | null {
  const p = f.period
  if (p === null) return null
  if (p.kind === 'school-year')
    return Object.freeze({
      kind: 'period',
      period: Object.freeze({ kind: 'school-year', year: p.year - 1 }),
      text: '',
    })
  if (p.kind === 'year')
    return Object.freeze({
      kind: 'period',
      period: Object.freeze({ kind: 'year', year: p.year - 1 }),
      text: '',
    })
  if (p.kind === 'year-to-date' && f.change === 'absolute' && f.metric !== null && !FLOWS.has(f.metric))
    return Object.freeze({
      kind: 'period',
      period: Object.freeze({ kind: 'instant', date: `${p.year - 1}-12-31` }),
      text: '',
    })
  return null
}

/** "tăng 5.400 người, tương ứng tăng 42,2% so với năm 2018": the comparison of the rate restating `f`. */
export function restatedAgainst(r: Reader, f: Fig): Against | null {
  const next = (r.byPart[f.part] as Fig[])[f.pos + 1]
  if (!next || next.change === null || next.change === f.change) return null
  if (!/^\s*,?\s*tương ứng(?:\s+(?:với|là))?\s+(?:tăng|giảm)?\s*$/u.test(r.low.slice(f.b, next.a)))
    return null
  const from = compareFrom(r, next)
  const k = r.firstAt(from, next.clauseEnd)
  if ((r.mask(k) & (CUE.compare | CUE.samePeriod | CUE.plan)) === 0) return null
  return againstIn(r, next, r.ph.start[k] as number, next.postEnd)
}

/**
 * "So với năm 2015, số người tham gia … tăng 5,1 triệu người", "…; so với năm 2021, tăng
 * 6,8%": a comparison leading the part (up to a ";") of `f`, the first change or rate in it.
 * After a ";", "…; riêng số thu giảm 2,1%" has no lead of its own.
 */
export function leadAgainst(r: Reader, f: Fig): Against | null {
  const leading = lead(r, f)
  return leading ? againstIn(r, f, leading[0], leading[1]) : null
}

/** The span of the comparison leading the part of `f`, before a comma, else `null`. */
export function lead(r: Reader, f: Fig): [number, number] | null {
  const part = r.parts[f.part] as Part
  const k = r.firstAt(part.start, f.a)
  if ((r.mask(k) & CUE.compare) === 0) return null
  const comma = indexIn(r.low, ',', r.ph.end[k] as number, f.a)
  if (comma < 0) return null
  const figs = r.byPart[f.part] as Fig[]
  for (let i = f.pos - 1; i >= 0; i--) {
    const g = figs[i] as Fig
    if (g.change !== null || g.role === 'attainment') return null
  }
  return [r.ph.start[k] as number, comma]
}

/** The comparison written in `[a, b)` (cut at the first of {@link AGAINST_STOP}). */
export function againstIn(r: Reader, f: Fig, a: number, end: number): Against {
  const { low } = r
  let b = end
  const window = low.slice(a, b)
  for (const stop of AGAINST_STOP) {
    const i = window.indexOf(stop)
    if (i > 0 && a + i < b) b = a + i
  }
  while (b > a && /[\s.,;:!?)]/u.test(low[b - 1] as string)) b--
  const textOf = r.text.slice(toOrig(r.doc, a), toOrig(r.doc, b))
  const same = r.has(a, b, CUE.samePeriod)
  const plan = r.has(a, b, CUE.plan) || (f.change !== null && namesGoal(low.slice(a, b)))
  let named: Period | null = null
  const ps = r.periods
  for (let i = firstFrom(ps, a); i < ps.length && (ps[i] as FoundPeriod).start < b; i++) {
    named = (ps[i] as FoundPeriod).period
  }
  let kind: Against['kind']
  let period: Period | null
  if (same) {
    kind = 'same-period'
    period = sameIn(f.period, named)
  } else if (plan) {
    kind = 'plan'
    period = named
  } else {
    kind = 'period'
    period =
      named === null && f.period !== null && namesPreviousYear(low.slice(a, b))
        ? f.period.kind === 'school-year'
          ? { kind: 'school-year', year: f.period.year - 1 }
          : { kind: 'year', year: periodYear(f.period) - 1 }
        : named === null && f.period !== null
          ? previousOf(low.slice(a, b), f.period)
          : named
  }
  return Object.freeze({ kind, period, text: textOf })
}

/**
 * Where the words of a figure's comparison may start: right after it, after its closing
 * bracket ("(0,3%) so với"), or for an absolute change after the rate in brackets that
 * restates it ("tăng 636 người (0,3%) so với").
 */
export function compareFrom(r: Reader, f: Fig): number {
  const next = (r.byPart[f.part] as Fig[])[f.pos + 1]
  if (
    f.change === 'absolute' &&
    next &&
    next.change === 'relative' &&
    inBracketsAfter(r.low, f.b, next.a, next.b)
  )
    return afterBracket(r.low, next.b)
  // "tăng 4.210 người, tương ứng tăng 5,0% so với năm 2022": the rate that restates it after
  // "tương ứng" carries the comparison of both
  if (
    f.change === 'absolute' &&
    next &&
    next.change === 'relative' &&
    RESTATED_BY.test(r.low.slice(f.b, next.a))
  )
    return next.b
  return f.change !== null ? afterBracket(r.low, f.b) : f.b
}
