/**
 * The bounded searches of the reader: a search per figure that may not leave its sentence
 * (`lastIndexOf` / `indexOf` scan to the ends of the text, which made extraction quadratic).
 */
import { describe, expect, it } from 'vitest'
import { indexIn, lastIndexIn } from '../../src/extract/text'

// "Chỉ tiêu giao năm 2025: thu 1.200 tỷ đồng (kế hoạch: 1.250 tỷ đồng)."
const low = 'chỉ tiêu giao năm 2025: thu 1.200 tỷ đồng (kế hoạch: 1.250 tỷ đồng).'

describe('indexIn and lastIndexIn look only within [from, to)', () => {
  it('find the character inside the range, as indexOf / lastIndexOf would', () => {
    const colon = low.indexOf(':')
    expect(indexIn(low, ':', 0, low.length)).toBe(colon)
    expect(lastIndexIn(low, ':', 0, low.length)).toBe(low.lastIndexOf(':'))
    expect(lastIndexIn(low, '(', 0, low.indexOf('1.250'))).toBe(low.indexOf('('))
  })

  it('say -1 when the character is only outside the range', () => {
    const open = low.indexOf('(')
    expect(indexIn(low, ':', 0, low.indexOf(':'))).toBe(-1)
    expect(lastIndexIn(low, ':', low.indexOf(':') + 1, open)).toBe(-1)
    expect(indexIn(low, ')', open, low.indexOf('1.250'))).toBe(-1)
  })

  it('clamp ranges beyond the text', () => {
    expect(indexIn(low, '.', -5, 1e9)).toBe(low.indexOf('.'))
    expect(lastIndexIn(low, '.', -5, 1e9)).toBe(low.length - 1)
    expect(indexIn('', ':', 0, 10)).toBe(-1)
  })
})
