/**
 * 1 MB adversarial inputs: the scanner is linear, so each of these finishes (the benchmark
 * measures the growth; no timing is asserted here).
 */
import { describe, expect, it } from 'vitest'
import { findNumbers, parseNumber, safeParseNumber } from '../../src/number/index'

const MB = 1 << 20

describe('1 MB adversarial input', () => {
  it('1.1.1.1… is one bad grouping', () => {
    const s = '1.'.repeat(MB / 2).slice(0, MB - 1)
    const r = safeParseNumber(s)
    expect(r.ok === false && r.error.code).toBe('bad-grouping')
    expect(findNumbers(s)).toEqual([])
  })

  it('gần gần gần … has no number', () => {
    const s = 'gần '.repeat(MB / 4)
    expect(safeParseNumber(s)).toMatchObject({ ok: false, error: { code: 'no-number' } })
    expect(findNumbers(s)).toEqual([])
    const t = `${s}5 người`
    expect(findNumbers(t).map((p) => [p.raw, p.qualifier])).toEqual([['gần 5 người', 'nearly']])
  })

  it('a million digits is one exact value', () => {
    const s = '7'.repeat(1_000_000)
    const p = parseNumber(s)
    expect(p.kind === 'number' && p.value).toBe(s)
    expect(findNumbers(`có ${s} người`)).toHaveLength(1)
  })

  it('a million digits with a decimal comma keeps every digit', () => {
    const p = parseNumber(`0,${'0'.repeat(999_999)}1`)
    expect(p.kind === 'number' && p.value).toBe(`0.${'0'.repeat(999_999)}1`)
  })

  it('many short numbers and separators', () => {
    const n = Math.floor(MB / 3)
    expect(findNumbers('1, '.repeat(n))).toHaveLength(n)
    expect(findNumbers('-'.repeat(MB))).toEqual([])
    expect(findNumbers('1-'.repeat(MB / 2))).toEqual([])
  })
})

describe('1 MB of invisible characters', () => {
  it('read through once: one number, one warning per kind of character with its count', () => {
    // 1 and a ZWSP, 2^19 times: 524288 ones, read as one number with 524287 ZWSPs inside
    const s = '1\u200b'.repeat(MB / 2)
    const [p, ...rest] = findNumbers(s)
    expect(rest).toEqual([])
    expect(p?.kind === 'number' && p.value).toBe('1'.repeat(MB / 2))
    expect(p?.warnings.map((w) => [w.span, w.messages.en])).toEqual([
      [
        [1, 2],
        `invisible character U+200B (zero-width space) inside the number was ignored (${MB / 2 - 1} times)`,
      ],
    ])
  })

  it('alone, around signs, separators and letters: no figure', () => {
    for (const s of [
      '\u200b'.repeat(MB),
      '-\u200b'.repeat(MB / 2),
      '1.\u00ad'.repeat(MB / 3).slice(1),
      'a\u00ad'.repeat(MB / 2),
    ]) {
      expect(findNumbers(s)).toEqual([])
      expect(safeParseNumber(s).ok).toBe(false)
    }
  })
})

describe('errors on huge input', () => {
  it('quote at most 60 characters in their messages and keep the whole input', () => {
    const s = '1.'.repeat(100_000).slice(0, -1)
    const r = safeParseNumber(s)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.input).toBe(s)
    expect(r.error.messages.vi).toBe(`nhóm chữ số không hợp lệ: «${s.slice(0, 59)}…»`)
    expect(r.error.message.length).toBeLessThan(200)
  })
})
