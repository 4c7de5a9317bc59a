/**
 * figure(): what a report wrote, and the interval of true values it is consistent with. Each row
 * of the table in the TSDoc of ReportedFigure (src/figure/figure.ts) is checked, with the reach
 * of each qualifier worked out by hand: reach = min(steps × significant step, relative × value),
 * by default min(1 × step, 10% × value).
 */
import { describe, expect, it } from 'vitest'
import {
  BhxhError,
  DEFAULT_SLACK,
  Decimal,
  figure,
  isReportedFigure,
  NumberParseError,
  parseNumber,
  type ReportedFigure,
  safeFigure,
} from '../../src/index'
import { bhxhError } from '../helpers'

/** The error thrown by `f`, which must be a BhxhError. */

/** The interval of a figure as two decimal strings. */
const ends = (f: ReportedFigure): [string, string] => [f.interval.lo.toString(), f.interval.hi.toString()]

describe('figure(): the table in the TSDoc of ReportedFigure, row by row', () => {
  it('71,5% → [0,7145; 0,7155]: rounded to one decimal of a percent', () => {
    const f = figure('71,5%')
    // 71,5% = 0,715; the last written place is 0,1 point = 0,001, half of it 0,0005:
    // 0,715 − 0,0005 = 0,7145 and 0,715 + 0,0005 = 0,7155
    expect(f.value.toString()).toBe('0.715')
    expect(f.step.toString()).toBe('0.001')
    expect(ends(f)).toEqual(['0.7145', '0.7155'])
    expect(f.qualifier).toBe('exact')
    expect(f.unit).toBe('ratio')
  })

  it('1.076.000 → [1.075.999,5; 1.076.000,5]: every digit counts', () => {
    const f = figure('1.076.000')
    // no qualifier: the last written place is the units (step 1), ± 1/2
    expect(f.step.toString()).toBe('1')
    expect(ends(f)).toEqual(['1075999.5', '1076000.5'])
  })

  it('gần 1.076.000 → [1.075.000; 1.076.000]: a little under, one significant step', () => {
    const f = figure('gần 1.076.000')
    // last non-zero written digit: the 6 in the thousands ⇒ significant step 1.000;
    // reach = min(1 × 1.000, 10% × 1.076.000 = 107.600) = 1.000 ⇒ [1.076.000 − 1.000; 1.076.000]
    expect(f.value.toString()).toBe('1076000')
    expect(ends(f)).toEqual(['1075000', '1076000'])
    expect(f.qualifier).toBe('nearly')
  })

  it('trên 800 → [800; 880]: above by one step (100), at most 10%', () => {
    const f = figure('trên 800')
    // significant step 100 (the 8 is in the hundreds); reach = min(100, 10% × 800 = 80) = 80
    expect(ends(f)).toEqual(['800', '880'])
    expect(f.qualifier).toBe('over')
  })

  it('khoảng 1.000 → [950; 1.050]: about, half the reach on each side', () => {
    const f = figure('khoảng 1.000')
    // significant step 1.000; reach = min(1.000, 10% × 1.000 = 100) = 100; half of it, 50, each side
    expect(ends(f)).toEqual(['950', '1050'])
    expect(f.qualifier).toBe('about')
  })

  it('trên 95% → [0,95; 0,96]: above by one step (1 point)', () => {
    const f = figure('trên 95%')
    // 95% = 0,95; the 5 is in the units of a percent ⇒ step 0,01;
    // reach = min(0,01, 10% × 0,95 = 0,095) = 0,01 ⇒ [0,95; 0,96]
    expect(f.value.toString()).toBe('0.95')
    expect(ends(f)).toEqual(['0.95', '0.96'])
  })
})

describe('figure(): what else it records', () => {
  it('keeps unit, step, raw text and scale: 3.620,4 tỷ đồng', () => {
    const f = figure('3.620,4 tỷ đồng')
    // 3.620,4 × 10^9 = 3.620.400.000.000; last written place 0,1 tỷ = 100.000.000, half 50.000.000
    expect(f.value.toString()).toBe('3620400000000')
    expect(f.step.toString()).toBe('100000000')
    expect(ends(f)).toEqual(['3620350000000', '3620450000000'])
    expect(f.unit).toBe('vnd')
    expect(f.raw).toBe('3.620,4 tỷ đồng')
    expect(f.kind).toBe('figure')
  })

  it('reads the unit of a count of people, employers', () => {
    expect(figure('gần 1.076.000 người').unit).toBe('person')
    expect(figure('trên 800 đơn vị').unit).toBe('employer')
    expect(figure('1.076.000').unit).toBeNull()
  })

  it('accepts the result of parseNumber as well as text', () => {
    const p = parseNumber('gần 1.076.000 người')
    expect(ends(figure(p))).toEqual(ends(figure('gần 1.076.000 người')))
  })

  it('is frozen and recognised by isReportedFigure', () => {
    const f = figure('71,5%')
    expect(Object.isFrozen(f)).toBe(true)
    expect(Object.isFrozen(f.interval)).toBe(true)
    expect(isReportedFigure(f)).toBe(true)
    expect(isReportedFigure('0.715')).toBe(false)
    expect(isReportedFigure(null)).toBe(false)
    expect(isReportedFigure(f.interval)).toBe(false)
  })
})

describe('figure(): lowerOpen / upperOpen', () => {
  it.each([
    // exact: half-up rounding, [v − step/2, v + step/2): the upper end rounds up to the next value
    ['71,5%', 'exact', false, true],
    // gần X: a little under X, X itself excluded
    ['gần 1.076.000', 'nearly', false, true],
    // dưới X: under X, X excluded
    ['dưới 95%', 'under', false, true],
    // trên X / hơn X: above X, X excluded
    ['trên 800', 'over', true, false],
    ['hơn 3.000', 'over', true, false],
    // tối thiểu X: at least X, X included
    ['tối thiểu 95%', 'at-least', false, false],
    // không quá X: at most X, X included
    ['không quá 95%', 'at-most', false, false],
    // khoảng X: about, both ends included
    ['khoảng 1.000', 'about', false, false],
  ] as const)('%s (%s): lowerOpen %s, upperOpen %s', (text, qualifier, lowerOpen, upperOpen) => {
    const f = figure(text)
    expect(f.qualifier).toBe(qualifier)
    expect(f.lowerOpen).toBe(lowerOpen)
    expect(f.upperOpen).toBe(upperOpen)
  })

  it('the one-sided qualifiers reach the right way from the written value', () => {
    // dưới / không quá 95%: [0,95 − 0,01; 0,95]; tối thiểu 95%: [0,95; 0,95 + 0,01]
    expect(ends(figure('dưới 95%'))).toEqual(['0.94', '0.95'])
    expect(ends(figure('không quá 95%'))).toEqual(['0.94', '0.95'])
    expect(ends(figure('tối thiểu 95%'))).toEqual(['0.95', '0.96'])
    // hơn 3.000: step 1.000, reach = min(1.000, 300) = 300
    expect(ends(figure('hơn 3.000'))).toEqual(['3000', '3300'])
  })
})

describe('figure(): the slack option', () => {
  it('the default is one significant step, at most 10% of the value', () => {
    expect(new Decimal(DEFAULT_SLACK.steps).toString()).toBe('1')
    expect(new Decimal(DEFAULT_SLACK.relative).toString()).toBe('0.1')
    // gần 30.000: significant step 10.000; reach = min(10.000, 10% × 30.000 = 3.000) = 3.000
    expect(ends(figure('gần 30.000 cuộc'))).toEqual(['27000', '30000'])
  })

  it('the TSDoc example: gần 30.000 cuộc at 5% → [28.500; 30.000]', () => {
    // reach = min(1 × 10.000, 5% × 30.000 = 1.500) = 1.500
    const f = figure('gần 30.000 cuộc', { slack: { steps: 1, relative: '0.05' } })
    expect(ends(f)).toEqual(['28500', '30000'])
  })

  it('trên 800 đơn vị at 5% → [800; 840]', () => {
    // reach = min(1 × 100, 5% × 800 = 40) = 40
    expect(ends(figure('trên 800 đơn vị', { slack: { relative: '0.05' } }))).toEqual(['800', '840'])
  })

  it('more steps with a loose relative cap: trên 800, 2 steps, 100% → [800; 1.000]', () => {
    // reach = min(2 × 100, 100% × 800) = 200
    expect(ends(figure('trên 800', { slack: { steps: 2, relative: 1 } }))).toEqual(['800', '1000'])
  })

  it('zero slack makes a qualified figure a point', () => {
    expect(ends(figure('trên 800', { slack: { steps: 0 } }))).toEqual(['800', '800'])
  })

  it('does not change an exact figure, whose interval comes from rounding only', () => {
    expect(ends(figure('71,5%', { slack: { steps: 5, relative: 1 } }))).toEqual(['0.7145', '0.7155'])
  })

  it('a negative slack is invalid-input naming the option', () => {
    const steps = bhxhError(() => figure('trên 800', { slack: { steps: -1 } }))
    expect(steps.code).toBe('invalid-input')
    expect(steps.path).toEqual(['slack', 'steps'])
    const relative = bhxhError(() => figure('trên 800', { slack: { relative: '-0.1' } }))
    expect(relative.code).toBe('invalid-input')
    expect(relative.path).toEqual(['slack', 'relative'])
    expect(relative.messages.vi).not.toBe(relative.messages.en)
  })
})

describe('figure(): what is not one figure', () => {
  it('a fraction (seed 004: 2.109/2.156) is not-applicable', () => {
    expect(bhxhError(() => figure('2.109/2.156')).code).toBe('not-applicable')
  })

  it('a range (seed 004: 10-15 phút) is not-applicable', () => {
    expect(bhxhError(() => figure('10-15 phút')).code).toBe('not-applicable')
  })

  it('text that is not a number is a NumberParseError; safeFigure returns it', () => {
    expect(() => figure('1.2.3')).toThrow(NumberParseError)
    const r = safeFigure('1.2.3')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toBeInstanceOf(NumberParseError)
    const fraction = safeFigure('2.109/2.156')
    expect(fraction.ok).toBe(false)
    if (!fraction.ok) expect(fraction.error).toBeInstanceOf(BhxhError)
    const ok = safeFigure('71,5%')
    expect(ok.ok).toBe(true)
    if (ok.ok) expect(ok.value.value.toString()).toBe('0.715')
  })
})

describe('figure(): wrong input types and options (issue 13 §3b C6, C11)', () => {
  it.each([[5], [{}], [null], [undefined], [['71,5%']]])(
    'figure(%j) says it expected text (was «undefined» or a TypeError)',
    (x) => {
      const e = bhxhError(() => figure(x as never))
      expect(e.code).toBe('invalid-input')
      expect(e.messages.en).toContain('expected a string')
    },
  )

  it('slack must be { steps, relative }: a number or an unknown key is an error (was ignored)', () => {
    expect(bhxhError(() => figure('gần 100', { slack: 2 } as never)).path).toEqual(['slack'])
    expect(bhxhError(() => figure('gần 100', { slack: { step: 2 } } as never)).path).toEqual([
      'slack',
      'step',
    ])
    expect(bhxhError(() => figure('gần 100', { slak: {} } as never)).path).toEqual(['slak'])
    expect(bhxhError(() => figure('gần 100', { slack: { steps: null } } as never)).path).toEqual([
      'slack',
      'steps',
    ])
    // gần 100 with 2 steps of 10 (at most 10%): [100 − min(20, 10); 100] = [90; 100]
    expect(figure('gần 100', { slack: { steps: 2 } }).interval.lo.toString()).toBe('90')
  })

  it('a parseNumber result is still accepted', () => {
    expect(figure(parseNumber('71,5%')).value.toString()).toBe('0.715')
  })
})
