/**
 * toDecimal: decimal notation only, exponents within ±1000, wrong types as a coded error
 * (issue 13 §3b, repros C5, C7, C8).
 */
import DecimalJs from 'decimal.js'
import { describe, expect, it } from 'vitest'
import {
  attainment,
  BhxhError,
  coverage,
  Decimal,
  growth,
  NumberFormatError,
  parseNumber,
  toDecimal,
} from '../src/index'
import { MAX_EXPONENT } from '../src/number/digits'

/** The NumberFormatError that `f` throws; fails if it throws nothing or something else. */
function formatError(f: () => unknown): NumberFormatError {
  try {
    f()
  } catch (e) {
    if (e instanceof NumberFormatError) return e
    throw e
  }
  throw new Error('expected a NumberFormatError, nothing was thrown')
}

describe('toDecimal', () => {
  it('reads decimal notation, numbers, bigints, Decimals and parsed values', () => {
    expect(toDecimal(' 3620.4 ').toString()).toBe('3620.4')
    expect(toDecimal('-4.46e-2').toString()).toBe('-0.0446')
    expect(toDecimal('.5').toString()).toBe('0.5')
    expect(toDecimal(0.1).toString()).toBe('0.1')
    expect(toDecimal(10n ** 20n).toFixed()).toBe(`1${'0'.repeat(20)}`)
    expect(toDecimal(new DecimalJs('0.715')).toString()).toBe('0.715') // from another decimal.js
    // 3.620,4 tỷ = 3620.4 × 10^9
    const p = parseNumber('3.620,4 tỷ đồng')
    expect(p.kind === 'number' && toDecimal(p).toString()).toBe('3620400000000')
    expect(Object.is(toDecimal('-0').toNumber(), 0)).toBe(true)
  })

  it.each(['0x10', '0b101', '0o17', '0X1F', '1_000', '1,5', 'Inf', '1e', '-', ''])(
    'C8: %j is not decimal notation: invalid-number (decimal.js would read hex, binary, octal)',
    (s) => {
      // before: '0x10' → 16, '0b101' → 5, '0o17' → 15
      expect(formatError(() => toDecimal(s)).code).toBe('invalid-number')
    },
  )

  it('NaN and Infinity, as numbers or text, are not-finite', () => {
    for (const x of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      'Infinity',
      '-Infinity',
      'NaN',
      new DecimalJs(Number.NaN),
    ]) {
      expect(formatError(() => toDecimal(x)).code).toBe('not-finite')
    }
  })

  it('C7: an exponent beyond ±1000 is too-large, so no ratio can be Infinity', () => {
    // before: both accepted (decimal.js reads exponents up to 9e15) and the ratio was Infinity
    const e = formatError(() => toDecimal('1e9000000000000000'))
    expect(e.code).toBe('too-large')
    expect(e.messages.en).toBe('exponent too large, the limit is ±1000: «1e9000000000000000»')
    expect(formatError(() => toDecimal('1e-9000000000000000')).code).toBe('too-large')
    expect(formatError(() => attainment('1e9000000000000000', '1e-9000000000000000')).code).toBe('too-large')
    expect(formatError(() => growth('1e9000000000000000', '1e-9000000000000000')).code).toBe('too-large')
    expect(formatError(() => toDecimal(new DecimalJs('1e1001'))).code).toBe('too-large')
    // the limit is bhxh/number's: 1e1000 is read; the largest ratio of two is 1e1000 / 1e-1000 = 1e2000
    expect(MAX_EXPONENT).toBe(1000)
    expect(toDecimal('1e1000').eq(new Decimal(10).pow(1000))).toBe(true)
    expect(toDecimal('1e-1000').eq(new Decimal(10).pow(-1000))).toBe(true)
    expect(attainment('1e1000', '1e-1000').ratio.toString()).toBe('1e+2000')
    // every finite double is inside the limit
    expect(toDecimal(Number.MAX_VALUE).toString()).toBe('1.7976931348623157e+308')
    expect(toDecimal(5e-324).toString()).toBe('5e-324')
  })

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [true, 'boolean'],
    [{}, 'object'],
    [{ value: '5' }, 'object'], // a value without precision is no ParsedValue
    [['1'], 'array'],
  ])('C5: %j is no number: invalid-type, never a TypeError', (x, type) => {
    // before: TypeError "Cannot use 'in' operator to search for 'value' in null"
    const e = formatError(() => toDecimal(x as unknown as string))
    expect(e.code).toBe('invalid-type')
    expect(e.messages).toEqual({
      vi: `sai kiểu dữ liệu: cần số, chuỗi số thập phân hoặc Decimal, nhận được ${type}`,
      en: `wrong type: expected a number, a decimal string or a Decimal, got ${type}`,
    })
  })

  it('C5: the measures name the argument of the wrong type (invalid-input with its path)', () => {
    const untyped = null as unknown as string
    for (const [f, path] of [
      [() => attainment(untyped, '1'), 'actual'],
      [() => growth(untyped, '1'), 'current'],
      [() => coverage(untyped, '1'), 'participants'],
    ] as const) {
      let caught: unknown
      try {
        f()
      } catch (e) {
        caught = e
      }
      expect(caught).toBeInstanceOf(BhxhError)
      expect(caught).toMatchObject({ code: 'invalid-input', path: [path] })
    }
  })
})
