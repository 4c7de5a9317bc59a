/**
 * The four schemes and the groupings reports use: members, coverage bases, inclusion, codes.
 */
import { describe, expect, it } from 'vitest'
import {
  COVERAGE_BASE_NAMES,
  coverageBaseOf,
  isSchemeCode,
  SCHEME_CODES,
  SCHEMES,
  type SchemeCode,
  schemeIncludes,
} from '../../src/index'
import { bhxhError } from '../helpers'

describe('SCHEMES', () => {
  it('the six codes, the four schemes first', () => {
    expect(SCHEME_CODES).toEqual(['BHXH_BB', 'BHXH_TN', 'BHYT', 'BHTN', 'BHXH', 'ALL'])
    expect(Object.keys(SCHEMES).sort()).toEqual([...SCHEME_CODES].sort())
  })

  it.each([
    ['BHXH_BB', ['BHXH_BB']],
    ['BHXH_TN', ['BHXH_TN']],
    ['BHYT', ['BHYT']],
    ['BHTN', ['BHTN']],
    // "BHXH" in a report is compulsory and voluntary together
    ['BHXH', ['BHXH_BB', 'BHXH_TN']],
    // "tổng số thu BHXH, BHYT, BHTN": all four
    ['ALL', ['BHXH_BB', 'BHXH_TN', 'BHYT', 'BHTN']],
  ] as const)('%s has members %j', (code, members) => {
    expect(SCHEMES[code].code).toBe(code)
    expect(SCHEMES[code].members).toEqual(members)
  })

  it('names in Vietnamese and English; phrasings in lower case NFC', () => {
    expect(SCHEMES.BHXH_TN.name.vi).toBe('bảo hiểm xã hội tự nguyện')
    expect(SCHEMES.BHXH_TN.name.en).toBe('voluntary social insurance')
    expect(SCHEMES.BHYT.short).toBe('BHYT')
    for (const code of SCHEME_CODES) {
      const p = SCHEMES[code].phrasings
      expect(p.length).toBeGreaterThan(0)
      for (const s of p) expect(s).toBe(s.toLowerCase().normalize('NFC'))
    }
  })

  it.each(SCHEME_CODES)('%s: phrasings longest first, as the Scheme TSDoc promises', (code) => {
    const p = SCHEMES[code].phrasings
    // e.g. BHXH_TN: 'bảo hiểm tự nguyện' (18 characters) must come before 'bhxh tự nguyện' (14)
    const byLength = [...p].sort((a, b) => b.length - a.length)
    expect(p.map((s) => s.length)).toEqual(byLength.map((s) => s.length))
  })

  it('are frozen', () => {
    expect(Object.isFrozen(SCHEMES.BHYT)).toBe(true)
    expect(Object.isFrozen(SCHEMES.BHYT.phrasings)).toBe(true)
  })
})

describe('coverageBaseOf', () => {
  it.each([
    // BHYT: universal coverage, measured against the population ("90,48% dân số")
    ['BHYT', 'population'],
    // BHXH and BHTN against the working-age labour force ("13,09% lực lượng lao động")
    ['BHXH_BB', 'working-age-labour-force'],
    ['BHXH_TN', 'working-age-labour-force'],
    ['BHTN', 'working-age-labour-force'],
    ['BHXH', 'working-age-labour-force'],
  ] as const)('%s → %s', (code, base) => {
    expect(coverageBaseOf(code)).toBe(base)
    expect(SCHEMES[code].coverageBase).toBe(base)
  })

  it('ALL has no single base: not-applicable', () => {
    const e = bhxhError(() => coverageBaseOf('ALL'))
    expect(e.code).toBe('not-applicable')
    expect(e.messages.vi).not.toBe(e.messages.en)
    expect(SCHEMES.ALL.coverageBase).toBeNull()
  })

  it('the bases have names', () => {
    expect(COVERAGE_BASE_NAMES.population.vi).toBe('dân số')
    expect(COVERAGE_BASE_NAMES['working-age-labour-force'].en).toBe('working-age labour force')
  })
})

describe('schemeIncludes', () => {
  it.each([
    ['BHXH', 'BHXH_TN', true],
    ['BHXH', 'BHXH_BB', true],
    ['BHXH', 'BHXH', true],
    ['BHXH', 'BHYT', false],
    ['BHXH', 'ALL', false],
    ['BHXH_TN', 'BHXH', false],
    ['BHXH_TN', 'BHXH_BB', false],
    ['ALL', 'BHXH', true],
    ['ALL', 'BHTN', true],
    ['ALL', 'ALL', true],
    ['BHYT', 'BHYT', true],
    ['BHYT', 'BHTN', false],
  ] as const)('%s includes %s: %s', (outer, inner, expected) => {
    expect(schemeIncludes(outer, inner)).toBe(expected)
  })

  it('every scheme includes itself and is included in ALL', () => {
    for (const code of SCHEME_CODES) {
      expect(schemeIncludes(code, code)).toBe(true)
      expect(schemeIncludes('ALL', code)).toBe(true)
    }
  })
})

describe('isSchemeCode', () => {
  it('the codes, and nothing else', () => {
    for (const code of SCHEME_CODES) expect(isSchemeCode(code)).toBe(true)
    const not: unknown[] = ['BHXH tự nguyện', 'bhyt', 'toString', '__proto__', 'constructor', '', null, 1, {}]
    for (const x of not) expect(isSchemeCode(x)).toBe(false)
    const code: SchemeCode | null = isSchemeCode('BHTN') ? 'BHTN' : null
    expect(code).toBe('BHTN')
  })
})
