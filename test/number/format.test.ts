import Decimal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_EXPONENT, ROUNDING_MODES, type RoundingMode } from '../../src/number/digits'
import { NumberFormatError } from '../../src/number/errors'
import {
  type FormatOptions,
  formatNumber,
  formatPercent,
  formatPoints,
  formatVnd,
  type VndOptions,
  type VndScale,
  type VndUnit,
} from '../../src/number/format'

// A private Decimal constructor, so no global configuration leaks in or out.
const D = Decimal.clone({ precision: 100 })

const MODES = ROUNDING_MODES

// decimal.js's rounding constants for each mode, for cross-checks.
const DECIMAL_JS: Record<RoundingMode, Decimal.Rounding> = {
  up: D.ROUND_UP,
  down: D.ROUND_DOWN,
  ceil: D.ROUND_CEIL,
  floor: D.ROUND_FLOOR,
  'half-up': D.ROUND_HALF_UP,
  'half-down': D.ROUND_HALF_DOWN,
  'half-even': D.ROUND_HALF_EVEN,
  'half-ceil': D.ROUND_HALF_CEIL,
  'half-floor': D.ROUND_HALF_FLOOR,
}

/** decimal.js's toFixed, without its '-0.00' for negatives that round to zero. */
function toFixed(x: string, decimals: number, mode: RoundingMode): string {
  return new D(x).toFixed(decimals, DECIMAL_JS[mode]).replace(/^-(?=[0.]+$)/, '')
}

/** Undoes the Vietnamese separators: '-1.076.000,5' → '-1076000.5'. */
function plain(s: string): string {
  return s.replaceAll('.', '').replace(',', '.')
}

/** The error code that `f` throws (failing the test if it throws something else or nothing). */
function codeOf(f: () => unknown): string {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(NumberFormatError)
    if (e instanceof NumberFormatError) return e.code
  }
  throw new Error('expected a NumberFormatError')
}

/** The text of the `invalid-option` error that `f` throws. */
function optionError(f: () => unknown): string {
  try {
    f()
  } catch (e) {
    if (e instanceof NumberFormatError && e.code === 'invalid-option') return e.input
    throw e
  }
  throw new Error('expected a NumberFormatError')
}

describe('formatNumber', () => {
  it.each([
    [1076000, '1.076.000'],
    ['3620.4', '3.620,4'],
    [0.715, '0,715'],
    [-4.46, '-4,46'],
    ['0.1234567890123456789', '0,1234567890123456789'],
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1.000'],
    [-1000, '-1.000'],
    [12345, '12.345'],
    [100000, '100.000'],
    [1234567, '1.234.567'],
    [0.1, '0,1'],
    [0.1234567, '0,1234567'], // fraction digits are never grouped
    [1234.5678, '1.234,5678'],
    ['+12', '12'],
    ['  42.50  ', '42,5'], // trailing zeros of the input are not significant
    ['.5', '0,5'],
    ['5.', '5'],
    ['000123.4500', '123,45'],
    ['1.5e3', '1.500'],
    ['15E-1', '1,5'],
  ] as const)('%j → %s', (x, out) => {
    expect(formatNumber(x)).toBe(out)
  })

  it('does not group with grouping: false', () => {
    expect(formatNumber(1076000.5, { grouping: false })).toBe('1076000,5')
    expect(formatNumber(-3620400000000n, { grouping: false })).toBe('-3620400000000')
    expect(formatNumber(1234.5, { grouping: true })).toBe('1.234,5')
    expect(formatNumber(1234.5678, { grouping: false, decimals: 2 })).toBe('1234,57')
  })

  it.each<[number | string, FormatOptions, string]>([
    [1.5, { minDecimals: 2 }, '1,50'],
    ['1.23456', { minDecimals: 2 }, '1,23456'], // minDecimals pads, never rounds
    [1.23456, { maxDecimals: 2 }, '1,23'],
    [1.2, { maxDecimals: 2 }, '1,2'], // no padding without minDecimals
    [1.995, { maxDecimals: 2 }, '2'], // 1.995 → 2.00 → trailing zeros dropped
    [1.995, { minDecimals: 1, maxDecimals: 2 }, '2,0'],
    [1.2, { minDecimals: 1, maxDecimals: 3 }, '1,2'],
    [1, { minDecimals: 1, maxDecimals: 3 }, '1,0'],
    [1, { decimals: 2 }, '1,00'],
    [1.2, { decimals: 0 }, '1'],
    [1.2, { decimals: 3 }, '1,200'],
    [1.23456, { decimals: 2, maxDecimals: 4 }, '1,2346'], // explicit maxDecimals wins over decimals
    [1.2, { decimals: 2, maxDecimals: 4 }, '1,20'],
    [1.2, { decimals: 3, minDecimals: 1 }, '1,2'], // explicit minDecimals wins over decimals
    [1.23456, { decimals: 3, minDecimals: 1 }, '1,235'],
    [2, { minDecimals: 2, maxDecimals: 2 }, '2,00'],
    [999.995, { decimals: 2 }, '1.000,00'], // the carry runs into a new group
    [9.5, { decimals: 0 }, '10'],
    [-999999.5, { decimals: 0 }, '-1.000.000'],
    [0.05, { decimals: 1 }, '0,1'],
    [0.04, { decimals: 1 }, '0,0'],
    [1, { decimals: 100 }, `1,${'0'.repeat(100)}`],
    [1234.5, { decimals: 0, rounding: 'half-even' }, '1.234'],
  ])('%j with %j → %s', (x, options, out) => {
    expect(formatNumber(x, options)).toBe(out)
  })

  it('formats huge values exactly', () => {
    const big = `1${'0'.repeat(30)}`
    expect(formatNumber(10n ** 30n)).toBe('1.000.000.000.000.000.000.000.000.000.000')
    expect(formatNumber(`${big}.5`)).toBe('1.000.000.000.000.000.000.000.000.000.000,5')
    expect(formatNumber(`-${big}.5`, { decimals: 0 })).toBe('-1.000.000.000.000.000.000.000.000.000.001')
    expect(formatNumber(`${big}.5`, { decimals: 0, rounding: 'half-even' })).toBe(
      '1.000.000.000.000.000.000.000.000.000.000',
    )
    expect(formatNumber(`${big}.5`, { grouping: false })).toBe(`${big},5`)
    // Doubles beyond 1e21 print in exponent notation; they are read exactly through it.
    expect(formatNumber(1e21)).toBe('1.000.000.000.000.000.000.000')
    expect(formatNumber('1e+21')).toBe('1.000.000.000.000.000.000.000')
    expect(formatNumber(Number.MAX_SAFE_INTEGER)).toBe('9.007.199.254.740.991')
    expect(formatNumber(1.7976931348623157e308)).toBe(`179.769.313.486.231.570${'.000'.repeat(97)}`)
  })

  it('formats tiny values exactly', () => {
    expect(formatNumber(1e-20)).toBe('0,00000000000000000001')
    expect(formatNumber('-1e-20')).toBe('-0,00000000000000000001')
    expect(formatNumber(1e-20, { decimals: 2 })).toBe('0,00')
    expect(formatNumber(1e-20, { maxDecimals: 2 })).toBe('0')
    expect(formatNumber(1e-20, { decimals: 2, rounding: 'up' })).toBe('0,01')
    expect(formatNumber(-1e-20, { decimals: 2, rounding: 'up' })).toBe('-0,01')
    expect(formatNumber(-1e-20, { decimals: 2, rounding: 'floor' })).toBe('-0,01')
    expect(formatNumber(-1e-20, { decimals: 2, rounding: 'ceil' })).toBe('0,00')
    expect(formatNumber(5e-324)).toBe(`0,${'0'.repeat(323)}5`)
  })

  it('reads bigints', () => {
    expect(formatNumber(1076000n)).toBe('1.076.000')
    expect(formatNumber(-3620400000000n)).toBe('-3.620.400.000.000')
    expect(formatNumber(0n)).toBe('0')
    expect(formatNumber(10n ** 40n + 1n)).toBe(`10${'.000'.repeat(12)}.001`) // 41 digits
    expect(formatNumber(1076000n, { decimals: 2 })).toBe('1.076.000,00')
  })

  it('reads decimal.js Decimals through their string form', () => {
    expect(formatNumber(new D('3620.4'))).toBe('3.620,4')
    expect(formatNumber(new D(-4.46))).toBe('-4,46')
    expect(formatNumber(new D('-0'))).toBe('0')
    // 10^30 + 0.5 prints as '1.0000000000000000000000000000005e+30'
    expect(formatNumber(new D(10).pow(30).plus(0.5))).toBe('1.000.000.000.000.000.000.000.000.000.000,5')
    expect(formatNumber(new D('1e-20'))).toBe('0,00000000000000000001')
    expect(formatNumber(new D('2.45'), { decimals: 1, rounding: 'half-even' })).toBe('2,4')
    // The default Decimal constructor too, not only clones.
    expect(formatNumber(new Decimal('0.715'))).toBe('0,715')
  })

  it('never prints a negative zero', () => {
    expect(formatNumber(-0)).toBe('0')
    expect(formatNumber(-0, { decimals: 2 })).toBe('0,00')
    expect(formatNumber(-0.001, { decimals: 2 })).toBe('0,00')
    expect(formatNumber('-0.001', { maxDecimals: 2 })).toBe('0')
    expect(formatNumber(-0.4, { decimals: 0 })).toBe('0')
    expect(formatNumber('-0.000')).toBe('0')
    expect(formatNumber('-0e5', { minDecimals: 1 })).toBe('0,0')
    for (const rounding of MODES) {
      expect(formatNumber(-0.001, { decimals: 2, rounding })).not.toMatch(/^-0(,0*)?$/)
    }
  })

  it('rejects non-finite and non-decimal inputs', () => {
    expect(codeOf(() => formatNumber(Number.NaN))).toBe('not-finite')
    expect(codeOf(() => formatNumber(Number.POSITIVE_INFINITY))).toBe('not-finite')
    expect(codeOf(() => formatNumber(Number.NEGATIVE_INFINITY))).toBe('not-finite')
    expect(codeOf(() => formatNumber('Infinity'))).toBe('not-finite')
    expect(codeOf(() => formatNumber(new D(Number.NaN)))).toBe('not-finite')
    expect(codeOf(() => formatNumber(new D(Number.NEGATIVE_INFINITY)))).toBe('not-finite')
    expect(codeOf(() => formatNumber('abc'))).toBe('invalid-number')
    expect(codeOf(() => formatNumber(''))).toBe('invalid-number')
    expect(codeOf(() => formatNumber('1,5'))).toBe('invalid-number') // a Vietnamese string is for the parser
    expect(codeOf(() => formatNumber('1.2.3'))).toBe('invalid-number')
    expect(codeOf(() => formatNumber({ toString: () => 'x' }))).toBe('invalid-number')
  })

  it('N10: an exponent beyond ±1000 is too-large, with a message that says so', () => {
    // before: 'not a decimal number' for 1e50000000, and a 1.3 MB string for 1e1000000
    let error: unknown
    try {
      formatNumber('1e50000000')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(NumberFormatError)
    expect(error).toMatchObject({
      code: 'too-large',
      messages: {
        vi: 'số mũ quá lớn, giới hạn là ±1000: «1e50000000»',
        en: 'exponent too large, the limit is ±1000: «1e50000000»',
      },
    })
    expect(String(MAX_EXPONENT)).toBe('1000') // the limit the message names
    expect(codeOf(() => formatNumber('1e1000000'))).toBe('too-large')
    expect(codeOf(() => formatNumber('1e-1001'))).toBe('too-large')
    expect(codeOf(() => formatPercent('1e9000000000000000'))).toBe('too-large')
    expect(codeOf(() => formatVnd(new D('1e2000')))).toBe('too-large')
    // at the limit: 1 and 1000 zeros = 1001 digits in 334 groups, 333 dots → 1334 characters
    expect(formatNumber('1e1000')).toHaveLength(1334)
    expect(formatNumber('1e-1000')).toBe(`0,${'0'.repeat(999)}1`)
    // a long number written out in full is not an exponent: every digit is printed
    expect(formatNumber('7'.repeat(3000), { grouping: false })).toBe('7'.repeat(3000))
  })

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [true, 'boolean'],
    [{}, 'object'],
    [['1'], 'array'],
    [Symbol('x'), 'symbol'],
  ])('%s is no number: invalid-type, never coerced with String()', (x, type) => {
    const untyped = x as unknown as string
    for (const f of [formatNumber, formatPercent, formatPoints, formatVnd]) {
      let error: unknown
      try {
        f(untyped)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(NumberFormatError)
      expect(error).toMatchObject({
        code: 'invalid-type',
        messages: { en: `wrong type: expected a number or a decimal string, got ${type}` },
      })
    }
  })

  it('rejects invalid options with invalid-option', () => {
    const bad = <T>(o: T) => o as unknown as FormatOptions
    expect(codeOf(() => formatNumber(1, { decimals: -1 }))).toBe('invalid-option')
    expect(codeOf(() => formatNumber(1, { decimals: 1.5 }))).toBe('invalid-option')
    expect(codeOf(() => formatNumber(1, { rounding: 'nope' as RoundingMode }))).toBe('invalid-option')
    expect(optionError(() => formatNumber(1, { decimals: -1 }))).toBe('decimals: -1')
    expect(optionError(() => formatNumber(1, { decimals: 1.5 }))).toBe('decimals: 1.5')
    expect(optionError(() => formatNumber(1, { decimals: 101 }))).toBe('decimals: 101')
    expect(optionError(() => formatNumber(1, { decimals: Number.NaN }))).toBe('decimals: NaN')
    expect(optionError(() => formatNumber(1, bad({ decimals: '2' })))).toBe('decimals: 2')
    expect(optionError(() => formatNumber(1, { minDecimals: -2 }))).toBe('minDecimals: -2')
    expect(optionError(() => formatNumber(1, { maxDecimals: Number.POSITIVE_INFINITY }))).toBe(
      'maxDecimals: Infinity',
    )
    expect(optionError(() => formatNumber(1, { minDecimals: 3, maxDecimals: 2 }))).toBe('minDecimals: 3')
    expect(optionError(() => formatNumber(1, { decimals: 1, minDecimals: 2 }))).toBe('minDecimals: 2')
    expect(optionError(() => formatNumber(1, { rounding: 'nope' as RoundingMode }))).toBe('rounding: nope')
    // Rounding is checked even when nothing is rounded.
    expect(optionError(() => formatNumber(1, { rounding: 'HALF_UP' as RoundingMode }))).toBe(
      'rounding: HALF_UP',
    )
    // Options are checked before the input is read.
    expect(codeOf(() => formatNumber(Number.NaN, { decimals: -1 }))).toBe('invalid-option')
  })
})

describe('rounding modes', () => {
  // Worked out by hand from the definitions (decimal.js's ROUND_* semantics):
  //   up: away from zero; down: towards zero; ceil: towards +∞; floor: towards −∞;
  //   half-*: to the nearest, a tie going away from zero / towards zero / to the even neighbour /
  //   towards +∞ / towards −∞.
  // All inputs below are exact ties, so the half modes differ.
  //                 up       down     ceil     floor    half-up  half-down half-even half-ceil half-floor
  const TABLE: [string, number, string[]][] = [
    ['2.5', 0, ['3', '2', '3', '2', '3', '2', '2', '3', '2']],
    ['-2.5', 0, ['-3', '-2', '-2', '-3', '-3', '-2', '-2', '-2', '-3']],
    ['2.45', 1, ['2,5', '2,4', '2,5', '2,4', '2,5', '2,4', '2,4', '2,5', '2,4']],
    ['-2.45', 1, ['-2,5', '-2,4', '-2,4', '-2,5', '-2,5', '-2,4', '-2,4', '-2,4', '-2,5']],
    // 1.005 is a tie only as a decimal (the double 1.005 is 1.00499999999999989…); inputs are
    // read through their shortest string, so the number 1.005 is the tie too.
    ['1.005', 2, ['1,01', '1,00', '1,01', '1,00', '1,01', '1,00', '1,00', '1,01', '1,00']],
    ['-1.005', 2, ['-1,01', '-1,00', '-1,00', '-1,01', '-1,01', '-1,00', '-1,00', '-1,00', '-1,01']],
  ]
  const cases = TABLE.flatMap(([x, decimals, outs]) =>
    MODES.map((mode, i) => [x, decimals, mode, outs[i] ?? ''] as const),
  )

  it.each(cases)('%s to %i decimals, %s → %s', (x, decimals, rounding, out) => {
    expect(formatNumber(x, { decimals, rounding })).toBe(out)
    expect(formatNumber(Number(x), { decimals, rounding })).toBe(out)
    expect(formatNumber(new D(x), { decimals, rounding })).toBe(out)
    // The hand-written table agrees with decimal.js.
    expect(toFixed(x, decimals, rounding).replace('.', ',')).toBe(out)
  })

  it('defaults to half-up', () => {
    expect(formatNumber(2.5, { decimals: 0 })).toBe('3')
    expect(formatNumber(-2.5, { decimals: 0 })).toBe('-3')
    expect(formatNumber(1.005, { decimals: 2 })).toBe('1,01')
  })

  it('rounds off non-ties to the nearest in every half mode', () => {
    for (const rounding of MODES.filter((m) => m.startsWith('half'))) {
      expect(formatNumber(2.4500001, { decimals: 1, rounding })).toBe('2,5')
      expect(formatNumber(-2.4499999, { decimals: 1, rounding })).toBe('-2,4')
      expect(formatNumber('3.5000000000000000000001', { decimals: 0, rounding })).toBe('4')
      expect(formatNumber(-0.5000001, { decimals: 0, rounding })).toBe('-1')
    }
  })
})

describe('formatPercent', () => {
  it.each<[number | string, FormatOptions & { space?: boolean }, string]>([
    [0.715, {}, '71,5%'],
    [3.0272, {}, '302,72%'],
    [0.0003, {}, '0,03%'],
    [0.715, { space: true }, '71,5\u00a0%'],
    [3.0272, { space: true }, '302,72\u00a0%'],
    [0.715, { space: false }, '71,5%'],
    [1, {}, '100%'],
    [0, {}, '0%'],
    [-0.5, {}, '-50%'],
    [12.345, {}, '1.234,5%'],
    [12.345, { grouping: false }, '1234,5%'],
    [0.715, { decimals: 2 }, '71,50%'],
    [0.12345, { maxDecimals: 1 }, '12,3%'],
    [0.71549, { decimals: 1 }, '71,5%'],
    [0.71551, { decimals: 1, rounding: 'down' }, '71,5%'],
    [-0.00001, { decimals: 1 }, '0,0%'],
    ['0.8385', {}, '83,85%'],
  ])('%j with %j → %s', (x, options, out) => {
    expect(formatPercent(x, options)).toBe(out)
  })

  it('uses U+00A0, not a plain space', () => {
    expect(formatPercent(0.715, { space: true }).charCodeAt(4)).toBe(0xa0)
  })

  it('checks options and inputs like formatNumber', () => {
    expect(codeOf(() => formatPercent(Number.NaN))).toBe('not-finite')
    expect(codeOf(() => formatPercent(0.5, { decimals: -1 }))).toBe('invalid-option')
  })
})

describe('formatPoints', () => {
  it.each<[number | string, FormatOptions, string]>([
    [-0.0615, {}, '-6,15 điểm phần trăm'],
    [0.0615, {}, '6,15 điểm phần trăm'],
    ['-0.0615', {}, '-6,15 điểm phần trăm'],
    [0, {}, '0 điểm phần trăm'],
    [-0.0615, { decimals: 1 }, '-6,2 điểm phần trăm'],
    [-0.0615, { decimals: 1, rounding: 'half-even' }, '-6,2 điểm phần trăm'],
    [-0.0625, { decimals: 1, rounding: 'half-even' }, '-6,2 điểm phần trăm'],
    [-0.00001, { decimals: 2 }, '0,00 điểm phần trăm'],
  ])('%j with %j → %s', (x, options, out) => {
    expect(formatPoints(x, options)).toBe(out)
  })

  it('takes an exact difference: 83,85% − 90% is −6,15 points', () => {
    expect(formatPoints(new D('0.8385').minus('0.9'))).toBe('-6,15 điểm phần trăm')
    // A float subtraction is not exact; rounding hides it.
    expect(formatPoints(0.8385 - 0.9, { maxDecimals: 2 })).toBe('-6,15 điểm phần trăm')
  })

  it('checks options and inputs like formatNumber', () => {
    expect(codeOf(() => formatPoints('abc'))).toBe('invalid-number')
    expect(codeOf(() => formatPoints(1, { rounding: 'nope' as RoundingMode }))).toBe('invalid-option')
  })
})

describe('formatVnd', () => {
  it.each<[number | string | bigint, VndOptions, string]>([
    [3620400000000, {}, '3.620,4 tỷ đồng'],
    [3620400000000, { scale: 'auto' }, '3.620,4 tỷ đồng'],
    [3620400000000, { scale: 'triệu' }, '3.620.400 triệu đồng'],
    [3620400000000, { scale: 'đồng', unit: '₫' }, '3.620.400.000.000 ₫'],
    [3620400000000, { unit: 'VND' }, '3.620,4 tỷ VND'],
    [3620400000000, { unit: 'VNĐ' }, '3.620,4 tỷ VNĐ'],
    [3620400000000, { unit: 'đ' }, '3.620,4 tỷ đ'],
    [3620400000000, { scale: 'tỷ', unit: '₫' }, '3.620,4 tỷ ₫'],
    [3620400000000, { scale: 'nghìn' }, '3.620.400.000 nghìn đồng'],
    [3620400000000n, {}, '3.620,4 tỷ đồng'],
    ['3.6204e12', {}, '3.620,4 tỷ đồng'],
    [1500000, {}, '1,5 triệu đồng'],
    [-1500000, {}, '-1,5 triệu đồng'],
    [1500000, { scale: 'nghìn' }, '1.500 nghìn đồng'],
    [1500000, { scale: 'đồng', unit: 'VND' }, '1.500.000 VND'],
    [42000000000, {}, '42 tỷ đồng'],
    [0, {}, '0 đồng'],
    [0, { scale: 'tỷ' }, '0 tỷ đồng'],
    [999999, {}, '999.999 đồng'], // auto never picks nghìn
    [1000000, {}, '1 triệu đồng'],
    [999999999, {}, '999,999999 triệu đồng'],
    [1000000000, {}, '1 tỷ đồng'],
    [-1000000000, {}, '-1 tỷ đồng'],
    [0.5, {}, '0,5 đồng'],
    // Rounding applies after scaling.
    [3620400000000, { decimals: 1 }, '3.620,4 tỷ đồng'],
    [3620450000000, { decimals: 1 }, '3.620,5 tỷ đồng'],
    [3620450000000, { decimals: 1, rounding: 'half-even' }, '3.620,4 tỷ đồng'],
    [3620400000000, { decimals: 0 }, '3.620 tỷ đồng'],
    [1234567, { scale: 'triệu', decimals: 2 }, '1,23 triệu đồng'],
    [1500000, { scale: 'tỷ', decimals: 2 }, '0,00 tỷ đồng'], // an explicit scale is kept
    [1500000, { scale: 'tỷ' }, '0,0015 tỷ đồng'],
    // 'auto' moves up a scale when the rounded figure reaches it.
    [999999999, { decimals: 1 }, '1,0 tỷ đồng'],
    [999999999, { decimals: 1, rounding: 'down' }, '999,9 triệu đồng'],
    [999999.5, { decimals: 0 }, '1 triệu đồng'],
    [999999.4, { decimals: 0 }, '999.999 đồng'],
    [600000, { decimals: 0 }, '600.000 đồng'], // the scale follows the amount, not the rounded figure
    [600000000, { decimals: 0 }, '600 triệu đồng'],
    [999999999.4, { decimals: 0, scale: 'auto' }, '1 tỷ đồng'],
    [999999999.4, { decimals: 0, scale: 'triệu' }, '1.000 triệu đồng'],
    [-0.4, { decimals: 0 }, '0 đồng'],
    [-0.001, { decimals: 2 }, '0,00 đồng'],
  ])('%s with %j → %s', (x, options, out) => {
    expect(formatVnd(x, options)).toBe(out)
  })

  it('rejects unknown scales and units', () => {
    expect(optionError(() => formatVnd(1, { scale: 'tỉ' as VndScale }))).toBe('scale: tỉ')
    expect(optionError(() => formatVnd(1, { scale: 'toString' as VndScale }))).toBe('scale: toString')
    expect(optionError(() => formatVnd(1, { unit: 'USD' as VndUnit }))).toBe('unit: USD')
    expect(optionError(() => formatVnd(1, { decimals: 1.5 }))).toBe('decimals: 1.5')
    expect(codeOf(() => formatVnd(Number.POSITIVE_INFINITY))).toBe('not-finite')
  })
})

it('writes Vietnamese in NFC', () => {
  const outs = [
    formatPoints(-0.0615),
    ...(['đồng', 'nghìn', 'triệu', 'tỷ'] as const).map((scale) => formatVnd(1, { scale })),
    ...(['đồng', '₫', 'đ', 'VND', 'VNĐ'] as const).map((unit) => formatVnd(1, { unit })),
  ]
  for (const s of outs) expect(s).toBe(s.normalize('NFC'))
})

describe('properties', () => {
  const RUNS = { numRuns: 10_000 }
  const digits = (maxLength: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength })
  // A random decimal string: sign, integer part (often small or zero), optional fraction.
  const decimal = fc
    .tuple(
      fc.boolean(),
      fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 999n }), fc.bigInt({ min: 0n, max: 10n ** 40n })),
      fc.oneof(digits(3), digits(30)),
    )
    .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`)
  const mode = fc.constantFrom(...MODES)
  const SHAPE = /^-?\d{1,3}(\.\d{3})*(,\d+)?$/

  /** The canonical form of a decimal string: no redundant zeros, no '-0'. */
  function canonical(s: string): string {
    const neg = s.startsWith('-')
    const [int = '', frac = ''] = s.replace(/^-/, '').split('.')
    const i = int.replace(/^0+(?=\d)/, '')
    const f = frac.replace(/0+$/, '')
    return (neg && /[1-9]/.test(i + f) ? '-' : '') + i + (f ? `.${f}` : '')
  }

  it('shows every digit of the input, and nothing else', () => {
    fc.assert(
      fc.property(decimal, (s) => {
        const out = formatNumber(s)
        expect(out).toMatch(SHAPE)
        expect(plain(out)).toBe(canonical(s))
        expect(formatNumber(s, { grouping: false })).toBe(plain(out).replace('.', ','))
      }),
      RUNS,
    )
  })

  it('with decimals: d, prints exactly d digits after the comma', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 25 }), mode, (s, decimals, rounding) => {
        const out = formatNumber(s, { decimals, rounding })
        expect(out).toMatch(SHAPE)
        expect(out.split(',')[1]?.length ?? 0).toBe(decimals)
      }),
      RUNS,
    )
  })

  it('rounds as decimal.js does, in every mode', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 25 }), mode, (s, decimals, rounding) => {
        const out = formatNumber(s, { decimals, rounding, grouping: false })
        expect(out.replace(',', '.')).toBe(toFixed(s, decimals, rounding))
      }),
      RUNS,
    )
  })

  it('never prints -0 or NaN', () => {
    const count = fc.integer({ min: 0, max: 5 })
    const options = fc.oneof(
      fc.record({ decimals: count, rounding: mode }, { requiredKeys: [] }),
      fc
        .tuple(count, count, mode)
        .map(([a, b, rounding]) => ({ minDecimals: Math.min(a, b), maxDecimals: Math.max(a, b), rounding })),
    )
    // Mostly tiny values, which round to zero.
    const tiny = fc.oneof(
      decimal,
      decimal.map((s) => `${s}e-${s.length}`),
    )
    fc.assert(
      fc.property(tiny, options, (s, o) => {
        const outs = [
          formatNumber(s, o),
          formatPercent(s, o).slice(0, -1),
          formatPoints(s, o).split(' ')[0] ?? '',
          formatVnd(s, o).split(' ')[0] ?? '',
        ]
        for (const out of outs) {
          expect(out).toMatch(SHAPE)
          expect(out).not.toMatch(/^-0(,0*)?$/)
          expect(out).not.toContain('NaN')
        }
      }),
      RUNS,
    )
  })

  it('formats every double without throwing, with the digits of String(x)', () => {
    const significant = (s: string) => (s.split('e')[0] ?? '').replace(/\D/g, '').replace(/^0+|0+$/g, '')
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const out = formatNumber(x)
        expect(out).toMatch(SHAPE)
        expect(significant(out)).toBe(significant(String(x)))
        expect(out.startsWith('-')).toBe(x < 0)
        expect(plain(out)).toBe(new D(String(x)).toFixed())
        expect(Number(plain(out))).toBe(x === 0 ? 0 : x)
      }),
      RUNS,
    )
  })

  it('formatPercent, formatPoints and formatVnd move the decimal point and nothing else', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 6 }), mode, (s, decimals, rounding) => {
        const o = { decimals, rounding }
        expect(formatPercent(s, o)).toBe(`${formatNumber(`${s}e2`, o)}%`)
        expect(formatPoints(s, o)).toBe(`${formatNumber(`${s}e2`, o)} điểm phần trăm`)
        expect(formatVnd(s, { ...o, scale: 'triệu' })).toBe(`${formatNumber(`${s}e-6`, o)} triệu đồng`)
        expect(formatVnd(s, { scale: 'đồng', unit: '₫' })).toBe(`${formatNumber(s)} ₫`)
      }),
      RUNS,
    )
  })

  it("formatVnd's auto scale follows the size of the amount", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (n) => {
        const abs = n < 0n ? -n : n
        const scale = abs >= 10n ** 9n ? 'tỷ' : abs >= 10n ** 6n ? 'triệu' : 'đồng'
        expect(formatVnd(n)).toBe(formatVnd(n, { scale }))
      }),
      RUNS,
    )
  })
})
