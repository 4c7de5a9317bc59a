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

describe('regions follow sentences and headers (issue 14 §2)', () => {
  const regions = (text: string, options: { date?: string; region?: string } = {}) =>
    extractFigures(text, { date: '2023-01-15', ...options }).figures.map((f) => [f.raw, f.region])

  it('"cả nước" and "toàn quốc" are national; a province named later in the sentence governs what follows it', () => {
    const text =
      'Năm 2022, cả nước có 91.100.000 người tham gia BHYT, trong đó Hà Nội có 7.300.000 người. Toàn quốc có 1.500.000 người tham gia BHXH tự nguyện.'
    expect(regions(text)).toEqual([
      ['91.100.000 người', 'national'],
      ['7.300.000 người', 'Hà Nội'],
      ['1.500.000 người', 'national'],
    ])
  })

  it('a province named in passing governs only its own sentence', () => {
    const text = 'Năm 2022, tỉnh Bến Tre có 4.011 người tham gia BHXH tự nguyện. Số thu đạt 95 tỷ đồng.'
    expect(regions(text, { date: '2023-01-15' })).toEqual([
      ['4.011 người', 'Bến Tre'],
      ['95 tỷ đồng', null],
    ])
  })

  it('a header ("Về BHYT, tại tỉnh X", "Đối với tỉnh X") holds over the sentence end to the end of its paragraph', () => {
    const text =
      'Về BHYT, tại tỉnh Cà Mau có 1.100.000 người tham gia. Tỷ lệ bao phủ đạt 93,5%.\nNăm 2022, tỷ lệ bao phủ đạt 92%.'
    expect(regions(text)).toEqual([
      ['1.100.000 người', 'Cà Mau'],
      ['93,5%', 'Cà Mau'],
      ['92%', null],
    ])
    const header =
      'Đối với tỉnh Thái Nguyên, có 17.500 người tham gia BHXH tự nguyện. Tỷ lệ bao phủ BHYT đạt 98,5%.'
    expect(regions(header).map(([, r]) => r)).toEqual(['Thái Nguyên', 'Thái Nguyên'])
  })

  it('a rank against the country ("đứng thứ 3 cả nước", "cao nhất cả nước") leaves the figure the unit\'s own', () => {
    const text = 'Tỉnh Cà Mau đứng thứ 3 cả nước với tỷ lệ bao phủ 95,2%, cao nhất cả nước (96%).'
    expect(
      regions(text)
        .filter(([raw]) => raw !== '3')
        .map(([, r]) => r),
    ).toEqual(['Cà Mau', 'Cà Mau'])
  })

  it('a header gives way to the next unit named', () => {
    const text = 'Tại Hà Nội, có 7.300.000 người tham gia BHYT. Cả nước có 91.100.000 người. Tỷ lệ đạt 92%.'
    expect(regions(text)).toEqual([
      ['7.300.000 người', 'Hà Nội'],
      ['91.100.000 người', 'national'],
      ['92%', null],
    ])
  })

  it('TP.HCM, Tp.HCM, TP Hồ Chí Minh and Thành phố Hồ Chí Minh are one unit, "Hồ Chí Minh"', () => {
    const text =
      'Tỷ lệ bao phủ thấp hơn chỉ tiêu: TP.HCM (thấp hơn 8%), Tp.HCM (7%), TP Hồ Chí Minh (6%), Thành phố Hồ Chí Minh (5%), Thừa Thiên - Huế (4%).'
    expect(regions(text, { date: '2020-11-25' }).map(([, r]) => r)).toEqual([
      'Hồ Chí Minh',
      'Hồ Chí Minh',
      'Hồ Chí Minh',
      'Hồ Chí Minh',
      'Huế',
    ])
  })

  it('"Trên cả nước," opens a paragraph\'s national figures; "quận 1" and "Tp Cần Thơ" are read too', () => {
    const text = 'Trên cả nước, có 17.000.000 người tham gia BHXH. Tỷ lệ đạt 38%.\nToàn tỉnh có 12 đơn vị nợ.'
    expect(regions(text, { region: 'Cà Mau' }).map(([, r]) => r)).toEqual(['national', 'national', 'Cà Mau'])
    const places = 'Quận 1 có 5.000 người tham gia BHYT; Tp Cần Thơ có 1.100.000 người.'
    const of = new Map(regions(places) as [string, string | null][])
    expect([of.get('5.000 người'), of.get('1.100.000 người')]).toEqual(['quận 1', 'Cần Thơ'])
  })

  it('districts keep their type word; a district-level "thành phố" is no province', () => {
    const text =
      'Tỷ lệ cao nhất là huyện Cao Lãnh (98,5%), thị xã Hồng Ngự (99,3%) và thành phố Cao Lãnh (97%).'
    expect(regions(text, { date: '2019-08-12' }).map(([, r]) => r)).toEqual([
      'huyện Cao Lãnh',
      'thị xã Hồng Ngự',
      'thành phố Cao Lãnh',
    ])
  })

  it('"toàn tỉnh" is the report\'s region, else the last province named; "23 tỉnh" and "các tỉnh" are none', () => {
    const own = 'Năm 2022, toàn tỉnh có 95.000 người tham gia BHXH tự nguyện.'
    expect(regions(own, { region: 'Bến Tre' })).toEqual([['95.000 người', 'Bến Tre']])
    const named = 'Tỉnh Long An có 12.000 người tham gia BHXH tự nguyện. Toàn tỉnh thu 900 tỷ đồng.'
    expect(regions(named).map(([, r]) => r)).toEqual(['Long An', 'Long An'])
    const count = 'Có 23 tỉnh có tỷ lệ bao phủ trên 90%.'
    expect(regions(count).map(([, r]) => r)).toEqual([null, null])
  })

  it("a place inside an organisation's or a person's name is no region", () => {
    const text =
      'Công ty cổ phần Tập đoàn Xây dựng Hòa Bình chậm đóng 56 tỷ đồng. Ông Nguyễn Thái Bình cho biết có 300 đơn vị nợ. BHXH Việt Nam giao 200 người.'
    expect(regions(text, { region: 'Hồ Chí Minh' }).map(([, r]) => r)).toEqual([null, null, null])
  })

  it("names are read on the report's date: a former province stays itself after the July 2025 merger", () => {
    // Kiên Giang became part of An Giang on 2025-07-01 (Resolution 202/2025/QH15, src/region/units.ts):
    // in a 2026 report "Kiên Giang" is still the former unit, not its successor An Giang.
    const text =
      'Năm 2025, tỉnh Kiên Giang có 1.600.000 người tham gia BHYT; tỉnh An Giang có 3.800.000 người.'
    expect(regions(text, { date: '2026-01-10' }).map(([, r]) => r)).toEqual(['Kiên Giang', 'An Giang'])
    // "Vĩnh Long" names the 2025 unit (formed from Bến Tre, Vĩnh Long and Trà Vinh) in 2026, the old
    // one in 2020: one name either way, read with the report's date; Bến Tre in 2026 is the former unit.
    const merged = 'Tỉnh Vĩnh Long có 2.900.000 người tham gia BHYT, trong đó Bến Tre có 1.200.000 người.'
    expect(regions(merged, { date: '2026-01-10' }).map(([, r]) => r)).toEqual(['Vĩnh Long', 'Bến Tre'])
  })
})
