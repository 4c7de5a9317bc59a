/**
 * The measures' input checks (issue 13 §3b C1, C2, C5, C12): wrong types, unknown bases,
 * schemes and options are `invalid-input` errors naming the argument or option, never a
 * TypeError and never silently ignored.
 */
import { describe, expect, it } from 'vitest'
import {
  attainment,
  attainmentWith,
  compoundGrowth,
  coverage,
  coverageGap,
  exact,
  growth,
  impliedBase,
  impliedTarget,
  intervals,
} from '../../src/index'
import { bhxhError } from '../helpers'

const where = (f: () => unknown) => {
  const e = bhxhError(f)
  return [e.code, e.path.join('.')]
}

describe('coverage', () => {
  it('an unknown base name is invalid-input at base.base (was a TypeError)', () => {
    expect(
      where(() => coverage('1', { base: 'labourForce', value: '2' } as never, { scheme: 'BHYT' })),
    ).toEqual(['invalid-input', 'base.base'])
  })

  it('an unknown scheme is invalid-input at scheme, with or without a named base (was a TypeError / ignored)', () => {
    expect(
      where(() => coverage('1', { base: 'population', value: '2' }, { scheme: 'bogus' } as never)),
    ).toEqual(['invalid-input', 'scheme'])
    expect(where(() => coverage('1', '2', { scheme: 'bogus' } as never))).toEqual(['invalid-input', 'scheme'])
    expect(where(() => coverageGap('1', '2', '0.5', { schema: 'BHYT' } as never))).toEqual([
      'invalid-input',
      'schema',
    ])
  })

  it('the working-age labour force is the name of the BHXH base', () => {
    // 104.535 ÷ 798.587 = 0,13090… (Bến Tre, "13,09% lực lượng lao động")
    const c = coverage('104535', { base: 'working-age-labour-force', value: '798587' }, { scheme: 'BHXH' })
    expect(c.toFixed(4)).toBe('0.1309')
  })
})

describe('null, objects and arrays where a quantity is expected (was a TypeError)', () => {
  it.each([
    ['attainment', () => attainment(null as never, '1'), 'actual'],
    ['attainment target', () => attainment('1', {} as never), 'target'],
    ['growth', () => growth(null as never, '1'), 'current'],
    ['growth previous', () => growth('1', [] as never), 'previous'],
    ['coverage', () => coverage(null as never, '1'), 'participants'],
    ['coverage base value', () => coverage('1', { base: 'population', value: null } as never), 'base.value'],
    ['impliedTarget', () => impliedTarget('1', { ratio: 1 } as never), 'ratio'],
    ['impliedBase', () => impliedBase(undefined as never, '0.5'), 'participants'],
    ['compoundGrowth', () => compoundGrowth('100', '121', {} as never), 'years'],
  ])('%s', (_name, f, path) => {
    expect(where(f)).toEqual(['invalid-input', path])
  })

  it('the …With forms check their calculator and its values', () => {
    expect(where(() => attainmentWith(undefined as never, 1, 2, false, null))).toEqual([
      'invalid-input',
      'calculator',
    ])
    expect(where(() => attainmentWith(exact, '1' as never, '2' as never, false, null))).toEqual([
      'invalid-input',
      '1',
    ])
    expect(where(() => attainmentWith(intervals, null as never, null as never, false, null))).toEqual([
      'invalid-input',
      '1',
    ])
  })
})

describe('options: unknown keys and wrong types (was silently accepted)', () => {
  it("growth('1', '2', { rate: 'yes' }) and a misspelt option", () => {
    expect(where(() => growth('1', '2', { rate: 'yes' } as never))).toEqual(['invalid-input', 'rate'])
    expect(where(() => growth('1', '2', { rates: true } as never))).toEqual(['invalid-input', 'rates'])
    expect(where(() => growth('1', '2', null as never))).toEqual(['invalid-input', ''])
  })

  it('attainment: elapsed 5/4 is not a share of a period; floor must be a boolean', () => {
    expect(where(() => attainment('1', '2', { elapsed: { numerator: 5, denominator: 4 } }))).toEqual([
      'invalid-input',
      'elapsed',
    ])
    expect(where(() => attainment('1', '2', { elapsed: { numerator: 0, denominator: 4 } }))).toEqual([
      'invalid-input',
      'elapsed',
    ])
    expect(where(() => attainment('1', '2', { floor: 'yes' } as never))).toEqual(['invalid-input', 'floor'])
    // 3/4 of the year: due 3/4 × 2 = 1,5; 1 ÷ 1,5 = 0,666…
    expect(attainment('1', '2', { elapsed: { numerator: 3, denominator: 4 } }).pace?.due.toString()).toBe(
      '1.5',
    )
  })
})
