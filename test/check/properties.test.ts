/**
 * fast-check: reports generated from exact values and written with the library's own
 * formatters are consistent (every finding `ok`); perturbing one stated figure beyond its
 * interval gives a conflict in exactly that relation.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkFigures } from '../../src/check/check'
import { Decimal } from '../../src/decimal'
import type { ExtractedFigure } from '../../src/extract/types'
import { figure } from '../../src/figure/figure'
import { formatNumber, formatPercent, formatVnd, parseNumber } from '../../src/number'
import { parsePeriod } from '../../src/period'
import { extracted } from '../helpers'

const y2024 = parsePeriod('năm 2024')
const y2023 = parsePeriod('năm 2023')

function make(specs: readonly (Partial<ExtractedFigure> & { raw: string })[]): ExtractedFigure[] {
  return specs.map(({ raw, ...p }, i) => extracted(raw, { scheme: 'ALL', period: y2024, ...p }, i))
}

/** The figure of another text, for an extracted figure. */
const rewrite = (raw: string) => {
  const parsed = parseNumber(raw)
  return { raw, parsed, figure: figure(parsed) }
}

/**
 * An amount in tỷ as a report may write it, truthfully: rounded (no qualifier), or cut down to
 * the tenth with "trên" (the true value is above it, within the tenth), or up with "gần".
 */
function written(x: Decimal, qualifier: 'exact' | 'over' | 'nearly'): string {
  const tenths = x.div(1e8)
  if (qualifier === 'exact' || tenths.isInteger()) return formatVnd(x, { scale: 'tỷ', decimals: 1 })
  const cut = (qualifier === 'over' ? tenths.floor() : tenths.ceil()).times(1e8)
  return `${qualifier === 'over' ? 'trên' : 'gần'} ${formatVnd(cut, { scale: 'tỷ', decimals: 1 })}`
}

type Qualified = 'exact' | 'over' | 'nearly'

/** A revenue, its attainment and the plan, written as a report would write them. */
const planReport = (
  actual: Decimal,
  plan: Decimal,
  target: Decimal,
  q: readonly [Qualified, Qualified] = ['exact', 'exact'],
) =>
  make([
    { raw: written(actual, q[0]), role: 'revenue', metric: 'revenue' },
    {
      raw: formatPercent(actual.div(plan), { decimals: 1 }),
      role: 'attainment',
      metric: 'revenue',
      linkedTo: 0,
    },
    {
      raw: written(target, q[1]),
      role: 'target',
      metric: 'revenue',
      targetOf: 'level',
    },
  ])

/** A current value, its growth and the earlier value, and a total with two parts. */
const growthAndParts = (current: Decimal, previous: Decimal, a: number, b: number, total: number) =>
  make([
    { raw: `${formatNumber(current, { decimals: 0 })} người`, role: 'participants', scheme: 'BHYT' },
    {
      raw: formatPercent(current.div(previous).minus(1), { decimals: 2 }),
      role: 'growth',
      metric: 'participants',
      scheme: 'BHYT',
      linkedTo: 0,
      against: { kind: 'period', period: y2023, text: 'so với năm 2023' },
    },
    {
      raw: `${formatNumber(previous, { decimals: 0 })} người`,
      role: 'participants',
      scheme: 'BHYT',
      period: y2023,
    },
    { raw: `${formatNumber(total)} người`, role: 'new-participants', sentence: [2000, 3000] },
    { raw: `${formatNumber(a)} người`, role: 'new-participants', scheme: 'BHXH_TN', sentence: [2000, 3000] },
    { raw: `${formatNumber(b)} người`, role: 'new-participants', scheme: 'BHYT', sentence: [2000, 3000] },
  ])

// revenue 100 to 100 000 tỷ (to the hundred million đồng), attainment 30% to 150%
const revenue = fc.integer({ min: 1_000, max: 1_000_000 }).map((n) => new Decimal(n).times(1e8))
const share = fc.integer({ min: 300, max: 1_500 }).map((n) => new Decimal(n).div(1000))
// a perturbation of 5% to 50%, up or down
const perturbation = fc
  .tuple(fc.integer({ min: 5, max: 50 }), fc.boolean())
  .map(([p, up]) => new Decimal(1).plus(new Decimal(p).div(100).times(up ? 1 : -1)))

describe('generated reports', () => {
  it('a plan report written from exact values is ok; a plan off by 5–50% is a conflict', () => {
    fc.assert(
      fc.property(revenue, share, perturbation, (actual, ratio, k) => {
        const plan = actual.div(ratio).toDecimalPlaces(0)
        const [ok] = checkFigures(planReport(actual, plan, plan))
        expect([ok?.relation, ok?.severity]).toEqual(['implied-plan', 'ok'])
        const findings = checkFigures(planReport(actual, plan, plan.times(k)))
        expect(findings.map((f) => [f.relation, f.severity])).toEqual([['implied-plan', 'conflict']])
      }),
      { numRuns: 300 },
    )
  })

  it('with qualifiers ("trên", "gần") written truthfully it is still ok; perturbed, it is flagged (stretch or conflict)', () => {
    const qualifier = fc.constantFrom<Qualified>('exact', 'over', 'nearly')
    fc.assert(
      fc.property(revenue, share, perturbation, qualifier, qualifier, (actual, ratio, k, qa, qt) => {
        const plan = actual.div(ratio).toDecimalPlaces(0)
        const [ok] = checkFigures(planReport(actual, plan, plan, [qa, qt]))
        expect([ok?.relation, ok?.severity]).toEqual(['implied-plan', 'ok'])
        const [off] = checkFigures(planReport(actual, plan, plan.times(k), [qa, qt]))
        expect(off?.relation).toBe('implied-plan')
        // a qualifier may be stretched (up to half the value); without one, only a conflict
        if (qa === 'exact' && qt === 'exact') expect(off?.severity).toBe('conflict')
        else expect(['stretch', 'conflict']).toContain(off?.severity)
      }),
      { numRuns: 500 },
    )
  })

  it('growth and parts written from exact values are ok; a perturbed earlier value or total conflicts there only', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 2_000_000 }),
        fc.integer({ min: 500, max: 1_500 }),
        // parts of 1 000 or more: a 5% change of their total (≥ 100) is beyond one looser
        // rounding place of three integers (± 5 each, ± 15 together)
        fc.integer({ min: 1_000, max: 50_000 }),
        fc.integer({ min: 1_000, max: 50_000 }),
        perturbation,
        fc.boolean(),
        (current, per1000, a, b, k, perturbPrevious) => {
          const cur = new Decimal(current)
          const previous = cur.times(1000).div(per1000).toDecimalPlaces(0)
          const consistent = checkFigures(growthAndParts(cur, previous, a, b, a + b))
          expect(consistent.map((f) => [f.relation, f.severity])).toEqual([
            ['implied-previous', 'ok'],
            ['parts-total', 'ok'],
          ])
          const perturbed = perturbPrevious
            ? growthAndParts(cur, previous, a, b, a + b).map((f, i) =>
                i === 2
                  ? { ...f, ...rewrite(`${formatNumber(previous.times(k), { decimals: 0 })} người`) }
                  : f,
              )
            : growthAndParts(cur, previous, a, b, new Decimal(a + b).times(k).toDecimalPlaces(0).toNumber())
          const expected = perturbPrevious
            ? [
                ['implied-previous', 'conflict'],
                ['parts-total', 'ok'],
              ]
            : [
                ['implied-previous', 'ok'],
                ['parts-total', 'conflict'],
              ]
          expect(checkFigures(perturbed).map((f) => [f.relation, f.severity])).toEqual(expected)
        },
      ),
      { numRuns: 300 },
    )
  })
})
