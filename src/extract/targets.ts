/**
 * Targets: a figure in a goal sentence, a plan's header or bracket ("(kế hoạch: …)", "Kế hoạch
 * năm 2025 …: thu …"), a table's plan column, and what a plan word plans (a level, a growth, new
 * participants), with what was done against it.
 * @internal
 * @module
 */
import type { Period } from '../period/types'
import type { Metric } from '../target/metrics'
import { firstFrom, type Part } from './clauses'
import { periodStart, unitText } from './finish'
import { plannedInBrackets } from './frames'
import type { FoundPeriod } from './periods'
import type { Fig, Reader } from './reader'
import { GENERIC, metricOfRole, periodYear } from './reader'
import { indexIn, lastIndexIn, lowerBound } from './text'
import type { FigureRole } from './types'
import { CUE } from './vocabulary'

/** After a plan word: "(năm 2024) (là) phát triển (mới, thêm)", "tăng thêm", the addition it plans. */
const PLANNED_ADDITION =
  /^\s*(?:(?:năm|quý)\s+[\divx/.-]+\s*)?(?:là\s+|:\s*)?(?:phát triển|tăng|thu hút|vận động|kết nạp)(?:\s+(?:mới|thêm|được))*\s*$/u

/**
 * "Thu BHXH đạt 950 tỷ đồng, kế hoạch 1.000 tỷ đồng": a figure right after a plan word is the
 * plan of the figure of the same unit before it (its role, else `other`).
 */
export function plannedRole(r: Reader, f: Fig): FigureRole {
  const k = r.last(f.preStart, f.a, CUE.plan | CUE.targetLocal)
  // "chỉ tiêu được giao: 20.000 người", "chỉ tiêu được giao (20.000 người)"
  const right = k >= 0 && /^\s*[:(]?\s*$/u.test(r.low.slice(r.ph.end[k] as number, f.a))
  if (!(right && !r.has(f.preStart, r.ph.start[k] as number, CUE.compare)) && !planHeader(r, f))
    return 'other'
  const unit = f.p.unit?.code
  const figs = r.byPart[f.part] as Fig[]
  for (let i = f.pos - 1; i >= 0; i--) {
    const g = figs[i] as Fig
    if (g.p.unit?.code !== unit) continue
    if (g.role === 'target' && g.targetOf === 'level' && g.metric) return roleOfMetric(g.metric)
    if (g.role !== 'other' && g.role !== 'target') return g.role
    break
  }
  // the first plan of a row or a list: people of a scheme take part in it; money is collected
  const part = r.parts[f.part] as Part
  const start = r.sentenceStart[part.sentence] ?? part.start
  if (unit === 'person' && GENERIC.has(unitText(r, f.p) ?? '')) return 'participants'
  if (unit === 'vnd' && r.has(start, f.a, CUE.revenue)) return 'revenue'
  return 'other'
}

/**
 * The period written in a plan's header after its plan word ("Kế hoạch năm 2025 BHXH Việt Nam
 * giao cho tỉnh: thu 3.420 tỷ đồng; …"), or `null`: the plan's period, not the next one the text
 * names.
 */
export function headerPeriod(r: Reader, f: Fig): Period | null {
  if (!planHeader(r, f)) return null
  const part = r.parts[f.part] as Part
  const start = r.sentenceStart[part.sentence] ?? part.start
  const colon = lastIndexIn(r.low, ':', start, f.a)
  const k = r.first(start, colon, CUE.plan | CUE.targetLocal | CUE.target)
  if (k < 0) return null
  let found: Period | null = null
  const ps = r.periods
  for (let i = firstFrom(ps, r.ph.start[k] as number); i < ps.length; i++) {
    const p = ps[i] as FoundPeriod
    if (p.start >= colon) break
    if (!p.cited) found = p.period
  }
  return found
}

/** "Chỉ tiêu giao năm 2025: BHXH bắt buộc 120.000 người, …": a plan's header before a colon in the sentence. */
export function planHeader(r: Reader, f: Fig): boolean {
  const part = r.parts[f.part] as Part
  const start = r.sentenceStart[part.sentence] ?? part.start
  const colon = lastIndexIn(r.low, ':', start, f.a)
  if (colon < 0) return false
  const k = r.first(start, colon, CUE.plan | CUE.targetLocal | CUE.target)
  // "Kết quả thực hiện kế hoạch năm 2024:" heads results, "so với kế hoạch:" a comparison
  if (k < 0 || r.has(start, r.ph.start[k] as number, CUE.compare | CUE.done)) return false
  // nothing but a period between the plan word and the colon: "chỉ tiêu giao năm 2025:"
  return !/[,;.]|\d+\s*(?:%|người|đồng)/u.test(r.low.slice(r.ph.end[k] as number, colon))
}

/** "kế hoạch 50.000 người, thực hiện 48.000 người": what was done against the plan before it. */
export function doneRole(r: Reader, f: Fig): FigureRole {
  if (f.p.unit?.code === 'ratio' && REACHED.test(r.low.slice(f.preStart, f.a))) {
    // "phấn đấu đạt 95% dân số tham gia BHYT; đến nay đã đạt 93,8%": the rate reached so far
    // of a coverage goal before it in the sentence is a coverage rate (no other measure)
    const g = sameUnitBefore(r, f)
    return g && g.role === 'target' && g.targetOf === 'level' && g.metric === 'coverage'
      ? 'coverage'
      : 'other'
  }
  const k = r.last(f.preStart, f.a, CUE.done)
  if (k < 0 || !/^\s*:?\s*$/u.test(r.low.slice(r.ph.end[k] as number, f.a))) return 'other'
  const g = sameUnitBefore(r, f)
  return g && g.role === 'target' && g.targetOf === 'level' && g.metric ? roleOfMetric(g.metric) : 'other'
}

/** "đến nay đã đạt ", "hiện đã đạt ": what was reached so far, right before a figure. */
const REACHED = /(?:^|[\s,;])(?:đến nay\s+|hiện\s+|nay\s+)?đã\s+đạt\s*(?:được\s*)?$/u

/** The last attainment before `f` in its sentence (across ";"), or `null`. */
export function attainmentBefore(r: Reader, f: Fig): Fig | null {
  const sentence = (r.parts[f.part] as Part).sentence
  for (let p = f.part, pos = f.pos - 1; p >= 0 && (r.parts[p] as Part).sentence === sentence; p--) {
    const figs = r.byPart[p] ?? []
    for (let i = p === f.part ? pos : figs.length - 1; i >= 0; i--) {
      const g = figs[i] as Fig
      if (g.role === 'attainment') return g
    }
  }
  return null
}

/** The nearest figure of the same unit before `f` in its sentence (across ";"), or `null`. */
export function sameUnitBefore(r: Reader, f: Fig): Fig | null {
  const sentence = (r.parts[f.part] as Part).sentence
  for (let p = f.part, pos = f.pos - 1; p >= 0 && (r.parts[p] as Part).sentence === sentence; p--) {
    const figs = r.byPart[p] ?? []
    for (let i = p === f.part ? pos : figs.length - 1; i >= 0; i--) {
      const g = figs[i] as Fig
      if (g.p.unit?.code === f.p.unit?.code) return g
    }
  }
  return null
}

/** Goals: a goal word before the figure in its sentence, "chỉ tiêu giao …" just before it, a deadline, a future period. */
export function target(r: Reader, f: Fig): void {
  if (f.role === 'other') {
    const done = doneRole(r, f)
    if (done !== 'other') {
      f.role = done
      return
    }
  }
  const planned = f.role === 'other' ? plannedRole(r, f) : 'other'
  // "Kế hoạch năm 2024 là 111.200 người", "(kế hoạch BHXH Việt Nam giao 122.600 người)": a plan
  // as the subject of its clause that names no quantity is a plan of people or of money, of
  // no metric (the attainment it goes with says which)
  const unnamed =
    planned === 'other' &&
    f.role === 'other' &&
    (f.p.unit?.code === 'person' || f.p.unit?.code === 'vnd') &&
    planSubject(r, f)
  const base = unnamed
    ? f.p.unit?.code === 'vnd'
      ? 'revenue'
      : 'participants'
    : planned === 'other'
      ? f.role
      : planned
  if (f.role !== 'attainment' && r.tablePlans.has(f)) {
    f.role = 'target'
    f.targetOf = 'level'
    f.metric = metricOfRole(base)
    if (f.period) f.period = Object.freeze({ kind: 'year', year: periodYear(f.period) })
    return
  }
  if (
    base !== 'participants' &&
    base !== 'new-participants' &&
    base !== 'beneficiaries' &&
    base !== 'revenue' &&
    base !== 'coverage' &&
    base !== 'growth'
  )
    return
  const part = r.parts[f.part] as Part
  const s = part.sentence
  const start = r.sentenceStart[s] ?? part.start
  let goal =
    planned !== 'other' || r.sentenceTarget[s] === true || goalWordIn(r, start, f.a) || planHeader(r, f)
  if (!goal && base === 'coverage') {
    // "Để đạt chỉ tiêu 82,5% dân số tham gia BHYT": a rate right after a plan word is the plan
    const k = r.last(f.preStart, f.a, CUE.plan | CUE.targetLocal)
    goal = k >= 0 && /^\s*:?\s*$/u.test(r.low.slice(r.ph.end[k] as number, f.a))
  }
  if (!goal) {
    const k = r.last(f.preStart, f.a, CUE.targetLocal)
    // "chỉ tiêu giao là 95.000 người", "kế hoạch giao năm 2024: 95.000 người"
    goal =
      k >= 0 &&
      (f.a - (r.ph.end[k] as number) <= 4 ||
        /^\s*(?:(?:năm|quý|tháng)\s+[\divx/.-]+\s*)?(?:là|:)?\s*$/u.test(
          r.low.slice(r.ph.end[k] as number, f.a),
        ))
  }
  let planPeriod: Period | null = null
  if (!goal && planSubject(r, f)) {
    goal = true
    // "Kế hoạch năm 2024 giao thu …": the period written with the plan is the plan's
    const k = r.last(f.clauseStart, f.a, CUE.plan | CUE.targetLocal)
    const ps = r.periods
    for (let i = firstFrom(ps, r.ph.start[k] as number); i < ps.length; i++) {
      const p = ps[i] as FoundPeriod
      if (p.start >= f.a) break
      if (p.start >= (r.ph.start[k] as number) && !p.cited) planPeriod = p.period
    }
  }
  if (!goal) goal = plannedInBrackets(r.low, r.ph, start, f.a)
  if (!goal && (base === 'new-participants' || base === 'growth')) {
    // "được giao chỉ tiêu phát triển thêm 3.500 người", "kế hoạch tăng thêm 2.000 người": a plan
    // word, then the verb of what is to be added right before the figure (not a plan compared
    // with or reached: "so với kế hoạch tăng thêm 200 người", "vượt kế hoạch")
    const k = r.last(f.preStart, f.a, CUE.plan | CUE.targetLocal)
    goal =
      k >= 0 &&
      PLANNED_ADDITION.test(r.low.slice(r.ph.end[k] as number, f.a)) &&
      !r.has(f.preStart, r.ph.start[k] as number, CUE.compare | CUE.attain)
  }
  if (!goal) {
    // "đến năm 2025": a deadline in its sentence
    const ps = r.periods
    for (let i = firstFrom(ps, start); i < ps.length && (ps[i] as FoundPeriod).start < f.a; i++) {
      const p = ps[i] as FoundPeriod
      // "(vượt 1,42% mục tiêu đến năm 2025)": a deadline in a closed bracket is a remark's
      if (p.by && closedBracket(r, p.end, f.a)) continue
      if (p.by && (r.dateYear === null || periodYear(p.period) >= r.dateYear)) goal = true
    }
  }
  if (!goal && r.date && f.period && f.period.kind !== 'instant') {
    goal = periodStart(r, f.period) > r.date
  }
  if (!goal) return
  f.role = 'target'
  f.targetOf = base === 'growth' ? 'growth' : 'level'
  f.metric = base === 'growth' || unnamed ? null : metricOfRole(base)
  if (planPeriod === null) planPeriod = headerPeriod(r, f)
  if (planPeriod !== null) f.period = planPeriod
  // "Tính đến 30/9/2018 … Để đạt chỉ tiêu 82,5% dân số": a goal under a date or the year so
  // far is the goal of the whole year
  const p = f.period
  if (p && (p.kind === 'year-to-date' || p.kind === 'instant' || p.kind === 'day'))
    f.period = Object.freeze({ kind: 'year', year: periodYear(p) })
}

/**
 * A plan as the subject of its clause: "Kế hoạch thu năm 2024 là 5.680 tỷ đồng", "Năm 2024,
 * BHXH tỉnh được giao kế hoạch thu 5.680 tỷ đồng", "chỉ tiêu phát triển năm 2025: 12.000
 * người". The plan word opens the clause (after at most a period and a comma) or follows "giao";
 * between it and the figure stand at most four words of what is planned, a period, and "là" or
 * ":"; no word of doing, reaching or comparing ("thực hiện kế hoạch …", "đạt … kế hoạch").
 */
export function planSubject(r: Reader, f: Fig): boolean {
  const k = r.last(f.clauseStart, f.a, CUE.plan | CUE.targetLocal)
  if (k < 0) return false
  const ks = r.ph.start[k] as number
  // "… bằng 102,3% kế hoạch (kế hoạch BHXH Việt Nam giao 122.600 người)": a bracket open
  // before the plan word starts its clause
  const open = lastIndexIn(r.low, '(', f.clauseStart, ks)
  const from = open >= 0 && lastIndexIn(r.low, ')', open, f.a) < 0 ? open : f.clauseStart
  const lead = r.low.slice(from, ks)
  const opens =
    /^[\s,;:.(–-]*(?:(?:năm|quý|tháng)\s+[\divx/.-]+\s*,?\s*)?$/u.test(lead) || /(?:^|\s)giao\s*$/u.test(lead)
  if (!opens || r.has(from, f.a, CUE.done | CUE.attain | CUE.compare | CUE.growth)) return false
  // "… thu BHYT BHXH Việt Nam giao cho tỉnh năm 2024 là …": who gave it, and to whom
  return /^\s*(?:(?:năm|quý|tháng)\s+[\divx/.-]+\s*)?(?:[\p{L}\p{M}]+\s+){0,4}?(?:(?:[\p{L}\p{M}]+\s+){0,4}?giao\s+(?:cho(?:\s+[\p{L}\p{M}]+){1,3}\s+)?)?(?:(?:năm|quý|tháng)\s+[\divx/.-]+\s*)?(?:là|:)?\s*$/u.test(
    r.low.slice(r.ph.end[k] as number, f.a),
  )
}

/** Whether a bracket opened before `a` closes between `a` and `b` ("(… đến năm 2025) …"). */
export function closedBracket(r: Reader, a: number, b: number): boolean {
  const close = indexIn(r.low, ')', a, b)
  return close >= 0 && indexIn(r.low, '(', a, close) < 0
}

/**
 * Whether a goal word in `[a, b)` makes its sentence a goal. Not a goal compared with ("vượt
 * 1,42% mục tiêu", "so với mục tiêu"), nor one in a bracketed remark that closes before `b`
 * ("(vượt 1,42% mục tiêu đến năm 2025)"), nor "nâng … lên" after a result ("đã có thêm 30 ngàn
 * người tham gia, nâng số người tham gia lên 1,4 triệu người": raised to, not to be raised).
 */
export function goalWordIn(r: Reader, a: number, b: number): boolean {
  const { ph, low } = r
  for (let k = lowerBound(ph.start, a); k < ph.start.length && (ph.end[k] as number) <= b; k++) {
    if (((ph.mask[k] as number) & CUE.target) === 0) continue
    const s = ph.start[k] as number
    if (r.bracketedBefore(a, s, b)) continue
    const before = low.slice(Math.max(a, s - 24), s)
    if (/(?:so với|so|vượt|đạt|bằng)\s+(?:(?:gần|hơn|trên|khoảng)\s+)?(?:[\d.,]+\s*%\s*)?$/u.test(before))
      continue
    if (low.startsWith('nâng', s) && (/\d/u.test(low.slice(a, s)) || /(?:^|\s)đã\s/u.test(low.slice(a, s))))
      continue
    return true
  }
  return false
}

/** The role of a level of `metric` (the inverse of {@link metricOfRole}). */
function roleOfMetric(metric: Metric): FigureRole {
  switch (metric) {
    case 'participants':
    case 'new-participants':
    case 'beneficiaries':
    case 'revenue':
    case 'coverage':
    case 'arrears-employers':
      return metric
    case 'arrears':
      return 'arrears-amount'
    default:
      return 'other'
  }
}
