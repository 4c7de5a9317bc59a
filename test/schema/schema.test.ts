/**
 * The zod schemas of the core's inputs and validate(), which names each bad field in
 * Vietnamese and English.
 */
import { describe, expect, it } from 'vitest'
import { checkFigures } from '../../src/check/check'
import {
  Decimal,
  DecimalLikeSchema,
  figure,
  interval,
  isDecimalLike,
  MetricSchema,
  ResultInputSchema,
  SchemeCodeSchema,
  TargetInputSchema,
  toDecimal,
  ValueInputSchema,
  validate,
} from '../../src/index'
import {
  CheckOptionsSchema,
  KnownBasesSchema,
  ReportInputSchema,
  StatementSchema,
} from '../../src/schema/index'
import { bhxhError } from '../helpers'

const what = { vi: 'kết quả', en: 'result' }

describe('isDecimalLike / DecimalLikeSchema', () => {
  it.each([
    ['3620400000000'],
    ['0.715'],
    ['-4.46e-2'],
    ['.5'],
    [' 42 '],
    [0.1],
    [-3],
    [10n],
    [new Decimal('3620400000000')],
  ])('accepts %s', (x) => {
    expect(isDecimalLike(x)).toBe(true)
    expect(DecimalLikeSchema.safeParse(x).success).toBe(true)
  })

  it.each([
    ['3.620,4'], // Vietnamese text: read it with figure()
    ['1,5'],
    ['71,5%'],
    [''],
    ['abc'],
    ['1e'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [new Decimal(Number.NaN)],
    [null],
    [undefined],
    [{}],
    [true],
  ])('rejects %s', (x) => {
    expect(isDecimalLike(x)).toBe(false)
    expect(DecimalLikeSchema.safeParse(x).success).toBe(false)
  })

  it('rejects a decimal string whose value is not finite', () => {
    // 1e99999999999999999 = 10^(10^17): above decimal.js's largest exponent (9 × 10^15), so
    // new Decimal() makes Infinity of it and toDecimal() throws; the check must not pass it
    expect(new Decimal('1e99999999999999999').isFinite()).toBe(false)
    expect(isDecimalLike('1e99999999999999999')).toBe(false)
  })

  it('rejects a string longer than 10.000 characters', () => {
    expect(isDecimalLike('1'.repeat(10_000))).toBe(true)
    expect(isDecimalLike('1'.repeat(10_001))).toBe(false)
  })
})

describe('ValueInputSchema', () => {
  it('an exact number, an interval or a figure', () => {
    expect(ValueInputSchema.safeParse('0.715').success).toBe(true)
    expect(ValueInputSchema.safeParse(interval('0.7145', '0.7155')).success).toBe(true)
    expect(ValueInputSchema.safeParse(figure('gần 1.076.000 người')).success).toBe(true)
    expect(ValueInputSchema.safeParse('3.620,4 tỷ').success).toBe(false)
    expect(ValueInputSchema.safeParse({ lo: 1, hi: 2 }).success).toBe(false)
  })

  it('not an interval whose lower end is above its upper end', () => {
    // interval('5', '1') throws invalid-input; the same object made by hand must not pass either
    expect(bhxhError(() => interval('5', '1')).code).toBe('invalid-input')
    const inverted = { kind: 'interval', lo: new Decimal(5), hi: new Decimal(1) }
    expect(ValueInputSchema.safeParse(inverted).success).toBe(false)
  })
})

describe('SchemeCodeSchema, MetricSchema', () => {
  it('codes pass, phrasings and misspellings do not', () => {
    expect(SchemeCodeSchema.safeParse('BHYT').success).toBe(true)
    expect(SchemeCodeSchema.safeParse('BHXH tự nguyện').success).toBe(false)
    expect(MetricSchema.safeParse('revenue').success).toBe(true)
    expect(MetricSchema.safeParse('revnue').success).toBe(false)
  })
})

describe('ResultInputSchema, TargetInputSchema', () => {
  const input = { scheme: 'ALL', metric: 'revenue', period: '9 tháng đầu năm 2020', value: '3620400000000' }

  it('accept a result and a target', () => {
    expect(ResultInputSchema.safeParse(input).success).toBe(true)
    expect(
      TargetInputSchema.safeParse({ ...input, period: 'năm 2020', kind: 'plan', floor: false }).success,
    ).toBe(true)
    expect(ResultInputSchema.safeParse({ ...input, region: null }).success).toBe(true)
  })

  it('are strict: a target field on a result, a misspelt field, are errors', () => {
    expect(ResultInputSchema.safeParse({ ...input, kind: 'plan' }).success).toBe(false)
    expect(TargetInputSchema.safeParse({ ...input, flor: true }).success).toBe(false)
  })
})

describe('validate()', () => {
  it('returns the parsed input when it is valid', () => {
    const v = validate(
      ResultInputSchema,
      { scheme: 'BHYT', metric: 'coverage', period: 'năm 2020', value: 0.9 },
      what,
    )
    expect(v.scheme).toBe('BHYT')
  })

  it('throws invalid-input with one issue per field, each in vi and en', () => {
    const e = bhxhError(() =>
      validate(
        ResultInputSchema,
        { scheme: 'BHXH_XX', metric: 'revenue', period: 'năm 2020', value: '3.620,4' },
        what,
      ),
    )
    expect(e.code).toBe('invalid-input')
    expect(e.issues.map((i) => i.path)).toEqual([['scheme'], ['value']])
    const scheme = e.issues[0]
    expect(scheme?.messages.vi).not.toBe(scheme?.messages.en)
    // zod's own locales: the Vietnamese and English wording of an invalid option
    expect(scheme?.messages.en).toContain('BHXH_BB')
    expect(scheme?.messages.vi).toContain('BHXH_BB')
    // the library's own message for the value, in both languages
    expect(e.issues[1]?.messages.vi).toContain('phải là một số')
    expect(e.issues[1]?.messages.en).toContain('must be a number')
    // the error's message says what the input was
    expect(e.messages.vi).toContain('kết quả')
    expect(e.messages.en).toContain('result')
  })

  it('each unknown key is its own issue, at its own path', () => {
    const e = bhxhError(() =>
      validate(
        ResultInputSchema,
        { scheme: 'BHYT', metric: 'coverage', period: 'năm 2020', value: '0.9', sheme: 'x', valeu: 1 },
        what,
      ),
    )
    expect(e.issues.map((i) => i.path)).toEqual([['sheme'], ['valeu']])
    expect(e.issues[0]?.messages.vi).toContain('sheme')
    expect(e.issues[1]?.messages.en).toContain('valeu')
  })

  it('an input that is not an object is one issue at the root', () => {
    const e = bhxhError(() => validate(ResultInputSchema, 'năm 2020', what))
    expect(e.issues).toHaveLength(1)
    expect(e.issues[0]?.path).toEqual([])
  })
})

describe('validate without a label; the report schemas (issue 13 §3b C14, C3)', () => {
  it('validate(schema, x) from JavaScript, without the third argument, names the input "dữ liệu"/"input"', () => {
    const e = bhxhError(() => (validate as (s: unknown, x: unknown) => unknown)(ResultInputSchema, {}))
    expect(e.code).toBe('invalid-input')
    expect(e.messages.vi).toMatch(/^dữ liệu đầu vào không hợp lệ: dữ liệu: scheme: /)
    expect(e.messages.en).toMatch(/^invalid input: input: scheme: /)
  })

  it('validate(not a schema, x) is invalid-input at schema', () => {
    expect(bhxhError(() => validate(null as never, {})).path).toEqual(['schema'])
  })

  it('StatementSchema and ReportInputSchema are exported through bhxh/schema', () => {
    expect(StatementSchema.safeParse({ role: 'revenue', value: '5 tỷ đồng', scheme: 'ALL' }).success).toBe(
      true,
    )
    expect(StatementSchema.safeParse({ role: 'revenue', value: '5 tỷ đồng', scheme: 'XX' }).success).toBe(
      false,
    )
    expect(StatementSchema.safeParse({ role: 'coverage', value: '10%', base: 'labour-force' }).success).toBe(
      false,
    )
    const bases = { 'working-age-labour-force': { value: '798.587', source: 'Cục Thống kê' } }
    expect(ReportInputSchema.safeParse({ bases }).success).toBe(true)
    expect(KnownBasesSchema.safeParse({ population: { value: '0', source: 'x' } }).success).toBe(false)
  })
})

describe('the exponent limit is the same in the schemas as in toDecimal', () => {
  it('1e1000 is a number; 1e1001 and 1e-1001 are refused by both', () => {
    expect(isDecimalLike('1e1000')).toBe(true)
    expect(isDecimalLike('-2.5E-1000')).toBe(true)
    expect(isDecimalLike('1e1001')).toBe(false)
    expect(isDecimalLike('1e-1001')).toBe(false)
    expect(() => toDecimal('1e1001')).toThrow(/too large|quá lớn/)
    expect(toDecimal('1e1000').eq('1e1000')).toBe(true)
  })
})

describe('CheckOptionsSchema: the options of checkFigures', () => {
  it('takes the bases, trends and aging of a report, and nothing else', () => {
    // Bến Tre 2019: population 1.288.463 (census), written the Vietnamese way
    const ok = CheckOptionsSchema.safeParse({
      bases: { population: { value: '1.288.463', source: 'TĐT 2019' } },
    })
    expect(ok.success).toBe(true)
    expect(
      CheckOptionsSchema.safeParse({ bases: { labourForce: { value: '5', source: 'x' } } }).success,
    ).toBe(false)
    expect(CheckOptionsSchema.safeParse({ trend: [] }).success).toBe(false)
    expect(CheckOptionsSchema.safeParse({ aging: { kind: 'aging' } }).success).toBe(false)
  })

  it('checkFigures throws invalid-input naming the bad option', () => {
    expect(
      bhxhError(() => checkFigures([], { bases: { population: { value: '0', source: 'x' } } })),
    ).toMatchObject({
      code: 'invalid-input',
      path: ['bases', 'population', 'value'],
    })
    expect(bhxhError(() => checkFigures([], null as never))).toMatchObject({ code: 'invalid-input' })
  })
})
