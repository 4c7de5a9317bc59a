/**
 * parsePeriod golden table: every phrasing the module promises, the exact period it reads, and
 * the errors (code, span, messages) for phrases that are not periods.
 */
import { describe, expect, it } from 'vitest'
import { BhxhError } from '../../src/errors'
import { type Period, type PeriodContext, parsePeriod, period, safeParsePeriod } from '../../src/period/index'

const year = (y: number): Period => ({ kind: 'year', year: y })
const half = (y: number, h: 1 | 2): Period => ({ kind: 'half', year: y, half: h })
const quarter = (y: number, q: 1 | 2 | 3 | 4): Period => ({ kind: 'quarter', year: y, quarter: q })
const month = (y: number, m: number): Period => ({ kind: 'month', year: y, month: m })
const ytd = (y: number, m: number): Period => ({ kind: 'year-to-date', year: y, month: m })
const day = (date: string): Period => ({ kind: 'day', date })
const instant = (date: string): Period => ({ kind: 'instant', date })
const phase = (from: number, to: number): Period => ({ kind: 'phase', from, to })

const ASOF: PeriodContext = { asOf: '2020-10-08' } // the date of seed report 000

const GOLDEN: [text: string, expected: Period, context?: PeriodContext][] = [
  // years
  ['năm 2020', year(2020)],
  ['Năm 2020', year(2020)],
  ['trong năm 2023', year(2023)],
  ['cả năm 2023', year(2023)],
  ['cả năm', year(2023), { asOf: '2023-09-12' }], // "đạt 53,6% kế hoạch cả năm": the year of the report
  ['năm nay', year(2020), { year: 2020 }],
  // quarters
  ['quý III/2023', quarter(2023, 3)],
  ['quý 3/2023', quarter(2023, 3)],
  ['quý 3 năm 2023', quarter(2023, 3)],
  ['quý III năm 2023', quarter(2023, 3)],
  ['quý I-2024', quarter(2024, 1)],
  ['Quý IV/2023', quarter(2023, 4)],
  ['quí II/2021', quarter(2021, 2)],
  ['3 tháng cuối năm 2022', quarter(2022, 4)],
  // months
  ['tháng 8/2023', month(2023, 8)],
  ['tháng 8-2023', month(2023, 8)],
  ['tháng 08/2023', month(2023, 8)],
  ['tháng 8 năm 2023', month(2023, 8)],
  ['tháng 12/2020', month(2020, 12)],
  // year-to-date
  ['9 tháng đầu năm 2020', ytd(2020, 9)],
  ['6 tháng đầu năm 2020', ytd(2020, 6)], // not half 1: kept distinct although the months are the same
  ['9 tháng năm 2020', ytd(2020, 9)],
  ['9 tháng đầu năm', ytd(2020, 9), { year: 2020 }],
  ['9 tháng đầu năm', ytd(2020, 9), ASOF], // no year: the year of asOf
  ['9 tháng đầu năm', ytd(2021, 9), { year: 2021, asOf: '2020-10-08' }], // year wins over asOf
  ['đến hết tháng 8-2023', ytd(2023, 8)],
  ['Đến hết tháng 8/2023', ytd(2023, 8)],
  ['lũy kế đến hết tháng 8/2023', ytd(2023, 8)],
  ['luỹ kế đến hết tháng 8/2023', ytd(2023, 8)],
  ['từ đầu năm đến hết tháng 8/2023', ytd(2023, 8)],
  ['từ đầu năm 2023 đến hết tháng 8', ytd(2023, 8)],
  ['lũy kế 8 tháng năm 2023', ytd(2023, 8)],
  ['đến hết năm 2020', ytd(2020, 12)],
  ['đến hết quý III/2023', ytd(2023, 9)],
  ['từ đầu năm đến nay', ytd(2020, 10), ASOF], // asOf 2020-10-08: January through October
  ['Từ đầu năm đến nay', ytd(2020, 10), ASOF],
  ['tính từ đầu năm đến nay', ytd(2020, 10), ASOF],
  ['lũy kế', ytd(2020, 10), ASOF],
  ['lũy kế từ đầu năm', ytd(2020, 10), ASOF],
  ['từ đầu năm 2020 đến nay', ytd(2020, 10), ASOF],
  // halves
  ['nửa đầu năm 2020', half(2020, 1)],
  ['nửa cuối năm 2020', half(2020, 2)],
  ['6 tháng cuối năm 2020', half(2020, 2)],
  // days
  ['ngày 23/5/2020', day('2020-05-23')],
  ['ngày 11/7/2020', day('2020-07-11')],
  ['23/5/2020', day('2020-05-23')],
  ['ngày 29/2/2020', day('2020-02-29')], // 2020 is a leap year
  ['ngày 23 tháng 5 năm 2020', day('2020-05-23')],
  ['ngày 23/5', day('2020-05-23'), { year: 2020 }],
  // instants
  ['tính đến cuối năm 2019', instant('2019-12-31')],
  ['Tính đến cuối năm 2019', instant('2019-12-31')],
  ['đến cuối năm 2019', instant('2019-12-31')],
  ['tính tới cuối năm 2019', instant('2019-12-31')],
  ['tính đến ngày 31/12/2023', instant('2023-12-31')],
  ['đến 31/12/2023', instant('2023-12-31')],
  ['đến ngày 31/12/2023', instant('2023-12-31')],
  ['tính đến 30/9/2020', instant('2020-09-30')],
  ['đến cuối tháng 8/2023', instant('2023-08-31')],
  ['đến cuối tháng 2/2024', instant('2024-02-29')], // 2024 is a leap year
  ['đến cuối quý III/2023', instant('2023-09-30')],
  ['tính đến nay', instant('2020-10-08'), ASOF],
  // phases
  ['giai đoạn 2023-2025', phase(2023, 2025)],
  ['giai đoạn 2019 - 2021', phase(2019, 2021)],
  ['giai đoạn 2023–2025', phase(2023, 2025)], // en dash
  ['Giai đoạn 2019-2021', phase(2019, 2021)],
  // spacing, case, Unicode forms
  ['  năm\u00a0\u00a02020  ', year(2020)],
  ['QUÝ III/2023', quarter(2023, 3)],
  ['9 tháng đầu năm 2020'.normalize('NFD'), ytd(2020, 9)],
]

describe('parsePeriod: golden table', () => {
  it.each(GOLDEN)('%j → %j', (text, expected, context) => {
    const p = parsePeriod(text, context)
    expect(p).toEqual(expected)
    expect(Object.isFrozen(p)).toBe(true)
    expect(safeParsePeriod(text, context)).toEqual({ ok: true, value: expected })
    expect(period(text, context)).toEqual(expected)
  })
})

/** [text, code, span, a piece of the vi detail, a piece of the en detail] */
const ERRORS: [string, string, [number, number], string, string][] = [
  ['quý V/2023', 'bad-period', [4, 5], 'quý phải từ I đến IV', 'quarter must be I to IV'],
  ['quý 5/2023', 'bad-period', [4, 5], 'quý phải từ I đến IV', 'quarter must be I to IV'],
  ['quý 0/2023', 'bad-period', [4, 5], 'quý phải từ I đến IV', 'quarter must be I to IV'],
  ['quý X/2023', 'bad-period', [4, 5], 'quý phải từ I đến IV', 'quarter must be I to IV'],
  ['quý ba/2023', 'bad-period', [4, 6], 'số quý', 'quarter number'],
  ['tháng 13/2023', 'bad-period', [6, 8], 'tháng phải từ 1 đến 12', 'month must be 1 to 12'],
  ['tháng 0/2023', 'bad-period', [6, 7], 'tháng phải từ 1 đến 12', 'month must be 1 to 12'],
  ['31/2/2023', 'bad-period', [0, 9], 'không phải là ngày có thật', 'not a calendar date'],
  ['ngày 29/2/2023', 'bad-period', [5, 14], 'không phải là ngày có thật', 'not a calendar date'], // 2023 is not leap
  ['ngày 31/4/2020', 'bad-period', [5, 14], 'không phải là ngày có thật', 'not a calendar date'],
  ['giai đoạn 2025-2023', 'bad-period', [10, 19], 'năm đầu phải nhỏ hơn năm cuối', 'first year must be less'],
  ['giai đoạn 2023-2023', 'bad-period', [10, 19], 'năm đầu phải nhỏ hơn năm cuối', 'first year must be less'],
  ['abc', 'bad-period', [0, 3], 'không mở đầu một kỳ báo cáo', 'does not start a period'],
  ['2023', 'bad-period', [0, 4], 'số đứng riêng', 'bare number'],
  ['năm 2020.', 'bad-period', [8, 9], 'thừa «.»', 'unexpected «.»'],
  ['năm 2020,', 'bad-period', [8, 9], 'thừa «,»', 'unexpected «,»'],
  ['quý III/2023 và quý IV/2023', 'bad-period', [13, 27], 'thừa', 'unexpected'],
  ['', 'bad-period', [0, 0], 'chuỗi rỗng', 'empty'],
  ['   ', 'bad-period', [0, 3], 'chuỗi rỗng', 'empty'],
  ['quý', 'bad-period', [3, 3], 'hết chuỗi', 'text ended'],
  ['năm 1899', 'bad-period', [4, 8], 'năm phải từ 1900 đến 2100', 'year must be 1900 to 2100'],
  ['năm 20', 'bad-period', [4, 6], 'năm phải từ 1900 đến 2100', 'year must be 1900 to 2100'],
  ['13 tháng đầu năm 2020', 'bad-period', [0, 2], 'số tháng phải từ 1 đến 12', 'months must be 1 to 12'],
  ['4 tháng cuối năm 2020', 'bad-period', [0, 1], '3 hoặc 6 tháng cuối năm', 'last 3 or 6 months'],
  ['tính năm 2020', 'bad-period', [5, 8], '«đến» hoặc «từ»', '«đến» or «từ»'],
  ['lũy kế năm 2020', 'bad-period', [0, 15], 'lũy kế', 'year-to-date'],
  ['từ đầu năm 2023 đến hết tháng 8/2022', 'bad-period', [24, 36], 'năm đầu và năm cuối', 'different years'],
  ['ngày 23/5-2020', 'bad-period', [7, 10], 'hai loại dấu phân cách', 'mixes two separators'],
  ['23/5', 'bad-period', [4, 4], 'năm', 'year'],
  ['quý3/2023', 'bad-period', [0, 4], 'không mở đầu', 'does not start'],
  ['9 tháng đầu năm', 'needs-context', [0, 15], 'context.year', 'context.year'],
  ['từ đầu năm đến nay', 'needs-context', [0, 18], 'context.asOf', 'context.asOf'],
  ['lũy kế', 'needs-context', [0, 6], 'context.asOf', 'context.asOf'],
  ['lũy kế từ đầu năm', 'needs-context', [0, 17], 'context.asOf', 'context.asOf'],
  // a wrong phrase is reported as such before its missing year
  ['quý III.2023', 'bad-period', [7, 12], 'thừa «.2023»', 'unexpected «.2023»'],
]

describe('parsePeriod: errors', () => {
  it.each(ERRORS)('%j → %s %j', (text, code, span, vi, en) => {
    const r = safeParsePeriod(text)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const e = r.error
    expect(e).toBeInstanceOf(BhxhError)
    expect(e.code).toBe(code)
    expect(e.span).toEqual(span)
    expect(e.input).toBe(text)
    expect(e.messages.vi).toContain(vi)
    expect(e.messages.en).toContain(en)
    expect(e.messages.vi.length).toBeGreaterThan(0)
    expect(e.messages.en.length).toBeGreaterThan(0)
    expect(e.messages.vi).not.toBe(e.messages.en)
    expect(() => parsePeriod(text)).toThrow(BhxhError)
  })

  it('maps spans back to the caller’s text when it is not NFC', () => {
    // NFD 'tháng' is 6 UTF-16 units (á = a + U+0301), so '13' starts at 7, not 6.
    const text = 'tháng 13/2023'.normalize('NFD')
    const r = safeParsePeriod(text)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.span).toEqual([7, 9])
      expect(text.slice(...(r.error.span ?? [0, 0]))).toBe('13')
    }
    const q = 'quý V/2023'.normalize('NFD') // q u y ◌́ space V
    const s = safeParsePeriod(q)
    expect(!s.ok && q.slice(...(s.error.span ?? [0, 0]))).toBe('V')
  })

  it('checks the context it uses', () => {
    const r = safeParsePeriod('9 tháng đầu năm', { year: 1800 })
    expect(!r.ok && r.error.code).toBe('invalid-input')
    const s = safeParsePeriod('từ đầu năm đến nay', { asOf: '2023-02-30' })
    expect(!s.ok && s.error.code).toBe('invalid-input')
    // An asOf in another year than the one written cannot be "up to now".
    const t = safeParsePeriod('từ đầu năm 2019 đến nay', ASOF)
    expect(!t.ok && t.error.code).toBe('bad-period')
  })

  it('reads a 1 MB text in linear time, reporting the extra text up to its end', () => {
    const text = `năm 2020${' x'.repeat(500_000)} `
    const r = safeParsePeriod(text)
    expect(!r.ok && r.error.span).toEqual([9, text.length - 1])
    expect(!r.ok && r.error.messages.vi.length).toBeLessThan(200) // quotes at most 40 characters
  })

  it('rejects a non-string with invalid-input, also in the safe form', () => {
    const r = safeParsePeriod(42 as unknown as string)
    expect(!r.ok && r.error.code).toBe('invalid-input')
  })
})

describe('period()', () => {
  it('validates an object and returns a fresh frozen copy', () => {
    const input = { kind: 'month', year: 2023, month: 8 } as const
    const p = period(input)
    expect(p).toEqual(input)
    expect(p).not.toBe(input)
    expect(Object.isFrozen(p)).toBe(true)
    expect(JSON.parse(JSON.stringify(p))).toEqual(input)
  })

  it('month 13 → invalid-input with the issue at ["month"], in zod’s Vietnamese', () => {
    let error: unknown
    try {
      period({ kind: 'month', year: 2023, month: 13 })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BhxhError)
    const e = error as BhxhError
    expect(e.code).toBe('invalid-input')
    expect(e.issues[0]?.path).toEqual(['month'])
    // zod's vi locale: "Quá lớn: mong đợi number <=12"; en: "Too big: expected number to be <=12"
    expect(e.issues[0]?.messages.vi).toMatch(/^Quá lớn/)
    expect(e.issues[0]?.messages.en).toMatch(/^Too big/)
    expect(e.messages.vi).toContain('kỳ báo cáo')
    expect(e.messages.en).toContain('period')
  })

  it('rejects unknown fields (a month on a year is a mistake, not something to drop)', () => {
    try {
      period({ kind: 'year', year: 2020, month: 3 } as unknown as Period)
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(BhxhError)
      expect((e as BhxhError).code).toBe('invalid-input')
      expect((e as BhxhError).messages.vi).toContain('month')
    }
  })

  it.each([
    [{ kind: 'phase', from: 2025, to: 2023 }, ['to'], 'năm cuối của giai đoạn phải lớn hơn năm đầu'],
    [{ kind: 'day', date: '2023-02-29' }, ['date'], 'ngày ISO không hợp lệ'],
    [{ kind: 'instant', date: '1899-12-31' }, ['date'], 'năm phải từ 1900 đến 2100'],
    [{ kind: 'half', year: 2020, half: 3 }, ['half'], 'Tùy chọn không hợp lệ'],
    [{ kind: 'quarter', year: 2020.5, quarter: 1 }, ['year'], 'mong đợi int'],
    [{ kind: 'week', year: 2020 }, ['kind'], 'không hợp lệ'],
  ])('%j → issue at %j', (input, path, vi) => {
    try {
      period(input as unknown as Period)
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(BhxhError)
      const issue = (e as BhxhError).issues[0]
      expect(issue?.path).toEqual(path)
      expect(issue?.messages.vi).toContain(vi)
      expect(issue?.messages.en).not.toBe(issue?.messages.vi)
    }
  })
})
