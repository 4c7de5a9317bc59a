/**
 * Arrears relations for checking reports: reported buckets against an aging summary, the
 * buckets against a reported total, and what they imply per employer.
 * @module
 */
import { Decimal } from '../decimal'
import { BhxhError, detail } from '../errors'
import { figure, isReportedFigure, type ReportedFigure } from '../figure/figure'
import { addIntervals, divIntervals, type Interval, intervalsOverlap, span } from '../figure/interval'
import { invalid, kindOf, oneOfAt, optionsAt } from '../input'
import type { Messages } from '../number/errors'
import { formatNumber } from '../number/format'
import { SCHEME_CODES } from '../scheme/schemes'
import { type AgingSummary, type AgingTable, summaryAt } from './aging'
import { type AgingBucket, agingBucket, type BucketRange } from './buckets'

/**
 * One bucket as a report states it: the phrase and the figures written for it.
 *
 * @example
 * ```ts
 * const b: ReportedBucket = { bucket: 'trên 6 tháng', employers: '156 đơn vị', amount: 'gần 45 tỷ đồng' }
 * ```
 */
export interface ReportedBucket {
  /** The bucket: a phrase (`từ 1 tháng đến dưới 6 tháng`) or a range. */
  readonly bucket: string | BucketRange
  /** The number of employers as written (`trên 800 đơn vị`), if stated. */
  readonly employers?: string | ReportedFigure
  /** The amount as written (`trên 42 tỷ đồng`), if stated. */
  readonly amount?: string | ReportedFigure
}

/**
 * How a reported arrears figure relates to what is computed:
 * - `ok`: the computed value lies in the figure's interval;
 * - `stretch`: it lies only within twice the qualifier's reach (the wording is stretched);
 * - `conflict`: it does not.
 *
 * @example
 * ```ts
 * checkAging([{ bucket: 'trên 6 tháng', employers: '156 đơn vị' }], s)[0].severity // 'ok' khi tính được đúng 156 đơn vị
 * ```
 */
export type ArrearsSeverity = 'ok' | 'stretch' | 'conflict'

/**
 * One finding of {@link checkAging} or {@link checkAgingTotal}.
 *
 * @example
 * ```ts
 * checkAging([{ bucket: 'trên 6 tháng', amount: 'gần 45 tỷ đồng' }], s)[0].explanation.vi
 * // 'trên 6 tháng: báo cáo «gần 45 tỷ đồng», tính được 44.900.000.000 — khớp'
 * ```
 */
export interface ArrearsFinding {
  /** The bucket concerned, or `null` for the total. */
  readonly bucket: AgingBucket | null
  /** What is compared. */
  readonly measure: 'employers' | 'amount'
  /** The figure as reported. */
  readonly reported: ReportedFigure
  /** The computed value, or the interval the parts imply. */
  readonly computed: Decimal | Interval
  /** The severity. */
  readonly severity: ArrearsSeverity
  /** Why, in Vietnamese and English, with the numbers. */
  readonly explanation: Messages
}

function asFigure(x: string | ReportedFigure, path: readonly (string | number)[] = []): ReportedFigure {
  if (typeof x === 'string') return figure(x)
  if (isReportedFigure(x)) return x
  throw invalid(
    path,
    `cần một số liệu (chuỗi hoặc figure()), không phải ${kindOf(x)}`,
    `expected a figure (text or figure()), not ${kindOf(x)}`,
  )
}

const STRETCHED = { relative: '0.2', steps: 2 } as const

/** Whether the figure's text allows `value`: its interval, without the ends it excludes. */
function allows(f: ReportedFigure, value: Decimal): boolean {
  const { lo, hi } = f.interval
  return (f.lowerOpen ? value.gt(lo) : value.gte(lo)) && (f.upperOpen ? value.lt(hi) : value.lte(hi))
}

function grade(reported: ReportedFigure, value: Decimal): ArrearsSeverity {
  if (allows(reported, value)) return 'ok'
  if (reported.qualifier !== 'exact' && reported.raw) {
    const loose = figure(reported.raw, { slack: STRETCHED })
    if (allows(loose, value)) return 'stretch'
  }
  return 'conflict'
}

const SEVERITY: Record<ArrearsSeverity, Messages> = {
  ok: { vi: 'khớp', en: 'agrees' },
  stretch: { vi: 'chỉ khớp khi nới rộng cách diễn đạt', en: 'agrees only by stretching the wording' },
  conflict: { vi: 'không khớp', en: 'conflicts' },
}

/**
 * Checks the buckets a report states against an aging summary computed from the data: for
 * each bucket, the number of employers and the amount against the figures as written, with
 * their qualifiers ("trên 800 đơn vị" holds for 801 to 880, not for 800 itself).
 *
 * @param reported - the buckets and figures of the report
 * @param summary - the summary of the data (its buckets must include each reported one)
 * @param scheme - which table of the summary: a scheme code, or `overall` (the default)
 * @returns one finding per stated figure
 * @throws `BhxhError` `invalid-input` for a bucket the summary does not have, or a figure
 *   that cannot be read; `not-applicable` when the summary has no table for the scheme
 *
 * @example
 * ```ts
 * checkAging(
 *   [{ bucket: 'từ 1 tháng đến dưới 6 tháng', employers: 'trên 800 đơn vị', amount: 'trên 42 tỷ đồng' },
 *    { bucket: 'trên 6 tháng', employers: '156 đơn vị', amount: 'gần 45 tỷ đồng' }],
 *   ageArrears(records, { asOf: '2023-09-30', buckets: AGING_PRESETS.sixMonths.buckets }),
 * ).map((f) => f.severity) // ['ok', 'ok', 'ok', 'ok']
 * ```
 */
export function checkAging(
  reported: readonly ReportedBucket[],
  summary: AgingSummary,
  scheme: keyof AgingSummary['schemes'] | 'overall' = 'overall',
): readonly ArrearsFinding[] {
  if (!Array.isArray(reported)) throw invalid(['reported'], 'cần một mảng', 'expected an array')
  summaryAt(summary, ['summary'])
  oneOfAt(scheme, ['overall', ...SCHEME_CODES], ['scheme'])
  const table: AgingTable | undefined = scheme === 'overall' ? summary.overall : summary.schemes[scheme]
  if (table === undefined)
    throw new BhxhError('not-applicable', {
      detail: detail(`bảng tuổi nợ không có loại hình ${scheme}`, `the summary has no table for ${scheme}`),
    })
  const findings: ArrearsFinding[] = []
  reported.forEach((r, i) => {
    optionsAt(r, ['bucket', 'employers', 'amount'], [i])
    const b = agingBucket(r.bucket)
    const row = table.rows.find(
      (x) =>
        x.bucket !== null &&
        x.bucket.from === b.from &&
        x.bucket.to === b.to &&
        x.bucket.fromInclusive === b.fromInclusive &&
        x.bucket.toInclusive === b.toInclusive,
    )
    if (row === undefined)
      throw new BhxhError('invalid-input', {
        path: [i, 'bucket'],
        detail: detail(
          `bảng tuổi nợ không có nhóm «${b.label.vi}»`,
          `the summary has no bucket «${b.label.en}»`,
        ),
      })
    const one = (measure: 'employers' | 'amount', text: string | ReportedFigure, value: Decimal): void => {
      const f = asFigure(text, [i, measure])
      const severity = grade(f, value)
      const shown = formatNumber(value)
      findings.push({
        bucket: b,
        measure,
        reported: f,
        computed: value,
        severity,
        explanation: {
          vi: `${b.label.vi}: báo cáo «${f.raw}», tính được ${shown} — ${SEVERITY[severity].vi}`,
          en: `${b.label.en}: reported «${f.raw}», computed ${shown} — ${SEVERITY[severity].en}`,
        },
      })
    }
    if (r.employers !== undefined) one('employers', r.employers, new Decimal(row.employers))
    if (r.amount !== undefined) one('amount', r.amount, row.amount)
  })
  return findings
}

/**
 * Checks a reported total against the buckets that make it up: the sum of the buckets'
 * intervals must meet the total's interval (buckets that do not overlap can be added).
 *
 * @param parts - the figures of the buckets, as written
 * @param total - the total, as written
 * @param measure - what the figures count
 * @returns the finding, with the interval the parts imply
 *
 * @example
 * ```ts
 * // "trên 800 đơn vị" + "156 đơn vị" against a total of "gần 1.000 đơn vị"
 * checkAgingTotal(['trên 800 đơn vị', '156 đơn vị'], 'gần 1.000 đơn vị', 'employers').severity // 'ok'
 * ```
 */
export function checkAgingTotal(
  parts: readonly (string | ReportedFigure)[],
  total: string | ReportedFigure,
  measure: 'employers' | 'amount',
): ArrearsFinding {
  if (!Array.isArray(parts)) throw invalid(['parts'], 'cần một mảng', 'expected an array')
  oneOfAt(measure, ['employers', 'amount'], ['measure'])
  const t = asFigure(total, ['total'])
  const sum = parts
    .map((p, i) => asFigure(p, ['parts', i]))
    .reduce<Interval>((acc, f) => addIntervals(acc, f.interval), span(zero(t), zero(t)))
  const severity: ArrearsSeverity = intervalsOverlap(sum, t.interval) ? 'ok' : 'conflict'
  const shown = `${formatNumber(sum.lo)} – ${formatNumber(sum.hi)}`
  return {
    bucket: null,
    measure,
    reported: t,
    computed: sum,
    severity,
    explanation: {
      vi: `tổng các nhóm ${shown}, báo cáo «${t.raw}» — ${SEVERITY[severity].vi}`,
      en: `the buckets add up to ${shown}, reported «${t.raw}» — ${SEVERITY[severity].en}`,
    },
  }
}

const zero = (f: ReportedFigure): Decimal => f.value.minus(f.value)

/**
 * The average debt per employer that a reported bucket implies: amount ÷ employers, as an
 * interval from the figures as written.
 *
 * @param amount - the amount, as written (`trên 42 tỷ đồng`)
 * @param employers - the employers, as written (`trên 800 đơn vị`)
 * @returns the interval of the average, in đồng per employer
 * @throws `BhxhError` `division-by-zero` when the employers' interval contains 0
 *
 * @example
 * ```ts
 * // gần 45 tỷ đồng ÷ 156 đơn vị ≈ 288 triệu đồng mỗi đơn vị
 * averageDebt('gần 45 tỷ đồng', '156 đơn vị') // [≈ 281,2 triệu; ≈ 289,4 triệu]: [44; 45] tỷ ÷ [155,5; 156,5]
 * ```
 */
export function averageDebt(amount: string | ReportedFigure, employers: string | ReportedFigure): Interval {
  const a = asFigure(amount, ['amount'])
  const e = asFigure(employers, ['employers']).interval
  if (e.lo.lte(0) && e.hi.gte(0))
    throw new BhxhError('division-by-zero', {
      detail: detail('số đơn vị có thể bằng 0', 'the number of employers may be 0'),
    })
  return divIntervals(a.interval, e)
}
