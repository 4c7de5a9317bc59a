/**
 * Properties of the measures, 10 000 runs each. Inputs are small exact decimals built from
 * integers scaled by powers of ten (never floating point), so that every expected value is an
 * exact identity:
 * - attainment × target = actual;
 * - growth composes: (1 + g1)(1 + g2) = 1 + g;
 * - interval results contain every point result (attainment, growth, coverage, impliedBase,
 *   impliedTarget), also for reported figures.
 *
 * Division rounds at 40 significant digits, so identities through a division hold to 30
 * significant digits, and exactly when the division is exact.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  attainment,
  coverage,
  Decimal,
  figure,
  growth,
  type Interval,
  impliedBase,
  impliedTarget,
  interval,
  intervalContains,
} from '../../src/index'

const RUNS = { numRuns: 10_000 }

/** n × 10^−scale, exact. */
const scaled = (n: bigint, scale: number): Decimal =>
  new Decimal(n.toString()).div(new Decimal(10).pow(scale))

/** A positive decimal of up to 12 digits with up to 6 decimals: 0,000001 … 10^12. */
const positive = fc
  .tuple(fc.bigInt({ min: 1n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 6 }))
  .map(([n, s]) => scaled(n, s))

/** A decimal of any sign (0 included), same size. */
const anySign = fc
  .tuple(fc.bigInt({ min: -999_999_999_999n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 6 }))
  .map(([n, s]) => scaled(n, s))

/** A positive decimal in [0,01; 10^6]: ratios of two stay within 10^±8 (see the growth property). */
const moderate = fc.integer({ min: 1, max: 100_000_000 }).map((n) => scaled(BigInt(n), 2))

/** a and b agree to 30 significant digits: |a − b| ≤ 10^−30 × |b|. */
const agree30 = (a: Decimal, b: Decimal): boolean => a.minus(b).abs().lte(b.abs().times('1e-30'))

describe('attainment × target = actual', () => {
  it('to 30 significant digits', () => {
    fc.assert(
      fc.property(anySign, positive, (a, t) => {
        const back = attainment(a, t).ratio.times(t)
        // a has at most 12 significant digits, so its 30-digit form is a itself
        expect(back.toSignificantDigits(30).eq(a)).toBe(true)
      }),
      RUNS,
    )
  })

  it('exactly when the target divides the actual', () => {
    fc.assert(
      fc.property(positive, fc.bigInt({ min: -1_000_000n, max: 1_000_000n }), (t, k) => {
        // a = k × t: the ratio is k exactly, and k × t is a again
        const a = t.times(k.toString())
        const r = attainment(a, t).ratio
        expect(r.eq(k.toString())).toBe(true)
        expect(r.times(t).eq(a)).toBe(true)
      }),
      RUNS,
    )
  })
})

describe('growth composes: (1 + g1)(1 + g2) = 1 + g', () => {
  it('over two steps a → b → c, to 30 significant digits', () => {
    // g1 = b/a − 1 is rounded at 40 digits; with ratios within 10^±8, 1 + g1 keeps b/a to
    // 10^−40 / 10^−8 = 10^−32 relative, well inside the 30-digit tolerance
    fc.assert(
      fc.property(moderate, moderate, moderate, (a, b, c) => {
        const g1 = growth(b, a).relative
        const g2 = growth(c, b).relative
        const g = growth(c, a).relative
        expect(agree30(g1.plus(1).times(g2.plus(1)), g.plus(1))).toBe(true)
      }),
      RUNS,
    )
  })

  it('exactly for the absolute change: (b − a) + (c − b) = c − a', () => {
    fc.assert(
      fc.property(positive, positive, positive, (a, b, c) => {
        const step1 = growth(b, a)
        const step2 = growth(c, b)
        const whole = growth(c, a)
        if (step1.kind !== 'amount' || step2.kind !== 'amount' || whole.kind !== 'amount') {
          throw new Error('plain numbers are amounts')
        }
        expect(step1.absolute.plus(step2.absolute).eq(whole.absolute)).toBe(true)
      }),
      RUNS,
    )
  })
})

/** An interval [lo, hi] of positive decimals and a point in it: lo + (hi − lo) × k / 100. */
const withPoint = fc
  .tuple(
    positive,
    fc.bigInt({ min: 0n, max: 999_999_999n }),
    fc.integer({ min: 0, max: 6 }),
    fc.integer({ min: 0, max: 100 }),
  )
  .map(([lo, w, s, k]) => {
    const hi = lo.plus(scaled(w, s))
    const point = lo.plus(hi.minus(lo).times(k).div(100))
    return { i: interval(lo, hi), point }
  })

/** Also in (0, 1]: a ratio such as an attainment or a coverage rate. */
const rateWithPoint = fc
  .tuple(
    fc.integer({ min: 1, max: 10_000 }),
    fc.integer({ min: 0, max: 10_000 }),
    fc.integer({ min: 0, max: 100 }),
  )
  .map(([lo, w, k]) => {
    const l = scaled(BigInt(lo), 4)
    const h = scaled(BigInt(lo + w), 4)
    return { i: interval(l, h), point: l.plus(h.minus(l).times(k).div(100)) }
  })

type Sample = { i: Interval; point: Decimal }

describe('interval results contain every point result', () => {
  it('attainment ratio (and remainder)', () => {
    fc.assert(
      fc.property(withPoint, withPoint, (a: Sample, t: Sample) => {
        const wide = attainment(a.i, t.i)
        const point = attainment(a.point, t.point)
        expect(intervalContains(wide.ratio, point.ratio)).toBe(true)
        expect(intervalContains(wide.remainder, point.remainder)).toBe(true)
      }),
      RUNS,
    )
  })

  it('growth relative, multiple and absolute change', () => {
    fc.assert(
      fc.property(withPoint, withPoint, (c: Sample, p: Sample) => {
        const wide = growth(c.i, p.i)
        const point = growth(c.point, p.point)
        expect(intervalContains(wide.relative, point.relative)).toBe(true)
        expect(intervalContains(wide.multiple, point.multiple)).toBe(true)
        if (wide.kind === 'amount' && point.kind === 'amount') {
          expect(intervalContains(wide.absolute, point.absolute)).toBe(true)
        }
      }),
      RUNS,
    )
  })

  it('coverage', () => {
    fc.assert(
      fc.property(withPoint, withPoint, (n: Sample, base: Sample) => {
        expect(intervalContains(coverage(n.i, base.i), coverage(n.point, base.point))).toBe(true)
      }),
      RUNS,
    )
  })

  it('impliedBase', () => {
    fc.assert(
      fc.property(withPoint, rateWithPoint, (n: Sample, rate: Sample) => {
        expect(intervalContains(impliedBase(n.i, rate.i), impliedBase(n.point, rate.point))).toBe(true)
      }),
      RUNS,
    )
  })

  it('impliedTarget', () => {
    fc.assert(
      fc.property(withPoint, rateWithPoint, (a: Sample, rate: Sample) => {
        expect(intervalContains(impliedTarget(a.i, rate.i), impliedTarget(a.point, rate.point))).toBe(true)
      }),
      RUNS,
    )
  })
})

/** Digits grouped by thousands with dots, Vietnamese style: 1234567 → '1.234.567'. */
const grouped = (n: bigint): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')

/** A figure as a report writes it: a qualifier, an integer part, up to 2 decimals, a unit. */
const writtenFigure = fc
  .tuple(
    fc.constantFrom('', 'gần ', 'trên ', 'khoảng ', 'tối thiểu ', 'dưới ', 'không quá '),
    fc.bigInt({ min: 1n, max: 999_999_999n }),
    fc.constantFrom('', '5', '25', '08'),
    fc.constantFrom(' người', ' tỷ đồng', ' đơn vị', ''),
  )
  .map(([q, n, decimals, unit]) => `${q}${grouped(n)}${decimals ? `,${decimals}` : ''}${unit}`)

describe('figures: a value inside the figure gives a ratio inside the figure-based ratio', () => {
  it('attainment of a figure against a figure, any value of each', () => {
    fc.assert(
      fc.property(
        writtenFigure,
        writtenFigure,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (actualText, targetText, k, m) => {
          const actual = figure(actualText)
          const goal = figure(targetText)
          const pick = (i: Interval, j: number): Decimal => i.lo.plus(i.hi.minus(i.lo).times(j).div(100))
          const v = pick(actual.interval, k)
          const t = pick(goal.interval, m)
          expect(intervalContains(actual.interval, v)).toBe(true)
          // v against the exact target, and against any value of the target figure
          expect(
            intervalContains(attainment(actual, goal.value).ratio, attainment(v, goal.value).ratio),
          ).toBe(true)
          expect(intervalContains(attainment(actual, goal).ratio, attainment(v, t).ratio)).toBe(true)
        },
      ),
      RUNS,
    )
  })

  it('a percent figure as the rate of impliedBase', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 99_999_999n }),
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 100 }),
        (people, basisPoints, k) => {
          // "xx,yy%" with two decimals, e.g. 9048 → 90,48%
          const text = `${Math.floor(basisPoints / 100)},${String(basisPoints % 100).padStart(2, '0')}%`
          const rate = figure(text)
          const r = rate.interval.lo.plus(rate.interval.hi.minus(rate.interval.lo).times(k).div(100))
          const n = new Decimal(people.toString())
          expect(intervalContains(impliedBase(n, rate), impliedBase(n, r))).toBe(true)
        },
      ),
      RUNS,
    )
  })
})
