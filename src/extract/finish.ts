/**
 * Finishing and output: each figure's metric, scheme, base, comparison, aging bucket, interest
 * and region once its role, link and period are known; the figures of repeated passages set
 * apart; the figures as the reader returns them.
 * @internal
 * @module
 */
import type { BucketRange } from '../arrears/buckets'
import type { ParsedNumber } from '../number/parse'
import { periodRange } from '../period/ops'
import type { Period } from '../period/types'
import type { SchemeCode } from '../scheme/schemes'
import type { Metric } from '../target/metrics'
import { againstOf } from './against'
import { asFlow } from './bind-periods'
import { firstFrom, type Part } from './clauses'
import type { Extraction } from './extract'
import { interestSaid } from './frames'
import { sentenceTopic } from './passes'
import type { Aging, Fig, Mention, Reader } from './reader'
import { FLOWS, metricOfRole, QUANTITY_MASK, STATIC_UNITS } from './reader'
import { regionAt } from './regions'
import { baseOf, earlierValueOf } from './roles'
import { subjectAt } from './subjects'
import { collapsedSpaces, lowerBound, toOrig } from './text'
import type { ExtractedFigure } from './types'
import { CUE } from './vocabulary'

/**
 * Words after a figure that start another subject's words: "và", "hoặc", "còn" ("8.277 tỷ đồng,
 * còn BHYT …"), not "còn" of what is still owed ("33.593 đơn vị còn nợ BHXH, BHYT, BHTN").
 */
const ANOTHER = /(?:^|\s)(?:và|hoặc|còn(?!\s+(?:nợ|chậm|trốn)))(?:\s|$)/u
/** Units of figures that a topic may give a scheme to (not counts of meetings, days or minutes). */
const TOPICAL_UNITS = new Set(['person', 'vnd', 'ratio', 'employer'])

/** The last scheme mention in `[a, b)` (only participatory ones when `participatory`). */
export function mentionIn(
  r: Reader,
  a: number,
  b: number,
  participatory: boolean,
  firstOne = false,
): SchemeCode | null {
  const ms = r.mentions
  let found: SchemeCode | null = null
  for (let k = firstFrom(ms, a); k < ms.length && (ms[k] as Mention).end <= b; k++) {
    const m = ms[k] as Mention
    if (participatory && !m.participatory) continue
    found = m.code
    if (firstOne) return found
  }
  return found
}

export function schemeOf(r: Reader, f: Fig): SchemeCode | null {
  const other = f.role === 'other'
  // 1. "221.000 đối tượng tham gia BHXH bắt buộc": the scheme its people take part in.
  const ms = r.mentions
  const near = Math.min(f.postEnd, f.b + 40)
  const m = ms[firstFrom(ms, f.b)]
  if (m && m.start < near && m.end <= f.postEnd) {
    // The verb must be the figure's own: "25% và người dân tham gia BHYT" is another subject's.
    const k = r.first(f.b, m.start, QUANTITY_MASK)
    if (k >= 0 && !ANOTHER.test(r.low.slice(f.b, r.ph.end[k] as number)))
      return f.role === 'participants' ? insuredThrough(m) : m.code
  }
  // 2. named before it in its clause
  const pre = mentionIn(r, f.preStart, f.a, other)
  if (pre) return pre
  // 3. an attainment or growth: its quantity's
  if (f.link && (f.role === 'attainment' || f.role === 'growth' || f.role === 'growth-multiple')) {
    if (f.link.scheme) return f.link.scheme
  }
  const clause = mentionIn(r, f.clauseStart, f.a, other)
  if (clause) return clause
  // named after it, in its own words (not after "và": "8.277 tỷ đồng và … BHYT 88.781" is another's)
  const andAt = ANOTHER.exec(r.low.slice(f.b, f.postEnd))
  const post = mentionIn(r, f.b, andAt ? f.b + andAt.index : f.postEnd, other, true)
  if (post) return post
  if (other) {
    // A figure of no role takes its subject only when one was firmly named ("Về BHYT,", or in a
    // clause with numbers): "10-15 phút" of a programme, counts and fractions take none.
    const unit = f.p.unit?.code
    if (unit === undefined) return null
    if (f.p.kind === 'number' && !STATIC_UNITS.has(unit)) {
      const firm = subjectAt(r.subjects, f.a, true)
      if (firm !== null) return firm
    }
    if ((f.p.kind !== 'number' && f.p.kind !== 'percent') || !TOPICAL_UNITS.has(unit)) return null
    // "số người được giới thiệu việc làm là 19.980 người": the scheme of its sentence's topic,
    // else (not for a rate: "36.398 hộ nghèo, chiếm tỷ lệ 10,9%") of the passage's, when the
    // whole text is about one scheme
    return sentenceTopic(r, f) ?? (unit === 'ratio' ? null : r.passageTopic)
  }
  if (f.role === 'revenue' && r.has(f.clauseStart, f.a, CUE.total)) return 'ALL'
  if (f.role === 'revenue' && officeCollects(r, f)) return 'ALL'
  // 4. the subject that governs it: its sentence's topic when the sentence names no scheme
  // ("giá thuốc trúng thầu giảm 21,12%": BHYT), else the subject carried over from the
  // clauses and headers before, else the passage's one scheme
  return sentenceTopic(r, f) ?? subjectAt(r.subjects, f.a) ?? r.passageTopic
}

/**
 * "BHXH tỉnh A thu được 268 tỷ đồng": what an office collects, its sentence naming no scheme
 * before the figure and no header ("Về BHYT,") naming one, is the money of all its schemes.
 */
export function officeCollects(r: Reader, f: Fig): boolean {
  const part = r.parts[f.part] as Part
  const start = r.sentenceStart[part.sentence] ?? part.start
  const o = lowerBound(r.offices, start)
  if (o >= r.offices.length || (r.offices[o] as number) >= f.a) return false
  if (mentionIn(r, start, f.a, false) !== null) return false
  return subjectAt(r.subjects, f.a, true) === null
}

/** "102% kế hoạch giao (4.118 tỷ đồng", "105% kế hoạch (kế hoạch giao 1.600 tỷ đồng": a plan's bracket after its rate. */
const PLAN_BRACKET =
  /^\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán)[^()\d.;]{0,30}\(\s*(?:kế hoạch|chỉ tiêu|dự toán)?[^()\d]{0,20}$/u

export function finish(r: Reader, f: Fig): void {
  // "150.000 người, tăng 10% (năm 2022 là 120.000 người)": the earlier value in a bracket is a
  // count (or money) of what the quantity before the bracket is (read here: after the links)
  const earlier = earlierValueOf(r, f)
  if (
    earlier &&
    f.role === 'other' &&
    (earlier.role === 'participants' || earlier.role === 'revenue' || earlier.role === 'beneficiaries')
  )
    f.role = earlier.role
  if (f.role === 'target' && f.targetOf === 'growth') {
    f.metric = f.link?.metric ?? inferMetric(r, f)
  } else if (f.role === 'attainment' || f.role === 'growth' || f.role === 'growth-multiple') {
    f.metric = f.link ? (f.link.metric ?? metricOfRole(f.link.role)) : inferMetric(r, f)
    // "… người tham gia BHYT, tăng hơn 26.340 người …": an absolute change is of what its
    // sentence counts, when its quantity says nothing.
    if (f.metric === null && ((f.change !== null && f.change !== 'multiple') || f.role === 'attainment')) {
      const part = r.parts[f.part] as Part
      f.metric = inferMetric(r, f, r.sentenceStart[part.sentence] ?? part.start)
    }
    // "đã có thêm gần 30 ngàn người tham gia BHYT": the verb right after an absolute change of people
    if (f.metric === null && f.change === 'absolute' && f.p.unit?.code === 'person') {
      const k = r.first(f.b, Math.min(f.postEnd, f.b + 30), CUE.participate | CUE.newJoin | CUE.benefit)
      const m = r.mask(k)
      if (m !== 0)
        f.metric = m & CUE.newJoin ? 'new-participants' : m & CUE.benefit ? 'beneficiaries' : 'participants'
    }
    // "… có 86,35 triệu người tham gia BHYT. Mặc dù đã tăng 418,6 nghìn người so với cuối năm
    // 2019, …": a change of people that says nothing is a change of the count just reported
    if (f.metric === null && f.change === 'absolute') f.metric = metricBefore(r, f)
    // "tỷ lệ bao phủ đạt 93,35% (vượt 0,15% so với …)": a change of a rate written in % is
    // read in points, as the reports mean it (the checks still weigh both readings).
    if (f.change === 'relative' && ofRate(r, f)) f.change = 'points'
    // "Tỷ lệ học sinh tham gia BHYT tăng trên 5%": a change in points of an unlinked rate whose
    // sentence names a rate is a change of that rate (coverage), not of the participants
    if (f.change === 'points' && !f.link && f.metric === 'participants' && ofRate(r, f)) f.metric = 'coverage'
    // "… tỷ lệ bao phủ tăng thêm trên 5%. Trong đó, … huyện A tăng thêm 11,13%": a change of a
    // breakdown that says nothing is of what the change it breaks down is of, in its kind
    if (f.metric === null && !f.link) {
      const g = brokenDown(r, f)
      if (g) {
        f.metric = g.metric
        if (f.change === 'relative' && g.change === 'points') f.change = 'points'
      }
    }
  } else if (f.role !== 'target') {
    f.metric = metricOfRole(f.role)
    if (f.role === 'other' && f.p.unit?.code === 'vnd' && spent(r, f)) f.metric = 'expenditure'
  }
  if (f.role !== 'target' && isFlow(f, unitText(r, f.p))) f.period = asFlow(f.period, r.date)
  f.scheme = schemeOf(r, f)
  // "Tổng số thu đạt 1.500 tỷ đồng (năm 2022 thu 1.389 tỷ đồng)": the earlier value in a bracket
  // is of the scheme of the figure before it, when the bracket names none
  if (earlier && earlier.role === f.role && mentionIn(r, earlier.b, f.a, false) === null)
    f.scheme = earlier.scheme
  // "đạt 102% kế hoạch giao (4.118 tỷ đồng)": the plan in a bracket right after an attainment is
  // the plan of what the attainment is of
  const rate = f.role === 'target' ? (r.byPart[f.part] as Fig[])[f.pos - 1] : undefined
  if (
    rate?.role === 'attainment' &&
    rate.link &&
    rate.link.p.unit?.code === f.p.unit?.code &&
    PLAN_BRACKET.test(r.low.slice(rate.b, f.a)) &&
    mentionIn(r, rate.b, f.a, false) === null
  )
    f.scheme = rate.scheme
  if (f.role === 'coverage' || f.metric === 'coverage') f.base = baseOf(r, f)
  if (f.role === 'attainment' || f.role === 'growth' || f.role === 'growth-multiple')
    f.against = againstOf(r, f)
  if (f.role === 'arrears-amount' || f.role === 'arrears-employers') f.aging = agingOf(r, f)
  if (f.role === 'arrears-amount') f.interest = interestOf(r, f)
  f.region = regionOf(r, f)
}

/**
 * Whether money of no role was paid out: a word of paying in its clause, or as the last money
 * word of its sentence ("chi trả lương hưu, trợ cấp BHXH kịp thời với tổng số tiền …"; "… lượt
 * người khám chữa bệnh BHYT với số tiền …": care paid by BHYT).
 */
export function spent(r: Reader, f: Fig): boolean {
  if (r.has(f.clauseStart, f.a, CUE.expenditure)) return true
  const part = r.parts[f.part] as Part
  const prev = (r.byPart[f.part] as Fig[])[f.pos - 1]
  const from = Math.max(r.sentenceStart[part.sentence] ?? part.start, prev ? prev.b : 0)
  const k = r.last(
    from,
    f.a,
    CUE.expenditure | CUE.care | CUE.revenue | CUE.arrears | CUE.repay | CUE.penalty,
  )
  return (r.mask(k) & (CUE.expenditure | CUE.care)) !== 0
}

/**
 * The metric of the last count of the same unit in the sentence before `f` or its own (a
 * participants, new participants or beneficiaries count), else `null`.
 */
export function metricBefore(r: Reader, f: Fig): Metric | null {
  const part = r.parts[f.part] as Part
  const from = r.sentenceStart[part.sentence - 1] ?? r.sentenceStart[part.sentence] ?? part.start
  for (let i = f.at - 1; i >= 0; i--) {
    const g = r.figs[i] as Fig
    if (g.a < from) break
    if (g.p.unit?.code !== f.p.unit?.code) continue
    if (g.role === 'participants' || g.role === 'new-participants' || g.role === 'beneficiaries')
      return g.role
  }
  return null
}

/** The first day of a period, memoised by the period (the figures of a passage share theirs). */
export function periodStart(r: Reader, p: Period): string {
  let start = r.startCache.get(p)
  if (start === undefined) {
    start = periodRange(p).start
    r.startCache.set(p, start)
  }
  return start
}

/** A figure's unit as written, NFC and lower case, or `null` (memoised: a report repeats a few units). */
export function unitText(r: Reader, p: ParsedNumber): string | null {
  if (p.unit === null) return null
  let t = r.unitCache.get(p.unit.text)
  if (t === undefined) {
    t = p.unit.text.normalize('NFC').toLowerCase()
    r.unitCache.set(p.unit.text, t)
  }
  return t
}

/**
 * For a change in a sentence that opens with "Trong đó": the last change of the same unit, with
 * a metric, in the sentence before (the change it breaks down), else `null`.
 */
export function brokenDown(r: Reader, f: Fig): Fig | null {
  const part = r.parts[f.part] as Part
  const start = r.sentenceStart[part.sentence] ?? part.start
  const previous = r.sentenceStart[part.sentence - 1]
  if (previous === undefined || !/^\W*trong đó(?![\p{L}\p{M}])/u.test(r.low.slice(start, start + 16)))
    return null
  for (let i = f.at - 1; i >= 0; i--) {
    const g = r.figs[i] as Fig
    if (g.a < previous) break
    if (g.a >= start) continue
    if (g.role === 'growth' && g.metric !== null && g.p.unit?.code === f.p.unit?.code) return g
  }
  return null
}

/** Whether a growth is of a rate: linked to one, about coverage, or in a sentence about a rate ("tỷ lệ"). */
export function ofRate(r: Reader, f: Fig): boolean {
  if (f.link) return f.link.p.unit?.code === 'ratio'
  if (f.metric === 'coverage') return true
  const part = r.parts[f.part] as Part
  return r.has(r.sentenceStart[part.sentence] ?? part.start, f.a, CUE.coverage)
}

export function inferMetric(r: Reader, f: Fig, from = f.clauseStart): Metric | null {
  const m = r.last(
    from,
    f.a,
    CUE.coverage | CUE.revenue | CUE.newJoin | CUE.benefit | CUE.participate | CUE.arrears,
  )
  const c = r.mask(m)
  if (c === 0) return null
  if (c & CUE.coverage) return 'coverage'
  if (c & CUE.revenue) return 'revenue'
  if (c & CUE.newJoin) return 'new-participants'
  if (c & CUE.benefit) return 'beneficiaries'
  if (c & CUE.arrears) return 'arrears'
  return 'participants'
}

export function agingOf(r: Reader, f: Fig): BucketRange | null {
  const ag = r.agings
  const part = r.parts[f.part] as Part
  let best: Aging | null = null
  for (let i = firstFrom(ag, part.start); i < ag.length; i++) {
    const g = ag[i] as Aging
    if (g.start >= part.end) break
    if (g.start >= f.b && g.start < f.postEnd && g.start - f.b <= 30) return g.range
    if (g.end <= f.a) best = g
  }
  if (best) return best.range
  // "danh sách các đơn vị chậm đóng từ 3 tháng trở lên. Có hơn 17.700 doanh nghiệp đang nợ":
  // the bucket of the list named in the sentence before
  const before = ag[firstFrom(ag, f.a) - 1]
  const previous = r.sentenceStart[part.sentence - 1]
  return before && previous !== undefined && before.start >= previous ? before.range : null
}

/** "18,6 tỷ đồng (chưa bao gồm tiền lãi)": whether an arrears amount counts the interest (see {@link interestSaid}). */
export function interestOf(r: Reader, f: Fig): 'included' | 'excluded' | null {
  const part = r.parts[f.part] as Part
  const next = (r.byPart[f.part] as Fig[])[f.pos + 1]
  const end = Math.min(next ? next.a : part.end, f.b + 60)
  return interestSaid(r.low.slice(f.preStart, f.a), r.low.slice(f.b, end))
}

export function regionOf(r: Reader, f: Fig): string | null {
  const part = r.parts[f.part] as Part
  return regionAt(r.regions, r.doc.s, f.a, r.sentenceStart[part.sentence] ?? part.start)
}

export function duplicates(r: Reader): void {
  const seen = new Map<string, Fig[]>()
  for (let i = 0; i < r.parts.length; i++) {
    const figs = r.byPart[i]
    if (!figs || figs.length === 0) continue
    const part = r.parts[i] as Part
    const key = collapsedSpaces(r.low, part.start, part.end)
    if (key.length < 16) continue
    const first = seen.get(key)
    if (!first) {
      seen.set(key, figs)
      continue
    }
    if (first.length !== figs.length) continue
    for (let n = 0; n < figs.length; n++) (figs[n] as Fig).dupOf = first[n] as Fig
  }
}

export function output(r: Reader): Extraction {
  const figures: ExtractedFigure[] = []
  const duplicates: ExtractedFigure[] = []
  let nf = 0
  let nd = 0
  for (const f of r.figs) f.listIndex = f.dupOf ? nd++ : nf++
  // The figures of one sentence share its span (frozen, so sharing it is safe).
  let sentence: readonly [number, number] = [0, 0]
  let sentenceOf = -1
  for (const f of r.figs) {
    const list = f.dupOf ? duplicates : figures
    if (f.part !== sentenceOf) {
      const part = r.parts[f.part] as Part
      sentence = Object.freeze([toOrig(r.doc, part.start), toOrig(r.doc, part.end)] as const)
      sentenceOf = f.part
    }
    list.push(
      Object.freeze({
        index: f.listIndex,
        raw: f.p.raw,
        span: f.p.span,
        parsed: f.p,
        figure: r.reported(f.p),
        role: f.role,
        metric: f.metric,
        targetOf: f.targetOf,
        change: f.role === 'growth' || f.role === 'growth-multiple' ? f.change : null,
        direction: f.role === 'growth' || f.role === 'growth-multiple' ? f.direction : null,
        scheme: f.scheme,
        period: f.period,
        region: f.region,
        against: f.against,
        base: f.base,
        aging: f.aging,
        interest: f.interest,
        linkedTo: f.link && (f.link.dupOf !== null) === (f.dupOf !== null) ? f.link.listIndex : null,
        duplicateOf: f.dupOf ? f.dupOf.listIndex : null,
        sentence,
      }),
    )
  }
  return Object.freeze({ figures: Object.freeze(figures), duplicates: Object.freeze(duplicates) })
}

/**
 * The scheme of people "tham gia BHXH, BHYT": those of the social-insurance scheme, who hold BHYT
 * through it (an employee's compulsory BHXH brings BHYT with it), so the count is of BHXH; any
 * other list is its own code.
 */
function insuredThrough(m: Mention): SchemeCode {
  const l = m.listed
  if (l?.length === 2 && l.includes('BHYT')) {
    const other = l.find((c) => c !== 'BHYT')
    if (other === 'BHXH' || other === 'BHXH_BB') return other
  }
  return m.code
}

/** A flow: its metric runs over a period, or it counts events ("603.076 lượt người"). */
function isFlow(f: Fig, unit: string | null): boolean {
  if (f.metric !== null && FLOWS.has(f.metric)) return true
  return f.p.kind === 'number' && unit !== null && /lượt/u.test(unit)
}
