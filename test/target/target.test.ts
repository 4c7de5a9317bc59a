/**
 * target() and result(): validated at the boundary (each bad field named, in Vietnamese and
 * English), normalised (periods parsed, numbers exact, a floor's bar exact) and frozen.
 */
import { describe, expect, it } from 'vitest'
import {
  BhxhError,
  Decimal,
  figure,
  interval,
  isReportedFigure,
  METRIC_CODES,
  METRICS,
  type ResultInput,
  result,
  type TargetInput,
  target,
  targetSetterIn,
} from '../../src/index'
import { bhxhError } from '../helpers'

/** Input that the types would refuse, as a caller's untyped data can be. */
const untyped = (x: Record<string, unknown>): ResultInput => x as unknown as ResultInput
const untypedTarget = (x: Record<string, unknown>): TargetInput => x as unknown as TargetInput

const revenueInput = {
  scheme: 'ALL',
  metric: 'revenue',
  period: '9 tháng đầu năm 2020',
  value: '3620400000000',
} as const

describe('result()', () => {
  it('parses the period, keeps the value exact, region null by default', () => {
    const r = result(revenueInput)
    expect(r.record).toBe('result')
    expect(r.scheme).toBe('ALL')
    expect(r.metric).toBe('revenue')
    expect(r.period).toEqual({ kind: 'year-to-date', year: 2020, month: 9 })
    expect(r.region).toBeNull()
    expect(Decimal.isDecimal(r.value)).toBe(true)
    expect(r.value.toString()).toBe('3620400000000')
  })

  it('accepts a number, a bigint, a Decimal, an interval or a figure as the value', () => {
    const base = { scheme: 'BHYT', metric: 'participants', period: 'năm 2019' } as const
    expect(result({ ...base, value: 1165787 }).value.toString()).toBe('1165787')
    expect(result({ ...base, value: 1165787n }).value.toString()).toBe('1165787')
    expect(result({ ...base, value: new Decimal('1165787') }).value.toString()).toBe('1165787')
    const i = interval('1165786.5', '1165787.5')
    expect(result({ ...base, value: i }).value).toBe(i)
    const f = figure('1.165.787 người')
    expect(result({ ...base, value: f }).value).toBe(f)
  })

  it('accepts a Period object and a region', () => {
    const r = result({
      scheme: 'BHYT',
      metric: 'coverage',
      period: { kind: 'month', year: 2023, month: 8 },
      region: 'Kiên Giang',
      value: '0.8385',
    })
    expect(r.period).toEqual({ kind: 'month', year: 2023, month: 8 })
    expect(r.region).toBe('Kiên Giang')
  })

  it('is frozen', () => {
    const r = result(revenueInput)
    expect(Object.isFrozen(r)).toBe(true)
    expect(Object.isFrozen(r.period)).toBe(true)
    expect(() => {
      ;(r as { scheme: string }).scheme = 'BHYT'
    }).toThrow(TypeError)
  })
})

describe('target()', () => {
  it('defaults: kind plan, not a floor, setter unknown', () => {
    const t = target({ scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: '5063500000000' })
    expect(t.record).toBe('target')
    expect(t.kind).toBe('plan')
    expect(t.floor).toBe(false)
    expect(t.setBy).toBeNull()
    expect(t.period).toEqual({ kind: 'year', year: 2020 })
    expect(Object.isFrozen(t)).toBe(true)
  })

  it('"trên 95%" as a target value: a floor whose value is exactly 0,95', () => {
    // Kiên Giang: "đến năm 2025 … tỷ lệ bao phủ BHYT đạt trên 95% dân số"
    const t = target({
      kind: 'target',
      scheme: 'BHYT',
      metric: 'coverage',
      period: 'năm 2025',
      value: figure('trên 95%'),
    })
    expect(t.kind).toBe('target')
    expect(t.floor).toBe(true)
    expect(isReportedFigure(t.value)).toBe(false)
    expect(Decimal.isDecimal(t.value)).toBe(true)
    // the bar is the written 95% = 0,95, not the interval [0,95; 0,96]
    expect((t.value as Decimal).eq('0.95')).toBe(true)
    expect(t.value.toString()).toBe('0.95')
  })

  it('"tối thiểu 95%" is a floor too; an explicit floor: false keeps the figure', () => {
    const atLeast = target({
      scheme: 'BHYT',
      metric: 'coverage',
      period: 'năm 2025',
      value: figure('tối thiểu 95%'),
    })
    expect(atLeast.floor).toBe(true)
    expect(atLeast.value.toString()).toBe('0.95')
    const f = figure('trên 95%')
    const notFloor = target({
      scheme: 'BHYT',
      metric: 'coverage',
      period: 'năm 2025',
      value: f,
      floor: false,
    })
    expect(notFloor.floor).toBe(false)
    expect(notFloor.value).toBe(f)
  })

  it('an exact figure is no floor unless told', () => {
    const t = target({ scheme: 'BHYT', metric: 'coverage', period: 'năm 2023', value: figure('94%') })
    expect(t.floor).toBe(false)
    expect(isReportedFigure(t.value)).toBe(true)
    expect(
      target({ scheme: 'BHYT', metric: 'coverage', period: 'năm 2023', value: '0.94', floor: true }).floor,
    ).toBe(true)
  })

  it('keeps who set it', () => {
    // "đạt 100,04% so với kế hoạch BHXH Việt Nam giao"
    const setBy = targetSetterIn('kế hoạch BHXH Việt Nam giao')
    expect(setBy).toBe('vss')
    const t = target({
      scheme: 'BHXH_BB',
      metric: 'participants',
      period: 'năm 2019',
      value: '100484',
      setBy,
    })
    expect(t.setBy).toBe('vss')
  })
})

describe('validation errors name the field', () => {
  it("an unknown key 'sheme' is an issue at ['sheme'] (and the missing scheme one at ['scheme'])", () => {
    const e = bhxhError(() =>
      target(untypedTarget({ sheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: '1' })),
    )
    expect(e.code).toBe('invalid-input')
    const paths = e.issues.map((i) => i.path)
    expect(paths).toContainEqual(['sheme'])
    expect(paths).toContainEqual(['scheme'])
    const sheme = e.issues.find((i) => i.path[0] === 'sheme')
    expect(sheme?.messages.vi).toContain('sheme')
    expect(sheme?.messages.en).toContain('sheme')
  })

  it('every issue has a Vietnamese and an English message, and they differ', () => {
    const e = bhxhError(() =>
      result(untyped({ scheme: 'BHXH_XX', metric: 'revnue', period: 'năm 2020', value: 'x' })),
    )
    expect(e.issues.map((i) => i.path)).toEqual([['scheme'], ['metric'], ['value']])
    for (const issue of e.issues) {
      expect(issue.messages.vi.length).toBeGreaterThan(0)
      expect(issue.messages.en.length).toBeGreaterThan(0)
      expect(issue.messages.vi).not.toBe(issue.messages.en)
    }
    // the error's own message names the fields in both languages
    expect(e.messages.vi).toContain('scheme')
    expect(e.messages.en).toContain('metric')
    expect(e.messages.vi).not.toBe(e.messages.en)
  })

  it("Vietnamese text '3.620,4' is not a value: read it with figure()", () => {
    const e = bhxhError(() => result({ ...revenueInput, value: '3.620,4' }))
    expect(e.code).toBe('invalid-input')
    expect(e.issues).toHaveLength(1)
    expect(e.issues[0]?.path).toEqual(['value'])
    expect(e.issues[0]?.messages.vi).toContain('figure()')
    expect(e.issues[0]?.messages.en).toContain('figure()')
  })

  it('NaN and Infinity are not values', () => {
    expect(bhxhError(() => result({ ...revenueInput, value: Number.NaN })).issues[0]?.path).toEqual(['value'])
    expect(bhxhError(() => result({ ...revenueInput, value: Number.POSITIVE_INFINITY })).code).toBe(
      'invalid-input',
    )
  })

  it('a decimal string too large to be finite is invalid-input at [value], not another error', () => {
    // 10^(10^17) overflows decimal.js (its largest exponent is 9 × 10^15): not a finite number
    const e = bhxhError(() => result({ ...revenueInput, value: '1e99999999999999999' }))
    expect(e.code).toBe('invalid-input')
    expect(e.issues[0]?.path).toEqual(['value'])
  })

  it('a bad field of a Period object is named by its path', () => {
    const e = bhxhError(() =>
      result(untyped({ ...revenueInput, period: { kind: 'month', year: 2023, month: 13 } })),
    )
    expect(e.code).toBe('invalid-input')
    expect(e.issues[0]?.path).toEqual(['period', 'month'])
  })

  it('a bad kind or setter of a target', () => {
    const base = { scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: '1' }
    expect(bhxhError(() => target(untypedTarget({ ...base, kind: 'wish' }))).issues[0]?.path).toEqual([
      'kind',
    ])
    expect(bhxhError(() => target(untypedTarget({ ...base, setBy: 'boss' }))).issues[0]?.path).toEqual([
      'setBy',
    ])
    expect(bhxhError(() => target(untypedTarget({ ...base, floor: 'yes' }))).issues[0]?.path).toEqual([
      'floor',
    ])
  })

  it('a period phrase that is not one is bad-period; a relative one without a year needs-context', () => {
    expect(bhxhError(() => result({ ...revenueInput, period: 'quý V/2023' })).code).toBe('bad-period')
    expect(bhxhError(() => result({ ...revenueInput, period: '9 tháng đầu năm' })).code).toBe('needs-context')
  })
})

describe('a figure must be in the metric’s unit', () => {
  it('3.620,4 tỷ đồng as participants is unit-mismatch', () => {
    const e = bhxhError(() =>
      result({ scheme: 'ALL', metric: 'participants', period: 'năm 2020', value: figure('3.620,4 tỷ đồng') }),
    )
    expect(e.code).toBe('unit-mismatch')
    expect(e.path).toEqual(['value'])
    expect(e.messages.vi).toContain('3.620,4 tỷ đồng')
  })

  it('71,5% as revenue, and people as coverage, are unit-mismatch', () => {
    expect(
      bhxhError(() =>
        result({ scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: figure('71,5%') }),
      ).code,
    ).toBe('unit-mismatch')
    expect(
      bhxhError(() =>
        target({ scheme: 'BHYT', metric: 'coverage', period: 'năm 2020', value: figure('1.165.787 người') }),
      ).code,
    ).toBe('unit-mismatch')
  })

  it('matching units and figures without a unit pass', () => {
    // trên 800 đơn vị: employers, the unit of arrears-employers
    const employers = result({
      scheme: 'BHXH',
      metric: 'arrears-employers',
      period: 'năm 2023',
      value: figure('trên 800 đơn vị'),
    })
    expect(isReportedFigure(employers.value)).toBe(true)
    expect(
      result({ scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: figure('3.620,4 tỷ đồng') })
        .metric,
    ).toBe('revenue')
    expect(
      result({ scheme: 'BHYT', metric: 'participants', period: 'năm 2020', value: figure('1.076.000') })
        .metric,
    ).toBe('participants')
  })
})

describe('metrics', () => {
  it('every metric has a unit and a kind: revenue is a flow, participants a stock', () => {
    expect(METRIC_CODES).toHaveLength(8)
    expect(METRICS.revenue.flow).toBe(true)
    expect(METRICS.revenue.unit).toBe('vnd')
    expect(METRICS.participants.flow).toBe(false)
    expect(METRICS.coverage.unit).toBe('ratio')
    expect(METRICS['new-participants'].flow).toBe(true)
  })
})

describe('a period phrase that cannot be read', () => {
  it('is a bad-period error at path period, with the span inside the phrase', () => {
    // 'quý V/2023': the quarter V is at offsets [4, 5) of the phrase; quarters run I to IV
    let error: unknown
    try {
      result({ scheme: 'BHYT', metric: 'coverage', period: 'quý V/2023', value: '0.9' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BhxhError)
    const e = error as BhxhError
    expect(e.code).toBe('bad-period')
    expect(e.path).toEqual(['period'])
    expect(e.span).toEqual([4, 5])
    expect(e.messages.vi).toContain('quý phải từ I đến IV')
    expect(e.messages.en).toContain('the quarter must be I to IV')
  })
})

describe('values and regions checked at construction (issue 13 §3b C9, C10)', () => {
  const base = { scheme: 'ALL', metric: 'revenue', period: 'năm 2020' } as const
  const at = (f: () => unknown) => {
    const e = bhxhError(f)
    return [e.code, e.path.join('.')]
  }

  it('a negative revenue or count is rejected (was accepted)', () => {
    expect(at(() => result({ ...base, value: '-5' }))).toEqual(['invalid-input', 'value'])
    expect(
      at(() => result({ ...base, metric: 'participants', scheme: 'BHYT', value: figure('-5 người') })),
    ).toEqual(['invalid-input', 'value'])
    expect(at(() => result({ ...base, value: interval('-1', '5') }))).toEqual(['invalid-input', 'value'])
  })

  it('a coverage rate above 100% is rejected; 100% itself is a rate', () => {
    expect(at(() => result({ ...base, scheme: 'BHYT', metric: 'coverage', value: 1.5 }))).toEqual([
      'invalid-input',
      'value',
    ])
    expect(
      result({ ...base, scheme: 'BHYT', metric: 'coverage', value: figure('100%') }).value.value.toString(),
    ).toBe('1')
  })

  it('a 0 target is rejected at construction (was a division-by-zero later)', () => {
    expect(at(() => target({ ...base, value: '0' }))).toEqual(['invalid-input', 'value'])
    expect(at(() => target({ ...base, value: figure('0 tỷ đồng') }))).toEqual(['invalid-input', 'value'])
  })

  it('an unknown region is an error; a province as articles write it is kept as given', () => {
    expect(at(() => result({ ...base, value: '5', region: 'Atlantis' }))).toEqual(['invalid-input', 'region'])
    expect(result({ ...base, value: '5', region: 'tỉnh Bến Tre' }).region).toBe('tỉnh Bến Tre')
  })
})
