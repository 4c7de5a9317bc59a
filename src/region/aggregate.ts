/**
 * `aggregate(results, { to: 'units-2025' })`: period results of the 63 former units summed into
 * the 34 units of 2025 — stocks and flows added, rates recomputed from their parts.
 * @module
 */
import { Decimal, type DecimalLike, toDecimal } from '../decimal'
import { BhxhError, detail } from '../errors'
import { asInterval, isInexact } from '../figure/calculator'
import { isDecimal } from '../figure/guards'
import { addIntervals, divIntervals, type Interval } from '../figure/interval'
import { invalid, kindOf, optionsAt } from '../input'
import { isRecord } from '../measure/common'
import { formatPeriod } from '../period/format'
import { periodEquals, periodRange } from '../period/ops'
import { COVERAGE_BASES, type CoverageBase } from '../scheme/schemes'
import { METRICS } from '../target/metrics'
import type { PeriodResult, Value } from '../target/types'
import { type ProvincialUnit, region, successor } from './region'

/**
 * Options of {@link aggregate}.
 *
 * @example
 * ```ts
 * aggregate(results, { to: 'units-2025', bases: { 'Bến Tre': { population: '1288463' } } })
 * ```
 */
export interface AggregateOptions {
  /** Into which units: the 34 units of 2025. */
  readonly to: 'units-2025'
  /** The bases a coverage rate is recomputed from, per region as the results name it. */
  readonly bases?: Readonly<Record<string, RegionBases>>
}

/**
 * The bases of a region's coverage rates, by base name: `population` (dân số, for BHYT),
 * `working-age-labour-force` (for BHXH and BHTN).
 *
 * @example
 * ```ts
 * const b: RegionBases = { population: '1288463' } // Bến Tre, Tổng điều tra 2019
 * ```
 */
export type RegionBases = Readonly<Partial<Record<CoverageBase, DecimalLike>>>

/**
 * One of the results summed into an {@link AggregatedResult}.
 *
 * @example
 * ```ts
 * const p: AggregatedPart = { region: 'Bến Tre', unit: region('Bến Tre', '2019-12-31'), value: figure('1.165.787 người') }
 * ```
 */
export interface AggregatedPart {
  /** The region as the unit's short name. */
  readonly region: string
  /** The former unit. */
  readonly unit: ProvincialUnit
  /** Its value. */
  readonly value: Value
}

/**
 * A result of a 2025 unit, summed from the results of its former units.
 *
 * @example
 * ```ts
 * const [vl] = aggregate([benTre, traVinh], { to: 'units-2025' })
 * vl.region // 'Vĩnh Long'
 * vl.parts.map((p) => p.region) // ['Bến Tre', 'Trà Vinh']
 * ```
 */
export interface AggregatedResult extends PeriodResult<Decimal | Interval> {
  /** The 2025 unit. */
  readonly unit: ProvincialUnit
  /** The results summed, with the unit each came from. */
  readonly parts: readonly AggregatedPart[]
}

const sum = (values: readonly Value[]): Decimal | Interval =>
  values.some(isInexact)
    ? values
        .slice(1)
        .reduce<Interval>((s, v) => addIntervals(s, asInterval(v)), asInterval(values[0] as Value))
    : values.reduce<Decimal>((s, v) => s.plus(v as Decimal), new Decimal(0))

/**
 * Sums period results of the former provincial units into the 2025 units: Bến Tre, Trà Vinh and
 * Vĩnh Long into Vĩnh Long, and so on. Each result's region is read on the last day of its period
 * (so "Bến Tre" in 2019 is the former province). Counts and amounts (participants,
 * beneficiaries, revenue, arrears, employers) are added — exactly, or as intervals when any value
 * is a reported figure. A rate (coverage) is not added: it is recomputed as the sum of
 * participants over the sum of the bases, when the results hold the participants and `bases`
 * holds each former unit's base; otherwise the error names the missing part.
 *
 * @param results - period results with a region
 * @param options - `{ to: 'units-2025' }`, and bases for rates
 * @returns one result per 2025 unit, scheme, metric and period, with its parts
 * @throws `BhxhError` `invalid-input` for a result without a region or with an unknown one;
 *   `not-applicable` for a rate whose parts are missing (the message says which)
 *
 * @example
 * ```ts
 * // BHYT participants at 31/12/2019: Bến Tre 1.165.787 (the report) + Trà Vinh (its own figure)
 * aggregate([benTre, traVinh], { to: 'units-2025' })[0].value // the sum, for Vĩnh Long
 * ```
 */
export function aggregate(
  results: readonly PeriodResult[],
  options: AggregateOptions,
): readonly AggregatedResult[] {
  optionsAt(options, ['to', 'bases'])
  if (options?.to !== 'units-2025')
    throw new BhxhError('invalid-input', {
      path: ['to'],
      detail: detail("chỉ hỗ trợ 'units-2025'", "only 'units-2025' is supported"),
    })
  if (options.bases !== undefined) {
    optionsAt(options.bases, Object.keys(options.bases ?? {}), ['bases'])
    for (const [name, b] of Object.entries(options.bases))
      for (const [k, v] of Object.entries(optionsAt<RegionBases>(b, COVERAGE_BASES, ['bases', name])))
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'bigint' && !isDecimal(v))
          throw invalid(
            ['bases', name, k],
            `cần một số, không phải ${kindOf(v)}`,
            `expected a number, not ${kindOf(v)}`,
          )
  }
  if (!Array.isArray(results))
    throw invalid(
      ['results'],
      `cần một mảng kết quả, không phải ${kindOf(results)}`,
      `expected an array of results, not ${kindOf(results)}`,
    )
  const located = results.map((r, i) => {
    if (!isRecord(r) || r.record !== 'result')
      throw invalid([i], 'cần một kết quả result()', 'expected a result()')
    if (r.region === null || r.region === undefined)
      throw new BhxhError('invalid-input', {
        path: [i, 'region'],
        detail: detail('kết quả không có địa bàn', 'the result has no region'),
      })
    let unit: ProvincialUnit
    try {
      unit = region(r.region, periodRange(r.period).end)
    } catch (e) {
      if (e instanceof BhxhError)
        throw new BhxhError(e.code, { path: [i, 'region'], ...(e.detail ? { detail: e.detail } : {}) })
      throw e
    }
    return { r, unit, target: successor(unit) }
  })
  const groups: (typeof located)[] = []
  for (const x of located) {
    const g = groups.find((g) => {
      const y = g[0] as (typeof located)[number]
      return (
        y.target.code === x.target.code &&
        y.r.scheme === x.r.scheme &&
        y.r.metric === x.r.metric &&
        periodEquals(y.r.period, x.r.period)
      )
    })
    if (g) g.push(x)
    else groups.push([x])
  }
  return groups.map((g) => {
    const first = g[0] as (typeof located)[number]
    const { scheme, metric, period } = first.r
    const parts = g.map((x) => ({ region: x.unit.short, unit: x.unit, value: x.r.value }))
    let value: Decimal | Interval
    if (METRICS[metric].unit !== 'ratio') value = sum(g.map((x) => x.r.value))
    else {
      const baseName: CoverageBase = scheme === 'BHYT' ? 'population' : 'working-age-labour-force'
      const participants: Value[] = []
      const bases: Decimal[] = []
      for (const x of g) {
        const p = located.find(
          (y) =>
            y.unit.code === x.unit.code &&
            y.unit.arrangement === x.unit.arrangement &&
            y.r.scheme === scheme &&
            y.r.metric === 'participants' &&
            periodEquals(y.r.period, period),
        )
        const base = options.bases?.[x.r.region as string]?.[baseName]
        if (p === undefined || base === undefined)
          throw new BhxhError('not-applicable', {
            detail: detail(
              `không cộng được tỷ lệ; để tính lại cần ${p === undefined ? `số người tham gia ${scheme} của ${x.unit.short} (${formatPeriod(period)})` : `${baseName === 'population' ? 'dân số' : 'lực lượng lao động'} của ${x.unit.short}`}`,
              `rates cannot be added; to recompute, give ${p === undefined ? `the ${scheme} participants of ${x.unit.short} (${formatPeriod(period, { lang: 'en' })})` : `the ${baseName === 'population' ? 'population' : 'labour force'} of ${x.unit.short}`}`,
            ),
          })
        participants.push(p.r.value)
        bases.push(toDecimal(base))
      }
      const total = bases.reduce((s, b) => s.plus(b), new Decimal(0))
      const people = sum(participants)
      value = people instanceof Decimal ? people.div(total) : divIntervals(people, asInterval(total))
    }
    return {
      record: 'result',
      scheme,
      metric,
      period,
      region: first.target.short,
      unit: first.target,
      value,
      parts,
    }
  })
}
