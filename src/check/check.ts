/**
 * Consistency checks over reported figures: what each relation implies, from the figures as
 * written, against what the report (or the caller) states.
 * @module
 */

import type { AgingSummary } from '../arrears/aging'
import { averageDebt, checkAging, checkAgingTotal } from '../arrears/check'
import { Decimal, type DecimalLike, toDecimal } from '../decimal'
import { BhxhError, detail } from '../errors'
import { indexIn, lastIndexIn } from '../extract/text'
import type { ExtractedFigure } from '../extract/types'
import {
  addIntervals,
  divIntervals,
  type Interval,
  midpoint,
  mulIntervals,
  span,
  subIntervals,
} from '../figure/interval'
import type { Messages } from '../number/errors'
import { periodEquals, periodKey } from '../period/ops'
import type { Period } from '../period/types'
import { validateAt } from '../schema/validate'
import { type CoverageBase, SCHEMES, type SchemeCode } from '../scheme/schemes'
import { arrearsShares } from './dues'
import { bracketedEarlier } from './earlier'
import { usable, yearOfOrNull } from './figures'
import {
  cite,
  type Finding,
  type FindingFigure,
  gapOf,
  grade,
  intervalAt,
  type Level,
  SEVERITY_WORDS,
  showGap,
  showInterval,
  splitNotes,
  stretchable,
} from './findings'
import { headlineTotals } from './headlines'
import { orders } from './orders'
import { rateChecks } from './rates'
import { restatements } from './restatements'
import { CheckOptionsSchema } from './schema'

/**
 * Values the report does not state but a check can use: the population and the labour force
 * of the place, for coverage; each with what it is ("Tổng điều tra 2019").
 *
 * @example
 * ```ts
 * checkFigures(figures, { bases: { population: { value: '1288463', source: 'Tổng điều tra dân số 2019' } } })
 * ```
 */
export interface CheckOptions {
  /** Trends the report states, to check the series against (`checkReport` finds them in text). */
  readonly trends?: readonly Trend[]
  /** An aging summary of the arrears data, to check the reported arrears buckets against. */
  readonly aging?: AgingSummary
  /**
   * Known bases for coverage rates, by base name: `population` (dân số, for BHYT),
   * `working-age-labour-force` (lực lượng lao động trong độ tuổi, for BHXH and BHTN).
   */
  readonly bases?: Readonly<Partial<Record<CoverageBase, KnownBase>>>
}

/**
 * A trend a report states: the figures of a role (and scheme) rise, or fall, from year to year.
 *
 * @example
 * ```ts
 * // "số người tham gia BHXH tự nguyện năm sau cao hơn năm trước"
 * const t: Trend = { direction: 'up', role: 'participants', scheme: 'BHXH_TN', text: 'năm sau cao hơn năm trước' }
 * ```
 */
export interface Trend {
  /** Rising (`up`) or falling (`down`). */
  readonly direction: 'up' | 'down'
  /** The figures it is about: their role. */
  readonly role: ExtractedFigure['role']
  /** Their scheme; any when absent. */
  readonly scheme?: SchemeCode | null
  /** The sentence that states it, when from text: only its figures form the series. */
  readonly sentence?: readonly [number, number]
  /** The words, as written. */
  readonly text: string
}

/**
 * A base value the report does not state, with where it comes from.
 *
 * @example
 * ```ts
 * const population: KnownBase = { value: '1288463', source: 'Tổng điều tra dân số 2019' } // Bến Tre
 * ```
 */
export interface KnownBase {
  /** The value (people). */
  readonly value: DecimalLike
  /** Where it comes from, shown in the findings. */
  readonly source: string
}

const ONE = /* @__PURE__ */ span(new Decimal(1), new Decimal(1))
const at = (f: ExtractedFigure) => (level: Level) => intervalAt(f, level)
/** A stated figure as the stated side of a relation: its interval at each level, and its value. */
const side = (f: ExtractedFigure) => ({
  at: at(f),
  value: (f.figure as NonNullable<ExtractedFigure['figure']>).value,
})

const samePeriod = (a: Period | null, b: Period | null): boolean => {
  if (a === null || b === null) return a === b
  try {
    return periodEquals(a, b)
  } catch {
    return false
  }
}

// The checks below find, for each figure, the first (or last) other figure that matches it.
// Scanning all figures for each one is quadratic in a long report; instead each check first puts
// the figures that can match in a `Map` under the values that must be equal (scheme, unit,
// period, year, sentence), so that a figure looks only at its own key. The order of the figures
// is kept in every list, so the first match found is the one a scan would find. Schemes match
// when they are the same code (`null` included); periods when `periodKeyOf` agrees.
// test/check/reference.ts keeps the scans, and test/check/indexed.test.ts compares the two.

/**
 * A period's key for grouping: two periods have the same key exactly when {@link samePeriod}
 * holds (both `null`, or equal); `undefined` for an invalid period, which is the same as none.
 */
const periodKeyOf = (p: Period | null): string | undefined => {
  if (p === null) return 'null'
  try {
    return periodKey(p)
  } catch {
    return undefined
  }
}

/** Appends `value` to the list under `key`. */
function append<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** The figures of each sentence (by its start), in their order. */
type BySentence = ReadonlyMap<number, readonly ExtractedFigure[]>

function bySentence(figures: readonly ExtractedFigure[]): BySentence {
  const out = new Map<number, ExtractedFigure[]>()
  for (const f of figures) {
    const list = out.get(f.sentence[0])
    if (list === undefined) out.set(f.sentence[0], [f])
    else list.push(f)
  }
  return out
}

function finding(
  relation: Finding['relation'],
  figures: readonly FindingFigure[],
  implied: (level: Level) => Interval,
  stated: { at: (level: Level) => Interval; value: Decimal } | null,
  canStretch: boolean,
  words: (implied: Interval, severity: Finding['severity'], gap: Decimal | null) => Messages,
): Finding {
  const imp = implied('written')
  if (stated === null) {
    return {
      relation,
      figures,
      implied: imp,
      stated: null,
      gap: null,
      severity: 'ok',
      readings: [],
      explanation: words(imp, 'ok', null),
    }
  }
  const st = stated.at('written')
  const severity = grade(implied, stated.at, canStretch)
  const gap = gapOf(imp, st, stated.value)
  return {
    relation,
    figures,
    implied: imp,
    stated: st,
    gap,
    severity,
    readings: [],
    explanation: words(imp, severity, gap),
  }
}

/** ", 12,3% above X" / ", against X": how an implied value stands against a stated one. */
const against = (gap: Decimal | null, stated: string): Messages =>
  gap === null || gap.isZero()
    ? { vi: ` so với ${stated}`, en: `, against ${stated}` }
    : gap.isPositive()
      ? { vi: `, cao hơn ${showGap(gap)} so với ${stated}`, en: `, ${showGap(gap)} above ${stated}` }
      : { vi: `, thấp hơn ${showGap(gap)} so với ${stated}`, en: `, ${showGap(gap)} below ${stated}` }

/** actual ÷ attainment ⇒ the plan, against a stated plan or target of the same metric, scheme and year. */
function impliedPlans(figures: readonly ExtractedFigure[]): Finding[] {
  const out: Finding[] = []
  // The first level target under (unit, scheme, metric, year), each of metric and year also as
  // '*' (any): an attainment without a metric takes any target's, one with a metric takes a
  // target of that metric or of none; likewise the year.
  const targets = new Map<string, { at: number; t: ExtractedFigure }>()
  figures.forEach((t, at) => {
    if (t.role !== 'target' || !usable(t) || t.targetOf === 'growth') return
    const year = yearOfOrNull(t.period)
    for (const metric of [String(t.metric), '*'])
      for (const y of [String(year), '*']) {
        const key = `${t.figure?.unit}|${t.scheme}|${metric}|${y}`
        if (!targets.has(key)) targets.set(key, { at, t })
      }
  })
  // "BHXH tỉnh thu 5.215 tỷ đồng, đạt 100,9% dự toán được giao (5.168 tỷ đồng)": a plan in a
  // sentence with an attainment of its own is that attainment's, not one of another sentence's
  const attained = new Set<number>()
  for (const a of figures) if (a.role === 'attainment' && a.linkedTo !== null) attained.add(a.sentence[0])
  for (const a of figures) {
    if (a.role !== 'attainment' || a.linkedTo === null || !usable(a)) continue
    const q = figures[a.linkedTo]
    if (q === undefined || !usable(q)) continue
    const year = yearOfOrNull(q.period ?? a.period)
    let first: { at: number; t: ExtractedFigure } | undefined
    for (const metric of a.metric === null ? ['*'] : ['null', a.metric])
      for (const y of year === null ? ['*'] : ['null', String(year)]) {
        const hit = targets.get(`${q.figure?.unit}|${q.scheme ?? a.scheme}|${metric}|${y}`)
        if (hit !== undefined && (first === undefined || hit.at < first.at)) first = hit
      }
    // A plan that names no scheme ("Kế hoạch thu năm 2024 là 5.680 tỷ đồng; … đạt 4.215,8 tỷ
    // đồng, bằng 74,2% kế hoạch") is the plan of an attainment near it.
    if (first === undefined && (q.scheme ?? a.scheme) !== null) {
      for (const metric of a.metric === null ? ['*'] : ['null', a.metric])
        for (const y of year === null ? ['*'] : ['null', String(year)]) {
          const hit = targets.get(`${q.figure?.unit}|null|${metric}|${y}`)
          if (hit !== undefined && (first === undefined || hit.at < first.at)) first = hit
        }
      // in the attainment's sentence ("đạt 100,9% dự toán được giao (5.168 tỷ đồng)"), or in the
      // sentence (or part after ";") right before it
      const near =
        first !== undefined &&
        (first.t.sentence[0] === a.sentence[0] ||
          (a.sentence[0] - first.t.sentence[1] <= 2 && first.t.span[0] < a.span[0]))
      if (!near) first = undefined
    }
    if (first !== undefined && first.t.sentence[0] !== a.sentence[0] && attained.has(first.t.sentence[0]))
      first = undefined
    const t = first?.t
    // a quantity is not its own plan (a level read as a target, with an attainment on it)
    if (t === undefined || t === q) continue
    const implied = (level: Level) => divIntervals(intervalAt(q, level), intervalAt(a, level))
    const unit = q.figure?.unit ?? null
    out.push(
      finding(
        'implied-plan',
        [cite(q), cite(a), cite(t)],
        implied,
        side(t),
        stretchable(q) || stretchable(a) || stretchable(t),
        (imp, severity, gap) => ({
          vi: `kế hoạch suy ra từ ${q.raw} ÷ ${a.raw} là ${showInterval(imp, unit)}${against(gap, t.raw).vi}: ${SEVERITY_WORDS[severity].vi}`,
          en: `the plan implied by ${q.raw} ÷ ${a.raw} is ${showInterval(imp, unit)}${against(gap, t.raw).en}: ${SEVERITY_WORDS[severity].en}`,
        }),
      ),
    )
  }
  return out
}

/**
 * The `implied-previous` finding of a quantity `q`, its change `g` and the earlier value the
 * report states, with the formula as written (`"7.548 người ÷ (1 + 30%)"`, `"2.000 người − 500 người"`).
 */
function impliedPreviousFinding(
  q: ExtractedFigure,
  g: ExtractedFigure,
  stated: ExtractedFigure,
  previous: (level: Level) => Interval,
  formula: string,
  unit: string | null,
): Finding {
  return finding(
    'implied-previous',
    [cite(q), cite(g), cite(stated)],
    previous,
    side(stated),
    stretchable(q) || stretchable(g) || stretchable(stated),
    (imp, severity, gap) => ({
      vi: `${formula} = ${showInterval(imp, unit)}${against(gap, stated.raw).vi}: ${SEVERITY_WORDS[severity].vi}`,
      en: `${formula} = ${showInterval(imp, unit)}${against(gap, stated.raw).en}: ${SEVERITY_WORDS[severity].en}`,
    }),
  )
}

/**
 * current ÷ (1 + growth) ⇒ the earlier value, against a stated one; a multiple ⇒ a bound.
 * A growth of a rate stated in % (points or relative) is checked by `rateChanges` (./rates).
 * A growth over 100% written "tăng X%" may mean "X% of": both readings are given.
 */
function growths(
  figures: readonly ExtractedFigure[],
  region: string | null,
  text: string | undefined,
): Finding[] {
  const out: Finding[] = []
  // The stated earlier value is the first usable figure of the quantity's role, scheme and unit
  // that has the earlier period, or its year. Equal periods have the same year, so the year alone
  // decides (a period without a year, or none, matches those without one). The first two of each
  // key are kept: the quantity the growth is about is not its own earlier value.
  const earlier = new Map<string, ExtractedFigure[]>()
  for (const s of figures) {
    if (!usable(s)) continue
    const key = `${s.role}|${s.scheme}|${s.figure?.unit}|${yearOfOrNull(s.period)}`
    const list = earlier.get(key)
    if (list === undefined) earlier.set(key, [s])
    else if (list.length < 2) list.push(s)
  }
  // The same, by exact period (for absolute changes); an invalid period is under none.
  const exactly = new Map<string, ExtractedFigure[]>()
  for (const s of figures) {
    const period = periodKeyOf(s.period)
    if (!usable(s) || period === undefined) continue
    const key = `${s.role}|${s.scheme}|${s.figure?.unit}|${period}`
    const list = exactly.get(key)
    if (list === undefined) exactly.set(key, [s])
    else if (list.length < 2) list.push(s)
  }
  for (const g of figures) {
    if ((g.role !== 'growth' && g.role !== 'growth-multiple') || g.linkedTo === null || !usable(g)) continue
    const q = figures[g.linkedTo]
    if (q === undefined || !usable(q)) continue
    const unit = q.figure?.unit ?? null
    const rate = unit === 'ratio'
    const gUnit = g.figure?.unit
    // An absolute change ("tăng 636 người so với năm 2022") implies current − change (or + for
    // a fall), against a stated earlier value of the same role, scheme, unit and period.
    if (g.role === 'growth' && gUnit !== 'ratio') {
      const before = g.against?.period ?? null
      if (g.change !== 'absolute' || gUnit !== unit || rate || before === null || g.direction === null)
        continue
      // only a figure of exactly the earlier period: a year's figure is no month's earlier value
      const stated =
        exactly
          .get(`${q.role}|${q.scheme}|${unit}|${periodKeyOf(before)}`)
          ?.find((s) => s !== q && oneRegion([s, q], region)) ?? bracketedEarlier(figures, g, q, text)
      if (stated === undefined) continue
      const down = g.direction === 'down'
      const previous = (level: Level) =>
        down
          ? addIntervals(intervalAt(q, level), intervalAt(g, level))
          : subIntervals(intervalAt(q, level), intervalAt(g, level))
      out.push(impliedPreviousFinding(q, g, stated, previous, `${q.raw} ${down ? '+' : '−'} ${g.raw}`, unit))
      continue
    }
    // a rate's change in % (points or relative) is checked in ./rates
    if (g.role === 'growth' && rate && gUnit === 'ratio') continue
    if (g.role === 'growth' && gUnit === 'ratio' && (g.figure?.value.gt(1) ?? false)) {
      // "tăng 302,72 %": an increase of 302,72%, or 302,72% of the earlier value?
      const increase = divIntervals(intervalAt(q, 'written'), addIntervals(ONE, intervalAt(g, 'written')))
      const share = divIntervals(intervalAt(q, 'written'), intervalAt(g, 'written'))
      out.push({
        relation: 'growth-reading',
        figures: [cite(q), cite(g)],
        implied: null,
        stated: null,
        gap: null,
        severity: 'ambiguous',
        readings: [
          { label: { vi: `tăng thêm ${g.raw}`, en: `an increase of ${g.raw}` }, implied: increase },
          {
            label: { vi: `bằng ${g.raw} so với trước`, en: `${g.raw} of the earlier value` },
            implied: share,
          },
        ],
        explanation: {
          vi: `«tăng ${g.raw}» trên ${q.raw}: nếu là tăng thêm thì trước đó ${showInterval(increase, unit)}; nếu là bằng ${g.raw} thì ${showInterval(share, unit)}`,
          en: `"up ${g.raw}" on ${q.raw}: as an increase the earlier value was ${showInterval(increase, unit)}; as ${g.raw} of it, ${showInterval(share, unit)}`,
        },
      })
      continue
    }
    const before = g.against?.period ?? null
    const stated =
      (before === null
        ? undefined
        : earlier
            .get(`${q.role}|${q.scheme}|${unit}|${yearOfOrNull(before)}`)
            ?.find((s) => s !== q && oneRegion([s, q], region))) ?? bracketedEarlier(figures, g, q, text)
    if (g.role === 'growth-multiple') {
      // "gấp hơn hai lần": current > 2 × earlier ⇒ earlier < current ÷ 2
      const bound = (level: Level) => {
        // A multiple is read as written unless its qualifier is stretched: five steps of an
        // exact "gấp 2 lần" would be [-3; 7], a divisor through zero and a bound no writer
        // means. It is at least 1.
        const m = intervalAt(g, level === 'stretched' && g.figure?.qualifier !== 'exact' ? level : 'written')
        const i = divIntervals(intervalAt(q, level), span(Decimal.max(m.lo, 1), Decimal.max(m.hi, 1)))
        return span(new Decimal(0), i.hi)
      }
      out.push(
        finding(
          'multiple-bound',
          stated ? [cite(q), cite(g), cite(stated)] : [cite(q), cite(g)],
          bound,
          stated ? side(stated) : null,
          true,
          (imp, severity) => ({
            vi: `${q.raw} ${g.raw} ⇒ trước đó dưới ${showInterval(span(imp.hi, imp.hi), unit)}${stated ? `; báo cáo nêu ${stated.raw}: ${SEVERITY_WORDS[severity].vi}` : ''}`,
            en: `${q.raw} ${g.raw} ⇒ earlier below ${showInterval(span(imp.hi, imp.hi), unit)}${stated ? `; the report states ${stated.raw}: ${SEVERITY_WORDS[severity].en}` : ''}`,
          }),
        ),
      )
      continue
    }
    if (stated === undefined) continue
    // "giảm 3,1% so với cùng kỳ": the earlier value is current ÷ (1 − 3,1%)
    const down = g.direction === 'down'
    const previous = (level: Level) =>
      divIntervals(
        intervalAt(q, level),
        down ? subIntervals(ONE, intervalAt(g, level)) : addIntervals(ONE, intervalAt(g, level)),
      )
    try {
      out.push(
        impliedPreviousFinding(q, g, stated, previous, `${q.raw} ÷ (1 ${down ? '−' : '+'} ${g.raw})`, unit),
      )
    } catch (e) {
      // a fall that may be 100% (read loosely or stretched) leaves no earlier value to divide by
      if (!(e instanceof BhxhError && e.code === 'division-by-zero')) throw e
    }
  }
  return out
}

/**
 * An absolute and a relative change of one quantity ("tăng 4.349 người (63,4%)"): the earlier
 * value each implies, current − change and current ÷ (1 + rate), must meet. Only the first
 * absolute and the first relative change of each quantity, in one sentence and against the same
 * comparison, are paired; a rate's changes are left out (points or relative). Linear.
 * @internal
 */
export function changesAgree(figures: readonly ExtractedFigure[]): Finding[] {
  const out: Finding[] = []
  const pairs = new Map<number, { absolute?: ExtractedFigure; relative?: ExtractedFigure }>()
  for (const g of figures) {
    if (g.role !== 'growth' || g.linkedTo === null || !usable(g)) continue
    if (g.change !== 'absolute' && g.change !== 'relative') continue
    const entry = pairs.get(g.linkedTo) ?? {}
    if (entry[g.change] === undefined) entry[g.change] = g
    pairs.set(g.linkedTo, entry)
  }
  for (const [at, { absolute: a, relative: r }] of pairs) {
    const q = figures[at]
    if (a === undefined || r === undefined || q === undefined || !usable(q)) continue
    const unit = q.figure?.unit ?? null
    if (unit === 'ratio' || a.figure?.unit !== unit || r.figure?.unit !== 'ratio') continue
    if (a.sentence[0] !== r.sentence[0] || a.direction !== r.direction || a.direction === null) continue
    if ((a.against?.text ?? null) !== (r.against?.text ?? null)) continue
    const down = a.direction === 'down'
    if (down && (r.figure?.value.gte(1) ?? true)) continue
    const byChange = (level: Level) =>
      down
        ? addIntervals(intervalAt(q, level), intervalAt(a, level))
        : subIntervals(intervalAt(q, level), intervalAt(a, level))
    const rate = (level: Level) => {
      const i = intervalAt(r, level)
      return down ? subIntervals(ONE, i) : addIntervals(ONE, i)
    }
    const byRate = (level: Level) => divIntervals(intervalAt(q, level), rate(level))
    const sign = down ? '+' : '−'
    const rateSign = down ? '−' : '+'
    // a fall of 100% or more leaves no earlier value to divide by: nothing to check
    try {
      out.push(
        finding(
          'implied-previous',
          [cite(q), cite(a), cite(r)],
          byChange,
          { at: byRate, value: midpoint(byRate('written')) },
          stretchable(q) || stretchable(a) || stretchable(r),
          (imp, severity) => ({
            vi: `trước đó ${q.raw} ${sign} ${a.raw} = ${showInterval(imp, unit)}, còn ${q.raw} ÷ (1 ${rateSign} ${r.raw}) = ${showInterval(byRate('written'), unit)}: ${SEVERITY_WORDS[severity].vi}`,
            en: `earlier ${q.raw} ${sign} ${a.raw} = ${showInterval(imp, unit)}, while ${q.raw} ÷ (1 ${rateSign} ${r.raw}) = ${showInterval(byRate('written'), unit)}: ${SEVERITY_WORDS[severity].en}`,
          }),
        ),
      )
    } catch {
      // the rate's interval reaches 0
    }
  }
  return out
}

/** The participants a coverage rate is about: the same scheme's, or the sum of a grouping's members. */
function participantsOf(
  c: ExtractedFigure,
  figures: readonly ExtractedFigure[],
  last: ReadonlyMap<string, ExtractedFigure>,
): ExtractedFigure[] {
  const linked = c.linkedTo === null ? undefined : figures[c.linkedTo]
  if (linked !== undefined && linked.role === 'participants' && usable(linked) && linked.scheme === c.scheme)
    return [linked]
  const period = periodKeyOf(c.period)
  if (period === undefined) return []
  const own = last.get(`${period}|${c.scheme}`)
  if (own !== undefined) return [own]
  const scheme = c.scheme === null ? undefined : SCHEMES[c.scheme]
  if (scheme === undefined || scheme.members.length < 2) return []
  const parts = scheme.members.map((m) => last.get(`${period}|${m}`))
  return parts.every((p) => p !== undefined) ? (parts as ExtractedFigure[]) : []
}

/** The last usable participants (people) of each period and scheme, for {@link participantsOf}. */
function lastParticipants(figures: readonly ExtractedFigure[]): Map<string, ExtractedFigure> {
  const last = new Map<string, ExtractedFigure>()
  for (const p of figures) {
    if (p.role !== 'participants' || !usable(p) || p.figure?.unit !== 'person') continue
    const period = periodKeyOf(p.period)
    if (period !== undefined) last.set(`${period}|${p.scheme}`, p)
  }
  return last
}

/**
 * What opens a clause that states a base: the population or the labour force as its subject,
 * after at most a period ("Năm 2024, dân số toàn tỉnh khoảng …", "Lực lượng lao động trong độ
 * tuổi của tỉnh năm 2024 là …"), with no word of taking part, paying or a scheme before the figure.
 */
const BASE_SUBJECT =
  /^[\s(]*(?:(?:năm|tính đến|đến)\s[^,;:]{0,30},\s*)?(?:tổng\s+)?(dân số|lực lượng lao động)(?![\p{L}\p{M}])([^\d,;:()]*(?:(?:năm|tháng)\s+[\d/]+[^\d,;:()]*)?)$/iu
const NOT_A_BASE = /tham gia|đóng|hưởng|thẻ|bhxh|bhyt|bhtn|bảo hiểm|tăng|giảm|so với|%/iu

/** The bases the report states, by kind: a count of people whose clause opens with the base. */
function statedBases(
  figures: readonly ExtractedFigure[],
  text: string,
): Map<CoverageBase, ExtractedFigure[]> {
  const out = new Map<CoverageBase, ExtractedFigure[]>()
  for (const f of figures) {
    if (!usable(f) || f.figure?.unit !== 'person' || f.role !== 'other') continue
    if (f.sentence[0] < 0 || f.span[0] > text.length || f.sentence[0] > f.span[0]) continue
    // the clause is the figure's sentence, or the bracket it stands in ("… 92,6% dân số (dân số 1.640.000 người)")
    const open = lastIndexIn(text, '(', f.sentence[0], f.span[0])
    const from = open >= 0 && indexIn(text, ')', open, f.span[0]) < 0 ? open : f.sentence[0]
    const m = BASE_SUBJECT.exec(text.slice(from, f.span[0]).normalize('NFC'))
    if (m === null || NOT_A_BASE.test(m[2] ?? '')) continue
    const kind: CoverageBase =
      (m[1] ?? '').toLowerCase() === 'dân số' ? 'population' : 'working-age-labour-force'
    append(out as Map<string, ExtractedFigure[]>, kind, f)
  }
  return out
}

/** participants ÷ coverage ⇒ the base; against a known base; and across schemes sharing one. */
function coverages(
  figures: readonly ExtractedFigure[],
  options: CheckOptions,
  text: string | undefined,
): Finding[] {
  const out: Finding[] = []
  const stated = text === undefined ? new Map<CoverageBase, ExtractedFigure[]>() : statedBases(figures, text)
  const implied: { c: ExtractedFigure; parts: ExtractedFigure[]; base: (level: Level) => Interval }[] = []
  const last = lastParticipants(figures)
  for (const c of figures) {
    if (c.role !== 'coverage' || !usable(c) || c.figure?.unit !== 'ratio') continue
    const parts = participantsOf(c, figures, last)
    if (parts.length === 0) continue
    const base = (level: Level) =>
      divIntervals(
        parts
          .slice(1)
          .reduce(
            (sum, p) => addIntervals(sum, intervalAt(p, level)),
            intervalAt(parts[0] as ExtractedFigure, level),
          ),
        intervalAt(c, level),
      )
    implied.push({ c, parts, base })
    const kind = c.base ?? (c.scheme === 'BHYT' ? 'population' : 'working-age-labour-force')
    const known = options.bases?.[kind === 'population' ? 'population' : 'working-age-labour-force']
    if (known === undefined) {
      // a base the report states ("Lực lượng lao động trong độ tuổi của tỉnh năm 2024 là 620.000 người")
      const year = yearOfOrNull(c.period)
      const b = stated
        .get(kind)
        ?.find((x) => x.period === null || year === null || yearOfOrNull(x.period) === year)
      if (b !== undefined) {
        const raws = parts.map((p) => p.raw).join(' + ')
        out.push(
          finding(
            'implied-base',
            [...parts.map(cite), cite(c), cite(b)],
            base,
            side(b),
            parts.some(stretchable) || stretchable(c) || stretchable(b),
            (imp, severity, gap) => ({
              vi: `${kind === 'population' ? 'dân số' : 'lực lượng lao động'} suy ra từ ${raws} ÷ ${c.raw} là ${showInterval(imp, 'person')}${against(gap, b.raw).vi}: ${SEVERITY_WORDS[severity].vi}`,
              en: `the ${kind === 'population' ? 'population' : 'labour force'} implied by ${raws} ÷ ${c.raw} is ${showInterval(imp, 'person')}${against(gap, b.raw).en}: ${SEVERITY_WORDS[severity].en}`,
            }),
          ),
        )
      }
      continue
    }
    const value = toDecimal(known.value)
    const given = span(value, value)
    const raws = parts.map((p) => p.raw).join(' + ')
    out.push(
      finding(
        'implied-base',
        [
          ...parts.map(cite),
          cite(c),
          { index: null, raw: `${value.toString()} (${known.source})`, span: null, role: 'given' },
        ],
        base,
        { at: () => given, value },
        parts.some(stretchable) || stretchable(c),
        (imp, severity, gap) => ({
          vi: `${kind === 'population' ? 'dân số' : 'lực lượng lao động'} suy ra từ ${raws} ÷ ${c.raw} là ${showInterval(imp, 'person')}${against(gap, `${showInterval(given, 'person')} (${known.source})`).vi}: ${SEVERITY_WORDS[severity].vi}`,
          en: `the ${kind === 'population' ? 'population' : 'labour force'} implied by ${raws} ÷ ${c.raw} is ${showInterval(imp, 'person')}${against(gap, `${showInterval(given, 'person')} (${known.source})`).en}: ${SEVERITY_WORDS[severity].en}`,
        }),
      ),
    )
  }
  // BHXH and BHTN share the labour force: their implied bases must meet.
  const labour = implied.filter(
    (x) =>
      (x.c.base ?? (x.c.scheme === 'BHYT' ? 'population' : 'working-age-labour-force')) ===
      'working-age-labour-force',
  )
  // Pairs of the same period and different schemes, in the order of a scan over all pairs (i < j):
  // the later items of each other scheme in the same period, merged by position.
  const periods = labour.map((x) => periodKeyOf(x.c.period))
  const later = new Map<string, number[]>()
  const schemesOf = new Map<string, Set<SchemeCode | null>>()
  labour.forEach((x, i) => {
    const period = periods[i]
    if (period === undefined) return
    append(later, `${period}|${x.c.scheme}`, i)
    const set = schemesOf.get(period)
    if (set === undefined) schemesOf.set(period, new Set([x.c.scheme]))
    else set.add(x.c.scheme)
  })
  for (let i = 0; i < labour.length; i++) {
    const a = labour[i] as (typeof labour)[number]
    const period = periods[i]
    if (period === undefined) continue
    const js: number[] = []
    for (const scheme of schemesOf.get(period) ?? []) {
      if (scheme === a.c.scheme) continue
      const list = later.get(`${period}|${scheme}`) ?? []
      for (let k = firstAfter(list, i); k < list.length; k++) js.push(list[k] as number)
    }
    js.sort((x, y) => x - y)
    for (const j of js) {
      const b = labour[j] as (typeof labour)[number]
      out.push(
        finding(
          'shared-base',
          [...a.parts.map(cite), cite(a.c), ...b.parts.map(cite), cite(b.c)],
          a.base,
          { at: b.base, value: midpoint(b.base('written')) },
          true,
          (imp, severity) => ({
            vi: `lực lượng lao động suy ra từ ${a.c.raw} (${showInterval(imp, 'person')}) và từ ${b.c.raw} (${showInterval(b.base('written'), 'person')}): ${SEVERITY_WORDS[severity].vi}`,
            en: `the labour force implied by ${a.c.raw} (${showInterval(imp, 'person')}) and by ${b.c.raw} (${showInterval(b.base('written'), 'person')}): ${SEVERITY_WORDS[severity].en}`,
          }),
        ),
      )
    }
  }
  return out
}

/** The position of the first item of an ascending list greater than `x` (the list's length if none). */
function firstAfter(list: readonly number[], x: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((list[mid] as number) > x) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** The members a part covers, and whether parts nest (one part's scheme includes another's). */
const membersOf = (s: SchemeCode): readonly string[] => SCHEMES[s].members

/**
 * Whether parts are participants of more than one of BHXH, BHYT and BHTN: people join several
 * schemes at once (a BHXH bắt buộc participant is in BHTN and BHYT too), so only BHXH bắt buộc and tự nguyện (or sub-groups of one scheme) are
 * disjoint, and such counts are no sum.
 */
const acrossSchemes = (t: ExtractedFigure, parts: readonly ExtractedFigure[]): boolean => {
  const family = (s: SchemeCode | null) => (s === 'BHYT' || s === 'BHTN' ? s : 'BHXH')
  return t.role === 'participants' && new Set(parts.map((p) => family(p.scheme))).size > 1
}

/** Whether the text between two sentences only goes on with a list: a ";" and spaces. */
const continuesList = (gap: string): boolean => /^[^\S\n]*;\s*$/u.test(gap) && !/\n\s*\n/u.test(gap)

/**
 * What introduces the parts of a total: "trong đó", "bao gồm", "gồm", "cụ thể", a bracket that
 * opens with a scheme right after a figure ("4.200 tỷ đồng (BHXH bắt buộc 2.700 tỷ đồng; …)"; not
 * an abbreviation's, "bảo hiểm xã hội (BHXH)").
 */
const ENUMERATION =
  /(?<![\p{L}\p{N}])(?:trong đó|bao gồm|gồm|cụ thể)(?![\p{L}\p{N}])|(?<=(?:\d|đồng|người|đơn vị)\s?)\((?=\s*(?:BHXH|BHYT|BHTN|bảo hiểm)(?![\p{L}\p{N}]))/giu

/**
 * Whether a figure can be a total: a count or an amount of a known whole (not a rate, an
 * attainment, a change or a target; arrears buckets have their own check, `arrears-total`).
 */
const totalLike = (t: ExtractedFigure): boolean =>
  usable(t) &&
  t.figure?.unit !== 'ratio' &&
  t.role !== 'attainment' &&
  t.role !== 'growth' &&
  t.role !== 'growth-multiple' &&
  t.role !== 'target' &&
  t.role !== 'arrears-amount' &&
  t.role !== 'arrears-employers' &&
  t.scheme !== null &&
  (t.role !== 'other' || t.metric !== null)

/** Whether a figure can be one part of the total `t`: same unit, period, role (and metric) and a narrower or equal scheme. */
const partOf = (p: ExtractedFigure, t: ExtractedFigure): boolean =>
  usable(p) &&
  p.figure?.unit === t.figure?.unit &&
  p.role === t.role &&
  (p.metric === null || t.metric === null || p.metric === t.metric) &&
  samePeriod(p.period, t.period) &&
  p.scheme !== null &&
  t.scheme !== null &&
  membersOf(p.scheme).every((m) => membersOf(t.scheme as SchemeCode).includes(m))

/** The parts-total finding of a total and its parts; `exhaustive` when the parts cover the total's members. */
function partsFinding(
  t: ExtractedFigure,
  parts: readonly ExtractedFigure[],
  exhaustive: boolean,
): Finding | null {
  const sum = (level: Level) =>
    parts
      .slice(1)
      .reduce((s, p) => addIntervals(s, intervalAt(p, level)), intervalAt(parts[0] as ExtractedFigure, level))
  // A qualifier read the wrong way ("gần 2.000" for a sum of 2.013) is a stretch: at that level
  // the stated side also reaches as far past the value as the qualifier reaches before it.
  const stated = {
    at: (level: Level): Interval => {
      const i = intervalAt(t, level)
      if (level !== 'stretched' || !stretchable(t)) return i
      const w = intervalAt(t, 'written')
      const v = (t.figure as NonNullable<ExtractedFigure['figure']>).value
      const lo = Decimal.min(i.lo, v.times(2).minus(w.hi))
      const hi = Decimal.max(i.hi, v.times(2).minus(w.lo))
      return span(lo, hi)
    },
    value: (t.figure as NonNullable<ExtractedFigure['figure']>).value,
  }
  const unit = t.figure?.unit ?? null
  const f = finding(
    'parts-total',
    [...parts.map(cite), cite(t)],
    sum,
    stated,
    parts.some(stretchable) || stretchable(t),
    (imp, severity) => ({
      vi: `${parts.map((p) => p.raw).join(' + ')} = ${showInterval(imp, unit)}, tổng nêu ${t.raw}: ${SEVERITY_WORDS[severity].vi}`,
      en: `${parts.map((p) => p.raw).join(' + ')} = ${showInterval(imp, unit)}, stated total ${t.raw}: ${SEVERITY_WORDS[severity].en}`,
    }),
  )
  // A list that may leave parts out ("trong đó" naming some schemes) says nothing when its sum
  // falls short: only a sum that agrees, or one above the total, is reported.
  if (exhaustive || f.severity === 'ok') return f
  const imp = sum('written')
  return imp.lo.gt(intervalAt(t, 'written').hi) ? f : null
}

/**
 * Totals followed by an enumeration of their parts ("tổng thu 227 tỷ đồng. Cụ thể: BHXH bắt
 * buộc …, BHTN …"; "… 278 tỷ đồng, trong đó …"): the total is the last figure that can be one
 * before the marker, in its sentence or the sentence just before; the parts are the figures after
 * the marker (up to the next one) and in the sentences that follow without a blank line, while
 * they add a scheme. Each figure is read once per marker: linear in the text. Each total's
 * finding (or `null`: no finding) is put in `used`.
 */
function enumerations(sentences: BySentence, text: string, used: Map<ExtractedFigure, Finding | null>): void {
  const order = [...sentences.values()]
  order.forEach((own, k) => {
    const [start, end] = (own[0] as ExtractedFigure).sentence
    if (start < 0 || end > text.length || end <= start) return
    const body = text.slice(start, end)
    const marks = [...body.matchAll(ENUMERATION)].map((m) => start + (m.index ?? 0))
    marks.forEach((mark, n) => {
      const next = marks[n + 1] ?? end
      const before = own.filter((f) => f.span[1] <= mark)
      let t = [...before].reverse().find(totalLike)
      if (before.some((f) => f !== t && t !== undefined && f.span[0] > t.span[0] && partOf(f, t))) return
      if (t === undefined && before.length === 0 && k > 0) {
        const prev = order[k - 1] as readonly ExtractedFigure[]
        const gap = text.slice((prev[0] as ExtractedFigure).sentence[1], start)
        // a sentence (or paragraph) that opens with the marker refers back to the one before
        if (/\S/.test(gap.replace(/[.:;!?)\]"'”»]/g, ''))) return
        t = [...prev].reverse().find(totalLike)
      }
      if (t === undefined || used.has(t)) return
      const total = t
      const parts = own.filter((p) => p.span[0] >= mark && p.span[0] < next && partOf(p, total))
      // following sentences, while each adds schemes not yet named and nothing else of the kind
      for (let j = k + 1; j < order.length && next === end; j++) {
        const later = order[j] as readonly ExtractedFigure[]
        const prevEnd = (order[j - 1] as readonly ExtractedFigure[])[0]?.sentence[1] ?? end
        const gap = text.slice(prevEnd, (later[0] as ExtractedFigure).sentence[0])
        if (/\n\s*\n/.test(gap)) break
        const named = new Set(parts.flatMap((p) => membersOf(p.scheme as SchemeCode)))
        const kind = later.filter(
          (f) => usable(f) && f.role === total.role && f.figure?.unit === total.figure?.unit,
        )
        const more = kind.filter((p) => partOf(p, total))
        // "… 985.600 người, trong đó nhóm A 142.300 người; nhóm B 418.900 người; …": items after
        // ";" go on with the list; groups of the total's own scheme name no new scheme
        const groups = continuesList(gap) && [...parts, ...more].every((p) => p.scheme === total.scheme)
        if (
          more.length === 0 ||
          more.length !== kind.length ||
          (!groups && more.some((p) => membersOf(p.scheme as SchemeCode).some((m) => named.has(m))))
        )
          break
        parts.push(...more)
      }
      if (parts.length < 2) return
      const schemes = parts.map((p) => p.scheme as SchemeCode)
      // parts that nest (BHXH and BHXH bắt buộc) would count one twice
      if (
        schemes.some((a, i) =>
          schemes.some((b, j) => i !== j && a !== b && membersOf(b).every((m) => membersOf(a).includes(m))),
        )
      )
        return
      // people join several schemes at once: only BHXH bắt buộc and tự nguyện (or sub-groups of
      // one scheme) are disjoint, so a count of people across BHXH, BHYT and BHTN is no sum
      if (acrossSchemes(total, parts)) return
      const whole = membersOf(total.scheme as SchemeCode)
      const covered = new Set(schemes.flatMap(membersOf))
      const exhaustive = schemes.every((s) => s !== total.scheme) && whole.every((m) => covered.has(m))
      used.set(total, partsFinding(total, parts, exhaustive))
    })
  })
}

/** A total and its parts in one sentence: same role, unit and period; the parts' schemes are the total's members. */
function partsAndTotals(
  figures: readonly ExtractedFigure[],
  sentences: BySentence,
  text: string | undefined,
): Finding[] {
  // the enumerations' findings by total, each put in the place of its total
  const used = new Map<ExtractedFigure, Finding | null>()
  if (text !== undefined) enumerations(sentences, text, used)
  const out: Finding[] = []
  for (const t of figures) {
    if (used.has(t)) {
      const f = used.get(t)
      if (f) out.push(f)
      continue
    }
    if (
      !usable(t) ||
      t.scheme === null ||
      t.role === 'other' ||
      t.role === 'attainment' ||
      t.role === 'growth'
    )
      continue
    const members = new Set<SchemeCode>(
      t.scheme === 'ALL' ? ['BHXH_BB', 'BHXH_TN', 'BHYT', 'BHTN', 'BHXH'] : SCHEMES[t.scheme].members,
    )
    if (members.size < 2) continue
    const parts = (sentences.get(t.sentence[0]) ?? []).filter(
      (p) =>
        p !== t &&
        usable(p) &&
        p.role === t.role &&
        p.figure?.unit === t.figure?.unit &&
        p.scheme !== null &&
        p.scheme !== t.scheme &&
        members.has(p.scheme) &&
        samePeriod(p.period, t.period) &&
        p.span[0] > t.span[0],
    )
    if (parts.length < 2 || new Set(parts.map((p) => p.scheme)).size !== parts.length) continue
    if (acrossSchemes(t, parts)) continue
    const sum = (level: Level) =>
      parts
        .slice(1)
        .reduce(
          (s, p) => addIntervals(s, intervalAt(p, level)),
          intervalAt(parts[0] as ExtractedFigure, level),
        )
    const unit = t.figure?.unit ?? null
    out.push(
      finding(
        'parts-total',
        [...parts.map(cite), cite(t)],
        sum,
        side(t),
        parts.some(stretchable) || stretchable(t),
        (imp, severity) => ({
          vi: `${parts.map((p) => p.raw).join(' + ')} = ${showInterval(imp, unit)}, tổng nêu ${t.raw}: ${SEVERITY_WORDS[severity].vi}`,
          en: `${parts.map((p) => p.raw).join(' + ')} = ${showInterval(imp, unit)}, stated total ${t.raw}: ${SEVERITY_WORDS[severity].en}`,
        }),
      ),
    )
  }
  return out
}

/** A line that states a list's total: "Tổng cộng:", "Cộng", "Tổng số:", "Toàn tỉnh", a bullet before it. */
const TOTAL_LINE =
  /^[^\S\n]*[-•+*]?[^\S\n]*(?:tổng cộng|cộng|tổng số|tổng|toàn tỉnh|toàn thành phố|toàn huyện)[^\S\n]*[:\-–]?[^\S\n]*$/iu

/**
 * Totals that close a list written one item a line (bullets, a table flattened into lines):
 * "- BHXH bắt buộc: 2.310 tỷ đồng; … Tổng cộng: 3.647 tỷ đồng", "Huyện A: 45.210 người … Tổng
 * cộng: 111.500 người". The items are the lines right above the total's, each with one figure of
 * its unit, role and period, up to a line without one (the list's header); the writer says they
 * add up, so the sum is checked whole. Items of different places (districts) are parts of the
 * total only when each names its place and the total names none, or the report's own; items of
 * schemes that nest, or counts of people across BHXH, BHYT and BHTN, are not summed.
 */
function closingTotals(
  figures: readonly ExtractedFigure[],
  text: string,
  own: string | null,
  taken: ReadonlySet<number>,
): Finding[] {
  const out: Finding[] = []
  // lines of a list are short: their ends are looked for within 2 000 characters (a search to the
  // ends of a long text for each figure would make the check quadratic)
  const lineStart = (i: number) => {
    const from = Math.max(0, i - 2000)
    const k = lastIndexIn(text, '\n', from, i)
    return k < 0 ? from : k + 1
  }
  const lineEnd = (i: number) => {
    const e = indexIn(text, '\n', i, i + 2000)
    return e < 0 ? Math.min(text.length, i + 2000) : e
  }
  figures.forEach((t, k) => {
    if (!usable(t) || taken.has(t.index) || t.figure?.unit === 'ratio') return
    const ls = lineStart(t.span[0])
    if (!TOTAL_LINE.test(text.slice(ls, t.span[0]))) return
    if (!/^[^\S\n]*[.;]?[^\S\n]*$/u.test(text.slice(t.span[1], lineEnd(t.span[1])))) return
    const parts: ExtractedFigure[] = []
    let at = k - 1
    let start = ls
    while (start > 0) {
      const prevStart = lineStart(start - 1)
      if (text.slice(prevStart, start - 1).trim() === '') break
      const inLine: ExtractedFigure[] = []
      while (at >= 0 && (figures[at] as ExtractedFigure).span[0] >= prevStart)
        inLine.push(figures[at--] as ExtractedFigure)
      if (inLine.length !== 1) break
      const p = inLine[0] as ExtractedFigure
      const sameKind =
        usable(p) &&
        p.figure?.unit === t.figure?.unit &&
        (p.role === t.role || p.role === 'other' || t.role === 'other') &&
        (p.metric === null || t.metric === null || p.metric === t.metric) &&
        samePeriod(p.period, t.period) &&
        (t.scheme === null ||
          p.scheme === null ||
          membersOf(p.scheme).every((m) => membersOf(t.scheme as SchemeCode).includes(m)))
      if (!sameKind) return
      parts.unshift(p)
      start = prevStart
    }
    if (parts.length < 2) return
    // the lines name one kind of figure: the reader may have read the role of some of them only
    // (the first under its header, the items it knows), never two different roles
    const roles = new Set([...parts, t].map((p) => p.role).filter((r) => r !== 'other'))
    if (roles.size > 1) return
    const schemes = parts.map((p) => p.scheme)
    if (
      schemes.some(
        (a, i) =>
          a !== null &&
          schemes.some(
            (b, j) => i !== j && b !== null && a !== b && membersOf(b).every((m) => membersOf(a).includes(m)),
          ),
      )
    )
      return
    if (acrossSchemes(t, parts)) return
    // one region for all, or each item its own place under a total of none (or the report's)
    const places = parts.map((p) => p.region)
    const own_ = t.region === null || t.region === own
    if (
      !oneRegion([...parts, t], own) &&
      !(own_ && places.every((r) => r !== null) && new Set(places).size === places.length)
    )
      return
    const f = partsFinding(t, parts, true)
    if (f !== null) out.push(f)
  })
  return out
}

/** A growth target applied to the latest value, against a level target of the same year and scheme. */
function targetGrowths(figures: readonly ExtractedFigure[]): Finding[] {
  const out: Finding[] = []
  // By scheme and year, among figures in people: the first level target; the first participants
  // figure, and the first one written exactly.
  const levels = new Map<string, ExtractedFigure>()
  const latest = new Map<string, { first: ExtractedFigure; exact?: ExtractedFigure }>()
  for (const f of figures) {
    if (!usable(f) || f.figure?.unit !== 'person') continue
    const key = `${f.scheme}|${yearOfOrNull(f.period)}`
    if (f.role === 'target' && f.targetOf !== 'growth' && !levels.has(key)) levels.set(key, f)
    if (f.role === 'participants') {
      const entry = latest.get(key) ?? { first: f }
      if (entry.exact === undefined && f.figure.qualifier === 'exact') entry.exact = f
      latest.set(key, entry)
    }
  }
  for (const g of figures) {
    if (g.role !== 'target' || g.targetOf !== 'growth' || !usable(g)) continue
    const year = yearOfOrNull(g.period)
    if (year === null) continue
    const level = levels.get(`${g.scheme}|${year}`)
    const before = latest.get(`${g.scheme}|${year - 1}`)
    const q = before?.exact ?? before?.first
    if (level === undefined || q === undefined) continue
    const implied = (lv: Level) => mulIntervals(intervalAt(q, lv), addIntervals(ONE, intervalAt(g, lv)))
    const sameMetric = level.metric === null || level.metric === 'participants'
    out.push(
      finding(
        'target-growth',
        [cite(q), cite(g), cite(level)],
        implied,
        side(level),
        stretchable(q) || stretchable(level),
        (imp, severity, gap) => ({
          vi: `${q.raw} × (1 + ${g.raw}) = ${showInterval(imp, 'person')}${against(gap, `chỉ tiêu ${level.raw}`).vi}: ${SEVERITY_WORDS[severity].vi}${severity !== 'ok' && !sameMetric ? ' (chỉ tiêu này có thể đếm số người tham gia mới)' : ''}`,
          en: `${q.raw} × (1 + ${g.raw}) = ${showInterval(imp, 'person')}${against(gap, `the target ${level.raw}`).en}: ${SEVERITY_WORDS[severity].en}${severity !== 'ok' && !sameMetric ? ' (that target may count new participants)' : ''}`,
        }),
      ),
    )
  }
  return out
}

/** A stated trend against its series: each year's figure must move the stated way. */
function trends(
  figures: readonly ExtractedFigure[],
  stated: readonly Trend[],
  sentences: BySentence,
): Finding[] {
  const out: Finding[] = []
  for (const t of stated) {
    const series = (t.sentence === undefined ? figures : (sentences.get(t.sentence[0]) ?? []))
      .filter(
        (f) =>
          usable(f) &&
          f.role === t.role &&
          (t.scheme === undefined || t.scheme === null || f.scheme === t.scheme) &&
          (t.sentence === undefined || f.sentence[0] === t.sentence[0]) &&
          yearOfOrNull(f.period) !== null,
      )
      .sort((a, b) => (yearOfOrNull(a.period) as number) - (yearOfOrNull(b.period) as number))
    if (series.length < 2) continue
    let severity: Finding['severity'] = 'ok'
    const against: string[] = []
    for (let i = 1; i < series.length; i++) {
      const a = (series[i - 1] as ExtractedFigure).figure?.interval
      const b = (series[i] as ExtractedFigure).figure?.interval
      if (a === undefined || b === undefined) continue
      const [lo, hi] = t.direction === 'up' ? [a, b] : [b, a]
      if (hi.hi.lt(lo.lo)) {
        severity = 'conflict'
        against.push(`${(series[i - 1] as ExtractedFigure).raw} → ${(series[i] as ExtractedFigure).raw}`)
      } else if (!hi.lo.gt(lo.hi) && severity === 'ok') severity = 'rounding'
    }
    const list = series.map((f) => `${yearOfOrNull(f.period)}: ${f.raw}`).join(', ')
    const word = t.direction === 'up' ? { vi: 'tăng', en: 'rise' } : { vi: 'giảm', en: 'fall' }
    out.push({
      relation: 'trend',
      figures: series.map(cite),
      implied: null,
      stated: null,
      gap: null,
      severity,
      readings: [],
      explanation:
        severity === 'conflict'
          ? {
              vi: `«${t.text}» nhưng ${against.join('; ')} đi ngược xu hướng (${list})`,
              en: `"${t.text}" says they ${word.en}, but ${against.join('; ')} goes the other way (${list})`,
            }
          : {
              vi: `«${t.text}»: ${list} — ${severity === 'ok' ? 'khớp' : 'chưa chắc chắn trong phạm vi làm tròn'}`,
              en: `"${t.text}": ${list} — ${severity === 'ok' ? 'agrees' : 'within rounding, cannot tell'}`,
            },
    })
  }
  return out
}

/**
 * Arrears: the reported buckets against an aging summary of the data (when given), the buckets
 * against a stated total in the same sentence, and the average debt per employer of a bucket.
 * The summary's amounts are contributions owed without the late-payment interest (kept apart in
 * its rows): a reported amount that says it counts the interest (`interest: 'included'`) is
 * not compared with them; one that says nothing is taken as the summary's kind.
 */
/** A sentence that opens with what introduces parts: "Trong đó, …", "Cụ thể: …", "Gồm …". */
const OPENS_ENUMERATION = /^\s*(?:trong đó|bao gồm|gồm|cụ thể)(?![\p{L}\p{N}])/iu

function arrears(
  figures: readonly ExtractedFigure[],
  aging: AgingSummary | undefined,
  text: string | undefined,
): Finding[] {
  const out: Finding[] = []
  const items = figures.filter(
    (f) => usable(f) && (f.role === 'arrears-amount' || f.role === 'arrears-employers'),
  )
  const itemsOf = bySentence(items)
  const key = (f: ExtractedFigure) =>
    f.aging === null
      ? ''
      : `${f.aging.from}|${f.aging.fromInclusive ?? true}|${f.aging.to ?? null}|${f.aging.toInclusive ?? false}`
  const buckets = new Map<string, { employers?: ExtractedFigure; amount?: ExtractedFigure }>()
  for (const f of items) {
    if (f.aging === null) continue
    const entry = buckets.get(key(f)) ?? {}
    if (f.role === 'arrears-amount' && entry.amount === undefined) entry.amount = f
    if (f.role === 'arrears-employers' && entry.employers === undefined) entry.employers = f
    buckets.set(key(f), entry)
  }
  for (const { employers, amount } of buckets.values()) {
    const first = (amount ?? employers) as ExtractedFigure
    if (aging !== undefined) {
      const scheme = first.scheme !== null && first.scheme in aging.schemes ? first.scheme : 'overall'
      let results: ReturnType<typeof checkAging> = []
      try {
        results = checkAging(
          [
            {
              bucket: first.aging as NonNullable<typeof first.aging>,
              ...(employers?.figure ? { employers: employers.figure } : {}),
              // the summary's amounts are the contributions owed, its interest apart: an amount
              // that counts the interest ("bao gồm cả lãi") is not compared with them
              ...(amount?.figure && amount.interest !== 'included' ? { amount: amount.figure } : {}),
            },
          ],
          aging,
          scheme,
        )
      } catch {
        results = []
      }
      for (const r of results) {
        const f = (r.measure === 'amount' ? amount : employers) as ExtractedFigure
        const computed = r.computed as Decimal
        out.push({
          relation: 'arrears-summary',
          figures: [cite(f)],
          implied: span(computed, computed),
          stated: f.figure?.interval ?? null,
          gap: f.figure ? gapOf(span(computed, computed), f.figure.interval, f.figure.value) : null,
          severity: r.severity,
          readings: [],
          explanation: r.explanation,
        })
      }
    }
    if (employers?.figure && amount?.figure) {
      try {
        const avg = averageDebt(amount.figure, employers.figure)
        out.push({
          relation: 'arrears-average',
          figures: [cite(amount), cite(employers)],
          implied: avg,
          stated: null,
          gap: null,
          severity: 'ok',
          readings: [],
          explanation: {
            vi: `${amount.raw} ÷ ${employers.raw}: bình quân ${showInterval(avg, 'vnd')} mỗi đơn vị`,
            en: `${amount.raw} ÷ ${employers.raw}: on average ${showInterval(avg, 'vnd')} per employer`,
          },
        })
      } catch {
        // an employers' interval that contains 0 gives no average
      }
    }
  }
  // a stated total (no bucket) and the buckets of the same sentence, or of the sentence right
  // after it that opens with "Trong đó" ("Cụ thể", "Gồm") and of those that go on after ";"
  const starts = [...itemsOf.keys()]
  for (const total of items.filter((f) => f.aging === null && f.figure !== null)) {
    const bucketOf = (p: ExtractedFigure) => p.aging !== null && p.role === total.role && p.figure !== null
    const parts = (itemsOf.get(total.sentence[0]) ?? []).filter(bucketOf)
    if (text !== undefined && parts.length === 0)
      for (let j = starts.indexOf(total.sentence[0]) + 1, end = total.sentence[1]; j < starts.length; j++) {
        const later = itemsOf.get(starts[j] as number) as readonly ExtractedFigure[]
        const [from, to] = (later[0] as ExtractedFigure).sentence
        const gap = text.slice(end, from)
        const opens = parts.length === 0 && /^[\s.:]*$/u.test(gap) && !/\n\s*\n/u.test(gap)
        if (
          !(opens && OPENS_ENUMERATION.test(text.slice(from, to))) &&
          !(parts.length > 0 && continuesList(gap))
        )
          break
        // another total (a figure of the role with no bucket) ends the list
        if (later.some((p) => p.role === total.role && p.aging === null)) break
        const more = later.filter(bucketOf)
        if (more.length === 0) break
        parts.push(...more)
        end = to
      }
    if (parts.length < 2) continue
    const r = checkAgingTotal(
      parts.map((p) => p.figure as NonNullable<typeof p.figure>),
      total.figure as NonNullable<typeof total.figure>,
      total.role === 'arrears-amount' ? 'amount' : 'employers',
    )
    out.push({
      relation: 'arrears-total',
      figures: [...parts.map(cite), cite(total)],
      implied: r.computed as Interval,
      stated: total.figure?.interval ?? null,
      gap: gapOf(
        r.computed as Interval,
        (total.figure as NonNullable<typeof total.figure>).interval,
        (total.figure as NonNullable<typeof total.figure>).value,
      ),
      severity: r.severity,
      readings: [],
      explanation: r.explanation,
    })
  }
  return out
}

/**
 * Checks the relations between reported figures (as `extractFigures` returns them): each
 * attainment against the stated plan, each growth (relative or absolute) against the stated
 * earlier value, an absolute and a relative change of one quantity against each other, each
 * coverage against a known base and against the other schemes sharing its base, parts against
 * their total, a growth target against a level target, a series against a stated trend, and
 * arrears buckets against an aging summary, their total and the average per employer; and says
 * where a figure can be read two ways (a rate's change in % — points or relative? — or "tăng
 * 302,72 %"). Figures of repeated passages are left out. What the figures only imply where
 * nothing is stated to compare (a multiple's bound with no earlier value, an average debt) checks
 * nothing: it is not returned here but by {@link figureNotes}. Last, a quantity stated
 * twice (a rounded headline figure and the exact one in the body) is checked against itself
 * (`restatement`). No finding pairs figures of different regions (`ExtractedFigure.region`: a
 * national figure and a provincial one, two provinces), except an aggregate rate against the
 * lowest and highest rates of its parts (`range`, with the report's text); a figure with no region goes with any
 * (`checkReport` reads it as the report's region when one is given).
 *
 * Each implied value is computed with interval arithmetic from the figures as written, and
 * graded against the stated one: `ok` if they meet; `rounding` if they meet when both are read
 * one rounding place more loosely; `stretch` if they meet only when a qualifier ("trên", "gần")
 * is stretched to half the value; else `conflict`.
 *
 * @param figures - the extracted figures
 * @param options - known bases (population, labour force) for coverage, stated trends, an
 *   aging summary of the arrears data
 * @returns the findings (checks only, no notes), in the order of the relations above
 * @throws `BhxhError` `invalid-input` if `figures` is not an array
 *
 * @example
 * ```ts
 * // Tiền Giang 2023: "trên 3.098 tỷ đồng, đạt 53,6% kế hoạch cả năm" … "trên 5.147 tỷ đồng"
 * const [f] = checkFigures(extractFigures(text).figures)
 * f.severity // 'stretch' — 3.098 ÷ 53,6% ≈ 5.780 tỷ, 12,3% above "trên 5.147 tỷ"
 *
 * // "… hơn 25.000 người (tăng 3,2 lần so với năm 2015)", no figure of 2015 stated
 * checkFigures(figures).filter((f) => f.relation === 'multiple-bound') // [] — see figureNotes
 * ```
 */
export function checkFigures(
  figures: readonly ExtractedFigure[],
  options?: CheckOptions,
): readonly Finding[] {
  return splitNotes(figuresChecked(figures, options)).findings
}

/**
 * What the figures imply where the report states nothing to compare it with: the notes that
 * {@link checkFigures} leaves out, in the same shape as its findings (`stated: null`, severity
 * `ok`). A note confirms nothing: a multiple's bound with no earlier value stated
 * (`multiple-bound`), the average debt per employer of an arrears bucket (`arrears-average`), the
 * one reading of a rate's change in % against an unstated goal that gives a rate a target is set
 * to (`rate-change`). `checkReport` returns them as `notes`.
 *
 * @param figures - the extracted figures
 * @param options - as for {@link checkFigures}
 * @returns the notes, in the order of the relations of {@link checkFigures}
 * @throws `BhxhError` `invalid-input` as {@link checkFigures}
 *
 * @example
 * ```ts
 * // "Năm 2023, số người tham gia BHXH tự nguyện đạt hơn 25.000 người (tăng 3,2 lần so với năm 2015)"
 * const [n] = figureNotes(extractFigures(text).figures)
 * n.relation // 'multiple-bound'
 * n.explanation.vi // 'hơn 25.000 người 3,2 lần ⇒ trước đó dưới 8.254'
 * ```
 */
export function figureNotes(figures: readonly ExtractedFigure[], options?: CheckOptions): readonly Finding[] {
  return splitNotes(figuresChecked(figures, options)).notes
}

/** The findings and notes of {@link checkFigures}, after checking its arguments. */
function figuresChecked(figures: readonly ExtractedFigure[], options?: CheckOptions): readonly Finding[] {
  if (!Array.isArray(figures))
    throw new BhxhError('invalid-input', {
      path: ['figures'],
      detail: detail('cần một mảng số liệu', 'expected an array of figures'),
    })
  figures.forEach((f, i) => {
    const x = (typeof f === 'object' && f !== null ? f : {}) as Record<string, unknown>
    const text = (v: unknown) => v === null || typeof v === 'string'
    if (typeof x.role !== 'string' || !('figure' in x) || !text(x.scheme ?? null) || !text(x.metric ?? null))
      throw new BhxhError('invalid-input', {
        path: ['figures', i],
        detail: detail(
          'cần một số liệu của extractFigures (có role và figure; scheme, metric là chuỗi hoặc null)',
          'expected a figure of extractFigures (with role and figure; scheme, metric text or null)',
        ),
      })
  })
  return findingsChecked(figures, options === undefined ? {} : validateAt(CheckOptionsSchema, options))
}

/**
 * Whether figures are of one region (`ExtractedFigure.region`): a figure with none is of the
 * report's own region `own`, and of any region when that is unknown (`null`). A national figure
 * and a provincial one, or two provinces, are not one region: no relation here says why they
 * should be compared (a national total of provincial parts is not checked).
 * @internal
 *
 * @example
 * ```ts
 * oneRegion([{ region: 'national' }, { region: null }], 'Hà Nội') // false
 * oneRegion([{ region: 'national' }, { region: null }], null) // true
 * ```
 */
export function oneRegion(figures: readonly Pick<ExtractedFigure, 'region'>[], own: string | null): boolean {
  let seen: string | null = null
  for (const f of figures) {
    const r = f.region ?? own
    if (r === null) continue
    if (seen === null) seen = r
    else if (r !== seen) return false
  }
  return true
}

/**
 * The findings of figures whose options are already checked (`checkReport` checks them with the
 * report); `region` is the report's own region (see {@link oneRegion}). A finding that cites
 * figures of different regions is dropped, except a `range` finding: an aggregate and the lowest
 * and highest of its parts (a province's rate and its districts') are of different regions by
 * what the relation is.
 * @internal
 */
export function findingsChecked(
  figures: readonly ExtractedFigure[],
  checked: CheckOptions,
  text?: string,
  region: string | null = null,
): readonly Finding[] {
  const sentences = bySentence(figures)
  const byIndex = new Map(figures.map((f) => [f.index, f]))
  const cited = (x: Finding) =>
    x.figures.flatMap((c) => {
      const f = c.index === null ? undefined : byIndex.get(c.index)
      return f === undefined ? [] : [f]
    })
  const found = [
    ...impliedPlans(figures),
    ...growths(figures, region, text),
    ...rateChecks(figures, text, region),
    ...changesAgree(figures),
    ...coverages(figures, checked, text),
    ...partsAndTotals(figures, sentences, text),
    ...targetGrowths(figures),
    ...trends(figures, checked.trends ?? [], sentences),
    ...arrears(figures, checked.aging, text),
    ...restatements(figures),
    ...(text === undefined
      ? []
      : [
          ...headlineTotals(figures, text),
          ...orders(figures, text),
          ...arrearsShares(figures, text, region),
        ]),
  ].filter((x) => x.relation === 'range' || oneRegion(cited(x), region))
  if (text === undefined) return found
  // totals closing a list of lines, not already a total or a part of another finding's sum
  const taken = new Set(
    found.filter((x) => x.relation === 'parts-total').flatMap((x) => x.figures.map((c) => c.index ?? -1)),
  )
  return [...found, ...closingTotals(figures, text, region, taken)]
}
