/**
 * The reference for the indexed checks of src/check/check.ts: the same checks as they were
 * written before the lookups were indexed (each figure scans all figures), kept only to compare
 * against. Any change to what a check finds must be made in both.
 */

import type { AgingSummary } from '../../src/arrears/aging'
import { averageDebt, checkAging, checkAgingTotal } from '../../src/arrears/check'
import type { CheckOptions, Trend } from '../../src/check/check'
import { changesAgree } from '../../src/check/check'
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
  stretchable,
} from '../../src/check/findings'
import { rateChecks } from '../../src/check/rates'
import { restatements } from '../../src/check/restatements'
import { Decimal, toDecimal } from '../../src/decimal'
import type { ExtractedFigure, FigureRole } from '../../src/extract/types'
import {
  addIntervals,
  divIntervals,
  type Interval,
  midpoint,
  mulIntervals,
  span,
  subIntervals,
} from '../../src/figure/interval'
import type { Messages } from '../../src/number/errors'
import { periodEquals, yearOf } from '../../src/period/ops'
import type { Period } from '../../src/period/types'
import { SCHEMES, type SchemeCode } from '../../src/scheme/schemes'

const ONE = /* @__PURE__ */ span(new Decimal(1), new Decimal(1))
const at = (f: ExtractedFigure) => (level: Level) => intervalAt(f, level)
/** A stated figure as the stated side of a relation: its interval at each level, and its value. */
const side = (f: ExtractedFigure) => ({
  at: at(f),
  value: (f.figure as NonNullable<ExtractedFigure['figure']>).value,
})
const usable = (f: ExtractedFigure): boolean => f.figure !== null && f.duplicateOf === null

const yearOfOrNull = (p: Period | null): number | null => {
  if (p === null) return null
  try {
    return yearOf(p)
  } catch {
    return null
  }
}

/** Whether two schemes are the same, or `ALL`/a grouping stands for the other. */
const sameScheme = (a: SchemeCode | null, b: SchemeCode | null): boolean => a === b

const samePeriod = (a: Period | null, b: Period | null): boolean => {
  if (a === null || b === null) return a === b
  try {
    return periodEquals(a, b)
  } catch {
    return false
  }
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
  for (const a of figures) {
    if (a.role !== 'attainment' || a.linkedTo === null || !usable(a)) continue
    const q = figures[a.linkedTo]
    if (q === undefined || !usable(q)) continue
    const year = yearOfOrNull(q.period ?? a.period)
    let t = figures.find(
      (t) =>
        t.role === 'target' &&
        usable(t) &&
        t.targetOf !== 'growth' &&
        t.figure?.unit === q.figure?.unit &&
        sameScheme(t.scheme, q.scheme ?? a.scheme) &&
        (t.metric === null || a.metric === null || t.metric === a.metric) &&
        (year === null || yearOfOrNull(t.period) === null || yearOfOrNull(t.period) === year),
    )
    // a plan naming no scheme, in the attainment's sentence or the part right before it
    const schemeless =
      t === undefined && (q.scheme ?? a.scheme) !== null
        ? figures.find(
            (u) =>
              u.role === 'target' &&
              usable(u) &&
              u.targetOf !== 'growth' &&
              u.figure?.unit === q.figure?.unit &&
              u.scheme === null &&
              (u.metric === null || a.metric === null || u.metric === a.metric) &&
              (year === null || yearOfOrNull(u.period) === null || yearOfOrNull(u.period) === year),
          )
        : undefined
    if (
      t === undefined &&
      schemeless &&
      (schemeless.sentence[0] === a.sentence[0] ||
        (a.sentence[0] - schemeless.sentence[1] <= 2 && schemeless.span[0] < a.span[0]))
    )
      t = schemeless
    // a plan in a sentence with an attainment of its own is that attainment's
    if (
      t !== undefined &&
      t.sentence[0] !== a.sentence[0] &&
      figures.some((b) => b.role === 'attainment' && b.linkedTo !== null && b.sentence[0] === t?.sentence[0])
    )
      t = undefined
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
 * current ÷ (1 + growth) ⇒ the earlier value, against a stated one; a multiple ⇒ a bound.
 * A growth of a rate stated in % is ambiguous (points or relative): both readings are given.
 * A growth over 100% written "tăng X%" may mean "X% of": both readings are given.
 */
function growths(figures: readonly ExtractedFigure[]): Finding[] {
  const out: Finding[] = []
  for (const g of figures) {
    if ((g.role !== 'growth' && g.role !== 'growth-multiple') || g.linkedTo === null || !usable(g)) continue
    const q = figures[g.linkedTo]
    if (q === undefined || !usable(q)) continue
    const unit = q.figure?.unit ?? null
    const rate = unit === 'ratio'
    const gUnit = g.figure?.unit
    if (g.role === 'growth' && rate && gUnit === 'ratio') continue // in src/check/rates.ts
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
    const stated = figures.find(
      (s) =>
        s !== q &&
        usable(s) &&
        s.role === q.role &&
        sameScheme(s.scheme, q.scheme) &&
        s.figure?.unit === unit &&
        before !== null &&
        (samePeriod(s.period, before) || yearOfOrNull(s.period) === yearOfOrNull(before)),
    )
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
    if (g.role === 'growth' && gUnit !== 'ratio') {
      // an absolute change: current ∓ change against a figure of exactly the earlier period
      if (g.change !== 'absolute' || gUnit !== unit || rate || before === null || g.direction === null)
        continue
      const exact = figures.find(
        (s) =>
          s !== q &&
          usable(s) &&
          s.role === q.role &&
          s.scheme === q.scheme &&
          s.figure?.unit === unit &&
          samePeriod(s.period, before),
      )
      if (exact === undefined) continue
      const down = g.direction === 'down'
      const prev = (level: Level) =>
        down
          ? addIntervals(intervalAt(q, level), intervalAt(g, level))
          : subIntervals(intervalAt(q, level), intervalAt(g, level))
      const op = down ? '+' : '−'
      out.push(
        finding(
          'implied-previous',
          [cite(q), cite(g), cite(exact)],
          prev,
          side(exact),
          stretchable(q) || stretchable(g) || stretchable(exact),
          (imp, severity, gap) => ({
            vi: `${q.raw} ${op} ${g.raw} = ${showInterval(imp, unit)}${against(gap, exact.raw).vi}: ${SEVERITY_WORDS[severity].vi}`,
            en: `${q.raw} ${op} ${g.raw} = ${showInterval(imp, unit)}${against(gap, exact.raw).en}: ${SEVERITY_WORDS[severity].en}`,
          }),
        ),
      )
      continue
    }
    if (stated === undefined) continue
    const down = g.direction === 'down'
    const sign = down ? '−' : '+'
    const previous = (level: Level) =>
      divIntervals(
        intervalAt(q, level),
        down ? subIntervals(ONE, intervalAt(g, level)) : addIntervals(ONE, intervalAt(g, level)),
      )
    try {
      out.push(
        finding(
          'implied-previous',
          [cite(q), cite(g), cite(stated)],
          previous,
          side(stated),
          stretchable(q) || stretchable(g) || stretchable(stated),
          (imp, severity, gap) => ({
            vi: `${q.raw} ÷ (1 ${sign} ${g.raw}) = ${showInterval(imp, unit)}${against(gap, stated.raw).vi}: ${SEVERITY_WORDS[severity].vi}`,
            en: `${q.raw} ÷ (1 ${sign} ${g.raw}) = ${showInterval(imp, unit)}${against(gap, stated.raw).en}: ${SEVERITY_WORDS[severity].en}`,
          }),
        ),
      )
    } catch {
      // a fall that may be 100%: no earlier value
    }
  }
  return out
}

/** The participants a coverage rate is about: the same scheme's, or the sum of a grouping's members. */
function participantsOf(c: ExtractedFigure, figures: readonly ExtractedFigure[]): ExtractedFigure[] {
  const linked = c.linkedTo === null ? undefined : figures[c.linkedTo]
  if (linked !== undefined && linked.role === 'participants' && usable(linked) && linked.scheme === c.scheme)
    return [linked]
  const candidates = figures.filter(
    (p) =>
      p.role === 'participants' && usable(p) && p.figure?.unit === 'person' && samePeriod(p.period, c.period),
  )
  const own = candidates.filter((p) => p.scheme === c.scheme)
  if (own.length > 0) return [own[own.length - 1] as ExtractedFigure]
  const scheme = c.scheme === null ? undefined : SCHEMES[c.scheme]
  if (scheme === undefined || scheme.members.length < 2) return []
  const parts = scheme.members.map((m) => candidates.filter((p) => p.scheme === m).at(-1))
  return parts.every((p) => p !== undefined) ? (parts as ExtractedFigure[]) : []
}

/** participants ÷ coverage ⇒ the base; against a known base; and across schemes sharing one. */
function coverages(figures: readonly ExtractedFigure[], options: CheckOptions): Finding[] {
  const out: Finding[] = []
  const implied: { c: ExtractedFigure; parts: ExtractedFigure[]; base: (level: Level) => Interval }[] = []
  for (const c of figures) {
    if (c.role !== 'coverage' || !usable(c) || c.figure?.unit !== 'ratio') continue
    const parts = participantsOf(c, figures)
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
    if (known === undefined) continue
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
  for (let i = 0; i < labour.length; i++)
    for (let j = i + 1; j < labour.length; j++) {
      const a = labour[i] as (typeof labour)[number]
      const b = labour[j] as (typeof labour)[number]
      if (a.c.scheme === b.c.scheme || !samePeriod(a.c.period, b.c.period)) continue
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
  return out
}

/** A total and its parts in one sentence: same role, unit and period; the parts' schemes are the total's members. */
function partsAndTotals(figures: readonly ExtractedFigure[]): Finding[] {
  const out: Finding[] = []
  for (const t of figures) {
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
    const parts = figures.filter(
      (p) =>
        p !== t &&
        usable(p) &&
        p.sentence[0] === t.sentence[0] &&
        p.role === t.role &&
        p.figure?.unit === t.figure?.unit &&
        p.scheme !== null &&
        p.scheme !== t.scheme &&
        members.has(p.scheme) &&
        samePeriod(p.period, t.period) &&
        p.span[0] > t.span[0],
    )
    if (parts.length < 2 || new Set(parts.map((p) => p.scheme)).size !== parts.length) continue
    // participants of BHXH, BHYT and BHTN overlap: no sum across them
    const family = (x: SchemeCode | null) => (x === 'BHYT' || x === 'BHTN' ? x : 'BHXH')
    if (t.role === 'participants' && new Set(parts.map((p) => family(p.scheme))).size > 1) continue
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

/** A growth target applied to the latest value, against a level target of the same year and scheme. */
function targetGrowths(figures: readonly ExtractedFigure[]): Finding[] {
  const out: Finding[] = []
  for (const g of figures) {
    if (g.role !== 'target' || g.targetOf !== 'growth' || !usable(g)) continue
    const year = yearOfOrNull(g.period)
    if (year === null) continue
    const level = figures.find(
      (t) =>
        t.role === 'target' &&
        t.targetOf !== 'growth' &&
        usable(t) &&
        t.scheme === g.scheme &&
        yearOfOrNull(t.period) === year &&
        t.figure?.unit === 'person',
    )
    const latest = figures.filter(
      (q) =>
        q.role === 'participants' &&
        usable(q) &&
        q.scheme === g.scheme &&
        yearOfOrNull(q.period) === year - 1 &&
        q.figure?.unit === 'person',
    )
    const q = latest.find((x) => x.figure?.qualifier === 'exact') ?? latest[0]
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
function trends(figures: readonly ExtractedFigure[], stated: readonly Trend[]): Finding[] {
  const out: Finding[] = []
  for (const t of stated) {
    const series = figures
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
 */
function arrears(figures: readonly ExtractedFigure[], aging: AgingSummary | undefined): Finding[] {
  const out: Finding[] = []
  const items = figures.filter(
    (f) => usable(f) && (f.role === 'arrears-amount' || f.role === 'arrears-employers'),
  )
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
              // an amount that counts the interest is not compared with the summary's (without it)
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
  // a stated total (no bucket) and the buckets of the same sentence
  for (const total of items.filter((f) => f.aging === null && f.figure !== null)) {
    const parts = items.filter(
      (p) =>
        p.aging !== null && p.role === total.role && p.sentence[0] === total.sentence[0] && p.figure !== null,
    )
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

/** checkFigures as it was, without its input check. */
export function referenceCheckFigures(
  figures: readonly ExtractedFigure[],
  options: CheckOptions = {},
): readonly Finding[] {
  return [
    ...impliedPlans(figures),
    ...growths(figures),
    ...rateChecks(figures), // linear, no index to compare
    ...changesAgree(figures), // linear, no index to compare
    ...coverages(figures, options),
    ...partsAndTotals(figures),
    ...targetGrowths(figures),
    ...trends(figures, options.trends ?? []),
    ...arrears(figures, options.aging),
    ...restatements(figures), // no index to compare
  ]
}

const TREND = /năm sau (cao|thấp) hơn năm trước|(tăng|giảm) (?:dần )?(?:đều )?qua (?:các|từng) năm/giu

/** trendsIn as it was: each match scans all figures for those of its sentence. */
export function referenceTrendsIn(text: string, figures: readonly ExtractedFigure[]): Trend[] {
  const out: Trend[] = []
  const nfc = text.normalize('NFC')
  if (nfc.length !== text.length) return out
  for (const m of nfc.matchAll(TREND)) {
    const at = m.index ?? 0
    const inSentence = figures.filter((f) => f.sentence[0] <= at && at < f.sentence[1] && f.role !== 'other')
    const counts = new Map<string, number>()
    for (const f of inSentence) counts.set(f.role, (counts.get(f.role) ?? 0) + 1)
    const role = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] as FigureRole | undefined
    if (role === undefined) continue
    const first = inSentence.find((f) => f.role === role) as ExtractedFigure
    const up = m[1] === 'cao' || m[2] === 'tăng'
    out.push({
      direction: up ? 'up' : 'down',
      role,
      scheme: first.scheme,
      sentence: first.sentence,
      text: m[0],
    })
  }
  return out
}
