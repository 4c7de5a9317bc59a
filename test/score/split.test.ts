/** The corpus split: fixed by the file name alone, about 30% set aside. */
import { describe, expect, it } from 'vitest'
import { isSetAside, nameHashByte, SET_ASIDE_BELOW } from './split'

const NAMES = [
  ...Array.from({ length: 20 }, (_, i) => `a${String(i + 1).padStart(2, '0')}.txt`),
  ...Array.from({ length: 18 }, (_, i) => `b${String(i + 1).padStart(2, '0')}.txt`),
]

describe('the corpus split', () => {
  it('sets aside the same 11 of the 38 corpus file names (29%), by name alone', () => {
    const aside = NAMES.filter(isSetAside)
    expect(aside).toEqual([
      'a04.txt',
      'a05.txt',
      'a06.txt',
      'a14.txt',
      'a20.txt',
      'b02.txt',
      'b05.txt',
      'b08.txt',
      'b13.txt',
      'b16.txt',
      'b18.txt',
    ])
    // 11 ÷ 38 = 28,9%.
    expect(aside.length * 100).toBeGreaterThanOrEqual(25 * NAMES.length)
    expect(aside.length * 100).toBeLessThanOrEqual(35 * NAMES.length)
    // Calling again changes nothing.
    expect(NAMES.filter(isSetAside)).toEqual(aside)
  })

  it('is the first byte of SHA-256 of the name below 96', () => {
    expect(SET_ASIDE_BELOW).toBe(96)
    for (const n of NAMES) {
      const b = nameHashByte(n)
      expect(Number.isInteger(b) && b >= 0 && b <= 255).toBe(true)
      expect(isSetAside(n)).toBe(b < 96)
    }
    // SHA-256("abc") begins ba 78 16 bf (FIPS 180-2, appendix B.1): 0xba = 186.
    expect(nameHashByte('abc')).toBe(186)
    expect(isSetAside('abc')).toBe(false)
  })

  it('sets aside about 96/256 = 37,5% of many names', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `p${i}.txt`)
    const share = many.filter(isSetAside).length
    // Binomial, n = 2000, p = 0,375: mean 750, standard deviation √(2000 × 0,375 × 0,625) ≈ 21,7.
    expect(share).toBeGreaterThan(650)
    expect(share).toBeLessThan(850)
  })
})
