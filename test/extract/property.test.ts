/**
 * Property: sentences built from templates of report language, with values written by the
 * library's own formatNumber / formatPercent / formatVnd, give back the figure with the
 * template's role, scheme and value; repeating the text puts the repeat in `duplicates`.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type ExtractedFigure, extractFigures, type FigureRole } from '../../src/extract/index'
import { formatNumber, formatPercent, formatVnd } from '../../src/number/format'
import type { SchemeCode } from '../../src/scheme/schemes'

/** A scheme as reports write it. */
const SCHEME_NAMES: readonly [string, SchemeCode][] = [
  ['BHXH bắt buộc', 'BHXH_BB'],
  ['bảo hiểm xã hội bắt buộc', 'BHXH_BB'],
  ['BHXH tự nguyện', 'BHXH_TN'],
  ['bảo hiểm xã hội tự nguyện', 'BHXH_TN'],
  ['BHYT', 'BHYT'],
  ['bảo hiểm y tế', 'BHYT'],
  ['BHTN', 'BHTN'],
  ['bảo hiểm thất nghiệp', 'BHTN'],
  ['BHXH, BHYT, BHTN', 'ALL'],
  ['bảo hiểm các loại', 'ALL'],
]

const scheme = fc.constantFrom(...SCHEME_NAMES)
/** A ratio with up to two decimals of a percent: 0,01% … 150,00%. */
const ratio = fc.integer({ min: 1, max: 15000 }).map((n) => (n / 10000).toString())
const people = fc.integer({ min: 10, max: 2_000_000 })
const amount = fc.integer({ min: 1, max: 99_999 }).map((n) => `${n}00000000`) // 0,1 tỷ … 9.999,9 tỷ
const year = fc.integer({ min: 2000, max: 2030 })
const qualifier = fc.constantFrom('', 'gần ', 'trên ', 'khoảng ')

interface Case {
  readonly text: string
  readonly raw: string
  readonly role: FigureRole
  readonly scheme: SchemeCode
  readonly value: string
}

const percent = (r: string) => formatPercent(r, { maxDecimals: 2 })

const cases: fc.Arbitrary<Case>[] = [
  // "{scheme} đạt {percent} kế hoạch"
  fc
    .tuple(
      scheme,
      ratio,
      fc.constantFrom('kế hoạch', 'so với kế hoạch', 'chỉ tiêu', 'so với kế hoạch được giao'),
    )
    .map(([[name, code], r, plan]) => ({
      text: `Số người tham gia ${name} đạt ${percent(r)} ${plan}.`,
      raw: percent(r),
      role: 'attainment',
      scheme: code,
      value: r,
    })),
  // "thu {amount} tỷ đồng, tăng {percent} so với cùng kỳ năm {year}"
  fc.tuple(scheme, amount, ratio, year, fc.boolean()).map(([[name, code], a, r, y, pickGrowth]) => {
    const money = formatVnd(a, { scale: 'tỷ', maxDecimals: 1 })
    const text = `Số thu ${name} đạt ${money}, tăng ${percent(r)} so với cùng kỳ năm ${y}.`
    return pickGrowth
      ? { text, raw: percent(r), role: 'growth' as const, scheme: code, value: r }
      : { text, raw: money, role: 'revenue' as const, scheme: code, value: a }
  }),
  // "toàn tỉnh có {qualifier}{people} người tham gia {scheme}"
  fc.tuple(scheme, people, qualifier).map(([[name, code], n, q]) => ({
    text: `Toàn tỉnh có ${q}${formatNumber(n)} người tham gia ${name}.`,
    raw: `${q}${formatNumber(n)} người`,
    role: 'participants',
    scheme: code,
    value: String(n),
  })),
  // "đã phát triển được {people} người tham gia {scheme}"
  fc.tuple(scheme, people).map(([[name, code], n]) => ({
    text: `Trong năm, đã phát triển được ${formatNumber(n)} người tham gia ${name}.`,
    raw: `${formatNumber(n)} người`,
    role: 'new-participants',
    scheme: code,
    value: String(n),
  })),
  // "tỷ lệ bao phủ {scheme} đạt {percent}"
  fc
    .tuple(fc.constantFrom(...SCHEME_NAMES.filter(([, c]) => c !== 'ALL')), ratio)
    .map(([[name, code], r]) => ({
      text: `Tỷ lệ bao phủ ${name} đạt ${percent(r)}.`,
      raw: percent(r),
      role: 'coverage',
      scheme: code,
      value: r,
    })),
  // "phấn đấu đến năm {year} có {percent} … tham gia {scheme}"
  fc
    .tuple(fc.constantFrom(...SCHEME_NAMES.filter(([, c]) => c !== 'ALL')), ratio, year)
    .map(([[name, code], r, y]) => ({
      text: `Phấn đấu đến năm ${y} có ${percent(r)} lực lượng lao động tham gia ${name}.`,
      raw: percent(r),
      role: 'target',
      scheme: code,
      value: r,
    })),
  // "{people} đơn vị chậm đóng {scheme} trên 6 tháng"
  fc
    .tuple(fc.constantFrom(...SCHEME_NAMES.filter(([, c]) => c !== 'ALL')), fc.integer({ min: 2, max: 9999 }))
    .map(([[name, code], n]) => ({
      text: `Toàn tỉnh có ${formatNumber(n)} đơn vị chậm đóng ${name} trên 6 tháng.`,
      raw: `${formatNumber(n)} đơn vị`,
      role: 'arrears-employers',
      scheme: code,
      value: String(n),
    })),
]

const sentence = fc.oneof(...cases)
const padding = fc.constantFrom(
  '',
  'Công tác tuyên truyền được đẩy mạnh. ',
  'Theo báo cáo của ngành chức năng.\n',
)

describe('extractFigures on template sentences', () => {
  it('finds the figure with the template’s role, scheme and value', () => {
    fc.assert(
      fc.property(padding, sentence, (pad, c) => {
        const text = pad + c.text
        const { figures } = extractFigures(text)
        const f = figures.find((x) => x.raw === c.raw) as ExtractedFigure | undefined
        expect(f, text).toBeDefined()
        if (!f) return
        expect(f.parsed.kind === 'fraction' || f.parsed.kind === 'range' ? null : f.parsed.value, text).toBe(
          f.figure?.value.toString() ?? null,
        )
        expect(f.figure?.value.eq(c.value), text).toBe(true)
        expect([f.role, f.scheme], text).toEqual([c.role, c.scheme])
        expect(text.slice(...f.span)).toBe(f.raw)
      }),
      { numRuns: 500 },
    )
  })

  it('reads an NFD copy the same way', () => {
    fc.assert(
      fc.property(sentence, (c) => {
        const a = extractFigures(c.text).figures.map((f) => [f.role, f.scheme, f.parsed.kind])
        const nfd = c.text.normalize('NFD')
        const b = extractFigures(nfd)
        expect(b.figures.map((f) => [f.role, f.scheme, f.parsed.kind])).toEqual(a)
        for (const f of b.figures) expect(nfd.slice(...f.span)).toBe(f.raw)
      }),
      { numRuns: 200 },
    )
  })

  it('sets a repeated passage apart, each figure pointing at its first occurrence', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.boolean(), (cs, again) => {
        const body = (again ? [...cs, cs[0] as Case] : cs).map((c) => c.text).join(' ')
        const once = extractFigures(body)
        const twice = extractFigures(`${body}\n\n${body}`)
        // A sentence repeated inside the body is a duplicate already: its copy is one again.
        expect(twice.figures.length).toBe(once.figures.length)
        expect(twice.duplicates.length).toBe(once.figures.length + 2 * once.duplicates.length)
        for (const d of twice.duplicates) {
          const f = twice.figures[d.duplicateOf ?? -1]
          expect(f?.raw).toBe(d.raw)
          expect([f?.role, f?.scheme]).toEqual([d.role, d.scheme])
        }
      }),
      { numRuns: 200 },
    )
  })
})
