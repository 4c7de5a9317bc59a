/**
 * Restatements: the same quantity stated twice in one report, typically a headline or lead
 * figure rounded with a qualifier ("Gần 80 triệu người tham gia BHYT") and the exact figure in
 * the body ("79,9 triệu người"). The two intervals, each with its own precision and qualifier,
 * must meet.
 * @module
 */

import { Decimal } from '../decimal'
import type { ExtractedFigure } from '../extract/types'
import { type Interval, span } from '../figure/interval'
import { periodEquals, periodRange } from '../period/ops'
import type { Period } from '../period/types'
import { METRICS } from '../target/metrics'
import {
  cite,
  type Finding,
  gapOf,
  grade,
  intervalAt,
  type Level,
  SEVERITY_WORDS,
  showInterval,
  stretchable,
} from './findings'

type Figure = NonNullable<ExtractedFigure['figure']>

/**
 * Whether a figure can take part: it has an interval and a unit, is written in the text (a
 * statement given as data has no place in it, so nothing is stated before or after it), and is
 * not in a repeated passage.
 */
const usable = (f: ExtractedFigure): boolean =>
  f.figure !== null && f.figure.unit !== null && f.duplicateOf === null && f.span[1] > f.span[0]

/** Whether a figure is a level at a moment (participants, a coverage rate, arrears), not a flow. */
const isStock = (f: ExtractedFigure): boolean => f.metric !== null && !METRICS[f.metric].flow

/**
 * How two periods of one quantity agree: `'equal'` (the same days, or, for a stock, the same
 * last day: "6 tháng đầu năm 2020" and "tính đến ngày 30/6/2020"), `'open'` (one is not known)
 * or `null` (they differ, or one is invalid).
 */
function periodsAgree(a: Period | null, b: Period | null, stock: boolean): 'equal' | 'open' | null {
  if (a === null || b === null) return 'open'
  try {
    if (periodEquals(a, b)) return 'equal'
    const ra = periodRange(a)
    const rb = periodRange(b)
    if (ra.end !== rb.end) return null
    return stock || ra.start === rb.start ? 'equal' : null
  } catch {
    return null
  }
}

/** Two values that must be equal when both are known: `'equal'`, `'open'` (one unknown) or `null`. */
function known<T>(a: T | null, b: T | null): 'equal' | 'open' | null {
  if (a === null || b === null) return 'open'
  return a === b ? 'equal' : null
}

/** A figure's words, for comparing two: lower case, one space between words. */
const words = (raw: string): string => raw.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim()

/**
 * The significant digits written, trailing zeros left out: 4 for "96,11%" and "1.594", 2 for
 * "170.000" and "gần 80 triệu".
 */
function writtenDigits(f: Figure): number {
  if (f.step.isZero()) return 0
  const digits = f.value.abs().div(f.step).toFixed(0)
  return digits.replace(/0+$/, '').length
}

/**
 * An exact figure repeated as written, with at least four significant digits ("106.848 thẻ" …
 * "106.848 nhân khẩu"): so distinctive a value is one quantity even when the words around the
 * second give less (a role `other`, no scheme).
 */
const repeated = (a: Figure, b: Figure): boolean =>
  a.qualifier === 'exact' &&
  b.qualifier === 'exact' &&
  a.value.eq(b.value) &&
  a.step.eq(b.step) &&
  writtenDigits(a) >= 4

/**
 * How strongly two figures are one quantity: `null` when something tells them apart, else the
 * number of facts both state alike (metric, scheme, period, region; the most is 4). `regions` is
 * the set of regions the report names: a figure without a region is taken to be about the
 * report's, which is the only one named, if any.
 */
function strength(a: ExtractedFigure, b: ExtractedFigure, regions: ReadonlySet<string>): number | null {
  const fa = a.figure as Figure
  const fb = b.figure as Figure
  if (fa.unit !== fb.unit || a.sentence[0] === b.sentence[0]) return null
  // the same words twice (a headline copied into the body) are a copy: nothing to confirm
  if (words(a.raw) === words(b.raw)) return null
  // figures already related as a quantity and its change, attainment or share are not restated
  if (a.linkedTo === b.index || b.linkedTo === a.index) return null
  if (a.linkedTo !== null && a.linkedTo === b.linkedTo) return null
  const repeat = repeated(fa, fb)
  if (a.role !== b.role) {
    if (!repeat || (a.role !== 'other' && b.role !== 'other')) return null
  } else if (a.role === 'other' && !repeat && (a.metric === null || a.metric !== b.metric)) return null
  // a rate of another base, or arrears of another age, is another quantity
  if (known(a.base, b.base) === null) return null
  if (JSON.stringify(a.aging) !== JSON.stringify(b.aging)) return null
  // a change, share or goal is the same only as the same kind of one
  if (a.role === b.role) {
    if (a.change !== b.change || a.targetOf !== b.targetOf) return null
    if (known(a.direction, b.direction) === null) return null
    if (known(a.against?.kind ?? null, b.against?.kind ?? null) === null) return null
  }
  const metric = known(a.metric, b.metric)
  const scheme = known(a.scheme, b.scheme)
  const period = periodsAgree(a.period, b.period, isStock(a) || isStock(b))
  let region = known(a.region, b.region)
  if (region === 'open' && (a.region ?? b.region) !== null && regions.size > 1) region = null
  const facts = [metric, scheme, period, region]
  if (facts.includes(null)) return null
  const equal = facts.filter((x) => x === 'equal').length
  if (!repeat) {
    // a scheme or a period left unsaid is the same only when the rest is said alike
    if (metric !== 'equal') return null
    if (scheme === 'open' && period !== 'equal') return null
    if (period === 'open' && scheme !== 'equal') return null
  }
  return equal
}

/**
 * A figure's interval at a level; when stretched, a qualifier also reaches as far past the value
 * as it reaches before it ("gần 90%" read up to 99%), so that a restatement on the wrong side of
 * it ("gần 90%" … "90,2%") is a `stretch`, not a `conflict`.
 */
function both(f: ExtractedFigure): (level: Level) => Interval {
  return (level) => {
    const i = intervalAt(f, level)
    if (level !== 'stretched' || !stretchable(f)) return i
    const w = intervalAt(f, 'written')
    const v = (f.figure as Figure).value
    return span(Decimal.min(i.lo, v.times(2).minus(w.hi)), Decimal.max(i.hi, v.times(2).minus(w.lo)))
  }
}

/**
 * Restatements: for each figure, a later figure (in another sentence) of the same quantity —
 * same unit, role (or an exact value of four or more significant digits repeated), metric,
 * scheme, period and region, each the same or, within strict limits, unsaid on one side — whose
 * interval must meet its own ("Gần 80 triệu người" … "79,9 triệu người": [72; 80] triệu and
 * [79,85; 79,95] triệu meet). A figure is paired with at most one later figure: the nearest of
 * those that state the most facts alike; when two of them differ in what they say, which one is
 * meant cannot be told and nothing is reported. A figure found as a restatement starts no pair
 * of its own. Figures related as a quantity and its change or attainment are not restatements,
 * and the same words twice (a headline copied into the body) are a copy, not a restatement.
 *
 * Only agreements and near misses are reported: `ok`; `rounding` or `stretch` (a qualifier read
 * the wrong way: "gần 90%" … "90,2%") when the earlier figure rounds the later one (a qualifier,
 * or fewer places), neither is a goal, and both state metric, scheme and period alike. Two
 * figures further apart than that are more often two quantities the words do not tell apart (a
 * province's and a district's rate, two bodies' plans) than one misstated: they are left alone.
 *
 * Candidates are looked up by unit, role and the period's last day, not scanned, and only within
 * 8 000 characters after the figure (a headline is restated in its own article's body).
 *
 * @param figures - the extracted figures
 * @returns the `restatement` findings, in the order of the earlier figures
 * @internal
 *
 * @example
 * ```ts
 * // "Gần 80 triệu người tham gia BHYT\n\nĐến hết năm 2017, có 79,9 triệu người tham gia BHYT."
 * restatements(extractFigures(text).figures)[0].severity // 'ok'
 * ```
 */
/**
 * How far after a figure (in characters) its restatement may stand: a headline, a lead or a
 * summary is restated in the body of the same article, within a few thousand characters (the
 * corpus's passages are under 4 000). Farther, a figure of the same kind is another article's
 * or another section's, and looking further would make a long text's check quadratic.
 */
const WINDOW = 8000

/** The figures of `list` (in text order) that start in `[from, to]`, found by halving. */
function within(list: readonly ExtractedFigure[] | undefined, from: number, to: number): ExtractedFigure[] {
  if (list === undefined) return []
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((list[mid] as ExtractedFigure).span[0] < from) lo = mid + 1
    else hi = mid
  }
  const out: ExtractedFigure[] = []
  for (let i = lo; i < list.length && (list[i] as ExtractedFigure).span[0] <= to; i++)
    out.push(list[i] as ExtractedFigure)
  return out
}

export function restatements(figures: readonly ExtractedFigure[]): Finding[] {
  const regions = new Set<string>()
  // Candidates are looked up, not scanned: by unit, role and the last day of the period (or
  // none), every figure of the unit and role for a figure without a period, and by exact value
  // for a repeat across roles.
  const byEnd = new Map<string, ExtractedFigure[]>()
  const byRole = new Map<string, ExtractedFigure[]>()
  const byValue = new Map<string, ExtractedFigure[]>()
  const usableFigures: ExtractedFigure[] = []
  for (const f of figures) {
    if (f.region !== null) regions.add(f.region)
    if (!usable(f)) continue
    usableFigures.push(f)
    const fig = f.figure as Figure
    const kind = `${fig.unit}|${f.role}`
    append(byRole, kind, f)
    append(byEnd, `${kind}|${lastDay(f.period)}`, f)
    if (fig.qualifier === 'exact' && writtenDigits(fig) >= 4)
      append(byValue, `${fig.unit}|${fig.value.toString()}|${fig.step.toString()}`, f)
  }
  const out: Finding[] = []
  const restated = new Set<ExtractedFigure>()
  for (const a of usableFigures) {
    if (restated.has(a)) continue
    const fa = a.figure as Figure
    const kind = `${fa.unit}|${a.role}`
    const from = a.span[1]
    const to = a.span[1] + WINDOW
    const pool =
      a.period === null
        ? within(byRole.get(kind), from, to)
        : [
            ...within(byEnd.get(`${kind}|${lastDay(a.period)}`), from, to),
            ...within(byEnd.get(`${kind}|none`), from, to),
          ]
    const across = within(
      byValue.get(`${fa.unit}|${fa.value.toString()}|${fa.step.toString()}`),
      from,
      to,
    ).filter((c) => c.role !== a.role)
    const candidates = [...new Set([...pool, ...across])].sort((x, y) => x.span[0] - y.span[0])
    let best = -1
    let found: ExtractedFigure[] = []
    for (const c of candidates) {
      const s = strength(a, c, regions)
      if (s === null || s < best) continue
      if (s > best) {
        best = s
        found = []
      }
      found.push(c)
    }
    const b = found[0]
    if (b === undefined) continue
    // two candidates that say different things: which one is meant cannot be told
    const fb = b.figure as Figure
    const same = (c: ExtractedFigure) => {
      const fc = c.figure as Figure
      return fc.value.eq(fb.value) && fc.qualifier === fb.qualifier && fc.step.eq(fb.step)
    }
    if (!found.every(same)) continue
    const finding = restatementFinding(a, b, best)
    if (finding === null) continue
    restated.add(b)
    out.push(finding)
  }
  return out
}

/** Appends `value` to the list under `key`. */
function append<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** The last day of a period, `none` without one, `invalid` for an invalid one. */
function lastDay(p: Period | null): string {
  if (p === null) return 'none'
  try {
    return periodRange(p).end
  } catch {
    return 'invalid'
  }
}

/**
 * Whether two figures that meet agree as written: not so for two exact figures when the finer
 * one (or either, of one precision) does not round to the other, half up.
 */
function rounds(a: Figure, b: Figure): boolean {
  if (a.qualifier !== 'exact' || b.qualifier !== 'exact') return true
  const [coarse, fine] = a.step.gte(b.step) ? [a, b] : [b, a]
  return coarse.interval.lo.lte(fine.value) && fine.value.lt(coarse.interval.hi)
}

/**
 * The finding of a figure `a` restated as `b`, or `null` when it is not reported: `implied` is
 * the earlier figure's interval, `stated` the later one's.
 */
function restatementFinding(a: ExtractedFigure, b: ExtractedFigure, facts: number): Finding | null {
  const implied = both(a)
  const stated = both(b)
  const fa = a.figure as Figure
  let severity = grade(implied, stated, stretchable(a) || stretchable(b))
  if (severity === 'conflict') return null
  // two exact figures agree when the finer one rounds to the coarser (half up), not when their
  // intervals only touch (92,7% and 92,8%: [92,65%; 92,75%] and [92,75%; 92,85%])
  if (severity === 'ok' && !rounds(fa, b.figure as Figure)) severity = 'rounding'
  // two exact figures of which the finer does not round to the coarser are two quantities (an
  // attainment of the whole sector, 104%, and of one province, 100,9%), not one restated
  if (
    severity !== 'ok' &&
    fa.qualifier === 'exact' &&
    b.figure?.qualifier === 'exact' &&
    !rounds(fa, b.figure)
  )
    return null
  // a near miss is said only of a figure that rounds the other (a qualifier, or fewer places:
  // two exact figures of the same precision that differ are two quantities, such as two plans),
  // not of goals (plans of different bodies), and of figures that state metric, scheme and
  // period alike
  if (
    severity !== 'ok' &&
    (a.role === 'target' ||
      !(fa.qualifier !== 'exact' || fa.step.gt((b.figure as Figure).step)) ||
      facts < 3 ||
      a.metric === null ||
      a.metric !== b.metric ||
      a.scheme === null ||
      a.scheme !== b.scheme)
  )
    return null
  const imp = implied('written')
  const st = stated('written')
  const fb = b.figure as Figure
  const unit = fb.unit
  return {
    relation: 'restatement',
    figures: [cite(a), cite(b)],
    implied: imp,
    stated: st,
    gap: gapOf(imp, st, fb.value),
    severity,
    readings: [],
    explanation: {
      vi: `${a.raw} (${showInterval(imp, unit)}) được nêu lại là ${b.raw} (${showInterval(st, unit)}): ${SEVERITY_WORDS[severity].vi}`,
      en: `${a.raw} (${showInterval(imp, unit)}) is restated as ${b.raw} (${showInterval(st, unit)}): ${SEVERITY_WORDS[severity].en}`,
    },
  }
}
