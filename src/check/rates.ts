/**
 * Checks between rates (coverage rates, their targets and changes) and between counts and the
 * rates stated of them, as a careful reader makes them: the reading of "tăng/vượt X%" on a rate
 * (percentage points or relative) that agrees with what the report states; a coverage rate
 * against the plan's rate and the attainment stated of it; a coverage rate that reaches its
 * target.
 * @module
 */

import { Decimal } from '../decimal'
import { namesGoal } from '../extract/changes'
import type { ExtractedFigure } from '../extract/types'
import { addIntervals, divIntervals, type Interval, span, subIntervals } from '../figure/interval'
import { formatNumber } from '../number/format'
import type { Period } from '../period/types'
import { bracketedEarlier } from './earlier'
import { usable, yearOfOrNull } from './figures'
import {
  cite,
  type Finding,
  gapOf,
  grade,
  intervalAt,
  type Level,
  SEVERITY_WORDS,
  type Severity,
  showInterval,
  stretchable,
} from './findings'

const ONE = /* @__PURE__ */ span(new Decimal(1), new Decimal(1))
/** One tenth of a percent: the finest step a target rate is set to (2,5%, 93,2%, 45%). */
const TARGET_STEP = /* @__PURE__ */ new Decimal('0.001')
const RANK: Readonly<Record<Severity, number>> = { ok: 0, rounding: 1, stretch: 2, conflict: 3, ambiguous: 4 }

const isRate = (f: ExtractedFigure): boolean => usable(f) && f.figure?.unit === 'ratio'

/** What a rate is of: its scheme and region, and its year (a rate and its target share all three). */
const keyOf = (f: ExtractedFigure, period: Period | null = f.period): string =>
  `${f.scheme}|${f.region}|${yearOfOrNull(period)}`

/** Two rates of the same base, or one of them with none named. */
const sameBase = (a: ExtractedFigure, b: ExtractedFigure): boolean =>
  a.base === null || b.base === null || a.base === b.base

/** A level target set as a rate ("trên 88,2% dân số"). */
const rateTarget = (t: ExtractedFigure): boolean =>
  t.role === 'target' &&
  isRate(t) &&
  t.targetOf !== 'growth' &&
  (t.metric === null || t.metric === 'coverage')

function append<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** The readings of a change `g` of a rate `q`: the other rate as percentage points, and as relative. */
function readingsOf(q: ExtractedFigure, g: ExtractedFigure) {
  const down = g.direction === 'down'
  const points = (level: Level) =>
    down
      ? addIntervals(intervalAt(q, level), intervalAt(g, level))
      : subIntervals(intervalAt(q, level), intervalAt(g, level))
  const relative = (level: Level) => {
    const factor = down ? subIntervals(ONE, intervalAt(g, level)) : addIntervals(ONE, intervalAt(g, level))
    return divIntervals(intervalAt(q, level), factor)
  }
  const sign = down ? '+' : '−'
  const rateSign = down ? '−' : '+'
  return [
    {
      at: points,
      label: { vi: 'điểm phần trăm', en: 'percentage points' },
      formula: `${q.raw} ${sign} ${g.raw}`,
    },
    {
      at: relative,
      label: { vi: 'thay đổi tương đối', en: 'relative change' },
      formula: `${q.raw} ÷ (1 ${rateSign} ${g.raw})`,
    },
  ] as const
}

/** Whether an interval, widened by `slack` each way, holds a rate a target is set to (a multiple of 0,1%). */
function holdsTargetStep(i: Interval, slack: Decimal): boolean {
  // a reading at or below 0 is no rate at all
  if (!i.hi.isPositive() || i.hi.isZero()) return false
  const hi = i.hi.plus(slack)
  return hi.div(TARGET_STEP).floor().times(TARGET_STEP).gte(i.lo.minus(slack))
}

/** Half the width of a figure's written interval: how finely it is written. */
const halfWidth = (f: ExtractedFigure): Decimal => {
  const i = intervalAt(f, 'written')
  return i.hi.minus(i.lo).div(2)
}

/** The ambiguous finding of a rate's change that nothing in the report decides. */
function ambiguous(q: ExtractedFigure, g: ExtractedFigure): Finding {
  const [points, relative] = readingsOf(q, g)
  const goal = g.against?.kind === 'plan'
  const p = points.at('written')
  const unit = 'ratio'
  let r: Interval | null = null
  try {
    r = relative.at('written')
  } catch {
    // a fall of 100% or more: no relative reading
  }
  return {
    relation: 'rate-change',
    figures: [cite(q), cite(g)],
    implied: null,
    stated: null,
    gap: null,
    severity: 'ambiguous',
    readings: [
      { label: points.label, implied: p },
      ...(r === null ? [] : [{ label: relative.label, implied: r }]),
    ],
    explanation: {
      vi: `${g.raw} trên tỷ lệ ${q.raw}: nếu là điểm phần trăm thì ${goal ? 'mục tiêu là' : 'trước đó'} ${showInterval(p, unit)}${r === null ? '' : `; nếu là tương đối thì ${showInterval(r, unit)}`}`,
      en: `${g.raw} on the rate ${q.raw}: as percentage points the ${goal ? 'goal' : 'earlier rate'} was ${showInterval(p, unit)}${r === null ? '' : `; as a relative change, ${showInterval(r, unit)}`}`,
    },
  }
}

/**
 * A change of a rate in % ("tăng 5,16%", "vượt 1,42% mục tiêu", "thấp hơn 1,5% so với chỉ tiêu"):
 * - against a stated rate (the target of the same scheme, region and year for a change against
 *   a plan; the rate of the earlier year for a change against a period), the reading that agrees
 *   with it is the one meant: the finding grades the better reading;
 * - against a goal that is not stated, a reading is plausible when it implies a rate a target is
 *   set to (a multiple of 0,1%, within the rounding of the figures): when only one is, it is the
 *   one meant, given as `ok` with no stated side: a note (`ReportCheck.notes`), not a finding,
 *   since nothing stated is compared;
 * - otherwise `ambiguous`, with both readings.
 * A change written in points ("tăng 1,8 điểm phần trăm so với năm 2023") has that one reading,
 * against the earlier rate stated, or written in brackets right after it ("(91,6%)").
 * A change of a coverage rate linked to no figure is about the rate right before it (no other rate
 * between) of its scheme, region and year.
 * A change in % against a resolution's goal attached to a count of participants ("1,83 triệu
 * người (vượt 1,42% so với mục tiêu …)") is `ambiguous` when no rate and no target of that scheme
 * is stated: the goal may be a coverage rate (points) or a number of people (relative).
 *
 * @example
 * ```ts
 * // "đạt 3,92% lực lượng lao động (vượt 1,42% mục tiêu đến năm 2025)"
 * rateChanges(figures)[0].severity // 'ok' (a note): 3,92% − 1,42% = 2,50%, a target's rate; 3,92% ÷ 1,0142 = 3,87% is not
 * ```
 */
export function rateChanges(figures: readonly ExtractedFigure[], text?: string): Finding[] {
  const out: Finding[] = []
  const targets = new Map<string, ExtractedFigure[]>()
  const rates = new Map<string, ExtractedFigure[]>()
  const anyOf = new Set<string>()
  for (const f of figures) {
    if (!usable(f)) continue
    if (f.role === 'target' || f.role === 'coverage') anyOf.add(keyOf(f))
    if (rateTarget(f)) append(targets, keyOf(f), f)
    else if (f.role === 'coverage' && isRate(f)) append(rates, keyOf(f), f)
  }
  // the rate figure before the current one: an unlinked change of a coverage rate right after a
  // coverage rate of its scheme, region and year ("… đạt 89,2% dân số. … tỷ lệ bao phủ này còn
  // khoảng cách 1,5% so với chỉ tiêu") is about that rate
  let previous: ExtractedFigure | undefined
  for (const g of figures) {
    const before = previous
    if (isRate(g)) previous = g
    // "tăng 1,8 điểm phần trăm so với năm 2023 (91,6%)": a change written in points, against the
    // earlier rate stated (one reading only)
    if (g.role === 'growth' && usable(g) && g.figure?.unit === 'points' && g.linkedTo !== null) {
      const q = figures[g.linkedTo]
      const period = g.against?.kind === 'plan' ? null : (g.against?.period ?? null)
      if (q === undefined || !isRate(q)) continue
      const stated =
        (period === null ? undefined : onlyEarlier(rates.get(keyOf(q, period)) ?? [], q)) ??
        bracketedEarlier(figures, g, q, text)
      if (stated !== undefined) out.push(againstStated(q, g, stated, true))
      continue
    }
    if (g.role !== 'growth' || !isRate(g)) continue
    const q =
      g.linkedTo !== null
        ? figures[g.linkedTo]
        : g.metric === 'coverage' && before?.role === 'coverage' && keyOf(before) === keyOf(g)
          ? before
          : undefined
    if (q === undefined || !usable(q)) continue
    const goal = g.against?.kind === 'plan'
    if (q.figure?.unit !== 'ratio') {
      const count = q.role === 'participants' && q.figure?.unit === 'person'
      if (!count || !goal || !namesGoal((g.against?.text ?? '').toLowerCase()) || anyOf.has(keyOf(q)))
        continue
      out.push(countAgainstGoal(q, g))
      continue
    }
    const stated = goal
      ? nearest(targets.get(keyOf(q)) ?? [], g, q)
      : g.against?.period
        ? (onlyEarlier(rates.get(keyOf(q, g.against.period)) ?? [], q) ??
          bracketedEarlier(figures, g, q, text))
        : undefined
    if (stated !== undefined) {
      out.push(againstStated(q, g, stated))
      continue
    }
    if (goal) {
      const slack = Decimal.max(halfWidth(q), halfWidth(g))
      const plausible = readingsOf(q, g).filter((r) => {
        try {
          return holdsTargetStep(r.at('written'), slack)
        } catch {
          return false
        }
      })
      const [only] = plausible
      if (plausible.length === 1 && only !== undefined) {
        const imp = only.at('written')
        out.push({
          relation: 'rate-change',
          figures: [cite(q), cite(g)],
          implied: imp,
          stated: null,
          gap: null,
          severity: 'ok',
          readings: [],
          explanation: {
            vi: `${g.raw} so với mục tiêu, tính theo ${only.label.vi}: ${only.formula} = ${showInterval(imp, 'ratio')}, mức một chỉ tiêu thường được đặt (cách hiểu kia không cho mức như vậy); báo cáo không nêu mục tiêu để đối chiếu`,
            en: `${g.raw} against the goal, as ${only.label.en}: ${only.formula} = ${showInterval(imp, 'ratio')}, a rate a target is set to (the other reading gives none); the report states no goal to compare`,
          },
        })
        continue
      }
    }
    out.push(ambiguous(q, g))
  }
  return out
}

/**
 * The rate of the earlier year a change is against: the one stated (of the rate's base), or none
 * when rates of different values are stated for that year (which one is meant is not known).
 */
function onlyEarlier(list: readonly ExtractedFigure[], q: ExtractedFigure): ExtractedFigure | undefined {
  const candidates = list.filter((s) => s !== q && sameBase(s, q))
  const [first] = candidates
  if (first === undefined) return undefined
  const value = (first.figure as NonNullable<ExtractedFigure['figure']>).value
  return candidates.every((s) => s.figure?.value.eq(value)) ? first : undefined
}

/** The target nearest a change: the last one before it, else the first after; never the rate itself. */
function nearest(
  list: readonly ExtractedFigure[],
  g: ExtractedFigure,
  q: ExtractedFigure,
): ExtractedFigure | undefined {
  let found: ExtractedFigure | undefined
  for (const t of list) {
    if (t === q || !sameBase(t, q)) continue
    if (t.index < g.index) found = t
    else return found ?? t
  }
  return found
}

/** A rate's change against a stated rate: the better of the two readings, graded. */
function againstStated(
  q: ExtractedFigure,
  g: ExtractedFigure,
  stated: ExtractedFigure,
  pointsOnly = false,
): Finding {
  const value = (stated.figure as NonNullable<ExtractedFigure['figure']>).value
  const st = (level: Level) => intervalAt(stated, level)
  const canStretch = stretchable(q) || stretchable(g) || stretchable(stated)
  let best: { severity: Severity; reading: ReturnType<typeof readingsOf>[number] } | undefined
  for (const reading of readingsOf(q, g).slice(0, pointsOnly ? 1 : 2)) {
    try {
      const severity = grade(reading.at, st, canStretch)
      if (best === undefined || RANK[severity] < RANK[best.severity]) best = { severity, reading }
    } catch {
      // a fall of 100% or more: no relative reading
    }
  }
  const { severity, reading } = best as NonNullable<typeof best>
  const imp = reading.at('written')
  const gap = gapOf(imp, st('written'), value)
  return {
    relation: 'rate-change',
    figures: [cite(q), cite(g), cite(stated)],
    implied: imp,
    stated: st('written'),
    gap,
    severity,
    readings: [],
    explanation: {
      vi: `${reading.formula} = ${showInterval(imp, 'ratio')} (${reading.label.vi}), báo cáo nêu ${stated.raw}: ${SEVERITY_WORDS[severity].vi}`,
      en: `${reading.formula} = ${showInterval(imp, 'ratio')} (${reading.label.en}), the report states ${stated.raw}: ${SEVERITY_WORDS[severity].en}`,
    },
  }
}

/** "1,83 triệu người (vượt 1,42% so với mục tiêu …)" with no rate and no target stated. */
function countAgainstGoal(q: ExtractedFigure, g: ExtractedFigure): Finding {
  const down = g.direction === 'down'
  const factor = down
    ? subIntervals(ONE, intervalAt(g, 'written'))
    : addIntervals(ONE, intervalAt(g, 'written'))
  let relative: Interval | null = null
  try {
    relative = divIntervals(intervalAt(q, 'written'), factor)
  } catch {
    // a fall of 100% or more
  }
  const unit = q.figure?.unit ?? null
  const count = relative === null ? '' : showInterval(relative, unit)
  return {
    relation: 'rate-change',
    figures: [cite(q), cite(g)],
    implied: null,
    stated: null,
    gap: null,
    severity: 'ambiguous',
    readings:
      relative === null
        ? []
        : [{ label: { vi: 'thay đổi tương đối', en: 'relative change' }, implied: relative }],
    explanation: {
      vi: `${g.raw} so với mục tiêu, gắn với ${q.raw}: nếu mục tiêu là số người thì là ${count}; nếu là tỷ lệ bao phủ thì ${g.raw} là điểm phần trăm, nhưng báo cáo không nêu tỷ lệ hay mục tiêu nào để kiểm tra`,
      en: `${g.raw} against the goal, on ${q.raw}: if the goal is a number of people it was ${count}; if it is a coverage rate, ${g.raw} is in percentage points, but the report states no rate and no target to check`,
    },
  }
}

/**
 * A coverage rate against the plan's rate, and the attainment stated of it: "tỷ lệ bao phủ 89,2%
 * … so với kế hoạch (đạt tỷ lệ bao phủ 90,9% dân số), số người tham gia mới đạt 98,1% kế hoạch":
 * 89,2% ÷ 90,9% = 98,13%, against 98,1%. The target is the last rate target before the
 * attainment in its sentence; the coverage, the last before it of the target's scheme, region
 * and year. Only an attainment not linked to a quantity (a linked one is checked as actual ÷
 * attainment).
 *
 * @example
 * ```ts
 * // "… đạt 89,2% dân số. So với kế hoạch (tỷ lệ bao phủ 90,9%), … mới đạt 98,1% kế hoạch."
 * rateAttainments(figures)[0].severity // 'ok': 89,2% ÷ 90,9% = 98,13% ≈ 98,1%
 * ```
 */
export function rateAttainments(figures: readonly ExtractedFigure[]): Finding[] {
  const out: Finding[] = []
  const lastCoverage = new Map<string, ExtractedFigure>()
  let target: ExtractedFigure | undefined
  for (const f of figures) {
    if (target !== undefined && target.sentence[0] !== f.sentence[0]) target = undefined
    if (!usable(f)) continue
    if (rateTarget(f)) target = f
    else if (f.role === 'coverage' && isRate(f)) lastCoverage.set(keyOf(f), f)
    else if (f.role === 'attainment' && isRate(f) && f.linkedTo === null && target !== undefined) {
      const t = target
      if (f.metric !== null && f.metric !== 'participants' && f.metric !== 'coverage') continue
      if (f.scheme !== null && f.scheme !== t.scheme) continue
      const c = lastCoverage.get(keyOf(t))
      if (c === undefined || !sameBase(c, t)) continue
      const implied = (level: Level) => divIntervals(intervalAt(c, level), intervalAt(t, level))
      const value = (f.figure as NonNullable<ExtractedFigure['figure']>).value
      let imp: Interval
      let severity: Severity
      try {
        imp = implied('written')
        severity = grade(
          implied,
          (level) => intervalAt(f, level),
          stretchable(c) || stretchable(t) || stretchable(f),
        )
      } catch {
        continue // a target of 0%, read loosely or stretched, reaches 0: nothing to divide by
      }
      const st = intervalAt(f, 'written')
      out.push({
        relation: 'implied-plan',
        figures: [cite(c), cite(t), cite(f)],
        implied: imp,
        stated: st,
        gap: gapOf(imp, st, value),
        severity,
        readings: [],
        explanation: {
          vi: `tỷ lệ đạt kế hoạch suy ra từ ${c.raw} ÷ ${t.raw} là ${showInterval(imp, 'ratio')}, báo cáo nêu ${f.raw}: ${SEVERITY_WORDS[severity].vi}`,
          en: `the attainment implied by ${c.raw} ÷ ${t.raw} is ${showInterval(imp, 'ratio')}, the report states ${f.raw}: ${SEVERITY_WORDS[severity].en}`,
        },
      })
    }
  }
  return out
}

/**
 * A coverage rate that reaches its target: the last coverage rate before a rate target of the
 * same scheme, region, base and year ("đạt 89,4% dân số … tỷ lệ bao phủ BHYT đạt trên 88,2%")
 * is confirmed when even its lowest reading is at or above the target's lowest. A rate below its
 * target gives no finding: a report may say so ("còn khoảng cách"), which is no inconsistency.
 *
 * @example
 * ```ts
 * // "tỷ lệ bao phủ BHYT đạt 89,4% dân số. … mục tiêu … tỷ lệ bao phủ BHYT đạt trên 88,2% dân số"
 * ratesReachingTargets(figures)[0].explanation.en // '89,40% is 1,20 percentage points above the target trên 88,2%: agrees'
 * ```
 */
export function ratesReachingTargets(figures: readonly ExtractedFigure[]): Finding[] {
  const out: Finding[] = []
  const lastCoverage = new Map<string, ExtractedFigure>()
  for (const f of figures) {
    if (!usable(f)) continue
    if (f.role === 'coverage' && isRate(f)) {
      lastCoverage.set(keyOf(f), f)
      continue
    }
    if (!rateTarget(f)) continue
    const c = lastCoverage.get(keyOf(f))
    if (c === undefined || !sameBase(c, f)) continue
    const ci = intervalAt(c, 'written')
    const ti = intervalAt(f, 'written')
    if (ci.lo.lt(ti.lo)) continue
    const above = (c.figure as NonNullable<ExtractedFigure['figure']>).value.minus(
      (f.figure as NonNullable<ExtractedFigure['figure']>).value,
    )
    const points = formatNumber(above.times(100), { decimals: 2 })
    out.push({
      relation: 'rate-target',
      figures: [cite(c), cite(f)],
      implied: ci,
      stated: ti,
      gap: new Decimal(0),
      severity: 'ok',
      readings: [],
      explanation: {
        vi: `${c.raw} cao hơn chỉ tiêu ${f.raw} ${points} điểm phần trăm: đạt chỉ tiêu, ${SEVERITY_WORDS.ok.vi}`,
        en: `${c.raw} is ${points} percentage points above the target ${f.raw}: reached, ${SEVERITY_WORDS.ok.en}`,
      },
    })
  }
  return out
}

/**
 * Between a count and its share: a few words naming the count, then ", chiếm tỷ lệ " or "(chiếm "
 * ("36.398 hộ| nghèo, chiếm tỷ lệ |10,9%"); the share's qualifier is part of the figure.
 */
const SHARE_BETWEEN = /^(?:\s+[\p{L}\p{M}]+){0,4}\s*,?\s*\(?\s*chiếm(?:\s+(?:tỷ lệ|tỉ lệ))?\s*$/u
/** After a share: punctuation or the end, so no whole is named ("chiếm 54% dân số" names one). */
const NO_WHOLE_AFTER = /^\s*(?:[,;.)]|$)/u
/** Words that make the next share one of the figure before ("trong đó", "trong số này"). */
const NESTED = /(?<![\p{L}\p{M}])trong (?:đó|số)(?![\p{L}\p{M}])/u

/**
 * Two counts of one kind, each with its share of a whole not named ("36.398 hộ nghèo, chiếm tỷ
 * lệ 10,9%, 19.612 hộ cận nghèo, chiếm tỷ lệ 5,87%"), in one sentence, period and region: the
 * wholes they imply (36.398 ÷ 10,9% ≈ 333.927 and 19.612 ÷ 5,87% ≈ 334.106 hộ) are one, and must
 * meet. Not when "trong đó"/"trong số" comes between (the second share may be of the first count).
 * Needs the text; without it, nothing.
 *
 * @example
 * ```ts
 * // "năm 2024 có 3.600 hộ nghèo, chiếm tỷ lệ 4%, 2.700 hộ cận nghèo, chiếm tỷ lệ 3%"
 * sharesOfOneWhole(figures, text)[0].severity // 'ok': 3.600 ÷ 4% = 90.000 = 2.700 ÷ 3%
 * ```
 */
export function sharesOfOneWhole(figures: readonly ExtractedFigure[], text: string | undefined): Finding[] {
  const out: Finding[] = []
  if (text === undefined) return out
  const between = (a: number, b: number) =>
    a >= 0 && b <= text.length && a <= b ? text.slice(a, b).normalize('NFC').toLowerCase() : null
  // the previous count with its share, in the current sentence
  let open: { count: ExtractedFigure; share: ExtractedFigure } | undefined
  for (let i = 1; i < figures.length; i++) {
    const share = figures[i] as ExtractedFigure
    const count = figures[i - 1] as ExtractedFigure
    if (open !== undefined && open.count.sentence[0] !== share.sentence[0]) open = undefined
    if (!isRate(share) || !usable(count) || count.figure?.unit === 'ratio' || count.figure?.unit === null)
      continue
    if (count.sentence[0] !== share.sentence[0]) continue
    const words = between(count.span[1], share.span[0])
    const after = between(share.span[1], Math.min(share.span[1] + 3, share.sentence[1], text.length))
    if (words === null || after === null || !SHARE_BETWEEN.test(words) || !NO_WHOLE_AFTER.test(after))
      continue
    const prior = open
    open = { count, share }
    if (prior === undefined) continue
    const a = prior
    const gap = between(a.share.span[1], count.span[0])
    if (gap === null || NESTED.test(gap)) continue
    if (a.count.figure?.unit !== count.figure?.unit || a.count.region !== count.region) continue
    if (keyOf(a.count) !== keyOf(count) || JSON.stringify(a.count.period) !== JSON.stringify(count.period))
      continue
    const whole = (c: ExtractedFigure, r: ExtractedFigure) => (level: Level) =>
      divIntervals(intervalAt(c, level), intervalAt(r, level))
    const first = whole(a.count, a.share)
    const second = whole(count, share)
    const unit = count.figure?.unit ?? null
    try {
      const imp = first('written')
      const other = second('written')
      const severity = grade(
        first,
        second,
        [a.count, a.share, count, share].some((f) => stretchable(f)),
      )
      const value = other.lo.plus(other.hi).div(2)
      out.push({
        relation: 'shared-base',
        figures: [cite(a.count), cite(a.share), cite(count), cite(share)],
        implied: imp,
        stated: other,
        gap: gapOf(imp, other, value),
        severity,
        readings: [],
        explanation: {
          vi: `tổng suy ra từ ${a.count.raw} ÷ ${a.share.raw} (${showInterval(imp, unit)}) và từ ${count.raw} ÷ ${share.raw} (${showInterval(other, unit)}): ${SEVERITY_WORDS[severity].vi}`,
          en: `the whole implied by ${a.count.raw} ÷ ${a.share.raw} (${showInterval(imp, unit)}) and by ${count.raw} ÷ ${share.raw} (${showInterval(other, unit)}): ${SEVERITY_WORDS[severity].en}`,
        },
      })
    } catch {
      // a share of 0%: no whole
    }
  }
  return out
}

/**
 * All checks between rates, in one list: {@link rateChanges}, {@link rateAttainments},
 * {@link ratesReachingTargets}, {@link sharesOfOneWhole} (with the text). Linear in the number
 * of figures.
 * @internal
 */
export function rateChecks(
  all: readonly ExtractedFigure[],
  text?: string,
  region: string | null = null,
): Finding[] {
  // a figure that names no region is of the report's own (see `oneRegion`): "tỷ lệ bao phủ đạt
  // 95,2%" and "chỉ tiêu HĐND tỉnh giao (94,5%)" in a report of that province are of one region
  const figures = region === null ? all : all.map((f) => (f.region === null ? { ...f, region } : f))
  return [
    ...rateChanges(figures, text),
    ...rateAttainments(figures),
    ...ratesReachingTargets(figures),
    ...sharesOfOneWhole(figures, text),
  ]
}
