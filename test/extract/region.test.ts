/**
 * The extractor names regions as the registry does (region()), read on the report's date.
 */
import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../src/extract/index'

describe('regions of extracted figures', () => {
  it('"tỉnh Thừa Thiên Huế" is the registry\'s "Huế"; an unknown place keeps its name', () => {
    const text = 'Năm 2020, tỉnh Thừa Thiên Huế có 95.000 người tham gia BHXH tự nguyện.'
    const [f] = extractFigures(text, { date: '2021-01-05' }).figures
    expect([f?.raw, f?.region]).toEqual(['95.000 người', 'Huế'])
  })

  it('a name in NFD text reads the same', () => {
    const text = 'Năm 2020, tỉnh Bến Tre có 4.011 người tham gia BHXH tự nguyện.'.normalize('NFD')
    expect(extractFigures(text, { date: '2020-01-14' }).figures[0]?.region).toBe('Bến Tre')
  })
})

describe('options of extractFigures (issue 13 §3b C9, C12)', () => {
  const text = 'Năm 2020, toàn tỉnh có 95.000 người tham gia BHXH tự nguyện.'
  const at = (options: unknown) => {
    try {
      extractFigures(text, options as never)
    } catch (e) {
      return [(e as { code?: string }).code, (e as { path?: string[] }).path?.join('.')]
    }
    return ['nothing thrown']
  }

  it('an unknown region is invalid-input at region (was kept or dropped silently)', () => {
    expect(at({ region: 'Atlantis' })).toEqual(['invalid-input', 'region'])
    expect(at({ region: 5 })).toEqual(['invalid-input', 'region'])
  })

  it('an unknown option is invalid-input naming it', () => {
    expect(at({ foo: 1 })).toEqual(['invalid-input', 'foo'])
    expect(at(null)).toEqual(['invalid-input', ''])
  })

  it('"toàn tỉnh" takes the given region, named as the registry names it', () => {
    const [f] = extractFigures(text, { date: '2021-01-05', region: 'tỉnh Thừa Thiên Huế' }).figures
    expect([f?.raw, f?.region]).toEqual(['95.000 người', 'Huế'])
  })
})
