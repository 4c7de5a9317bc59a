/**
 * Regions: the 63 units to 2025-06-30 and the 34 from 2025-07-01, every new unit's
 * predecessors, names as articles write them (with and without diacritics, NFD), codes read with
 * their date, and results summed across the merger.
 */
import { describe, expect, it } from 'vitest'
import {
  aggregate,
  figure,
  REGION_SOURCES,
  region,
  result,
  successor,
  UNITS_2004,
  UNITS_2025,
  units,
} from '../../src'
import { bhxhError, expectSourced } from '../helpers'

const name = (code: string) => UNITS_2004.find((u) => u.code === code)?.short

describe('the registry', () => {
  it('63 units, then 34; every former unit is in exactly one new unit', () => {
    expect([UNITS_2004.length, UNITS_2025.length]).toEqual([63, 34])
    const all = UNITS_2025.flatMap((u) => u.predecessors).sort()
    expect(all).toEqual(UNITS_2004.map((u) => u.code).sort())
    expect(new Set(UNITS_2025.map((u) => u.code)).size).toBe(34)
    expectSourced(REGION_SOURCES)
  })

  it("each new unit's predecessors (Nghị quyết 202/2025/QH15)", () => {
    const table = Object.fromEntries(UNITS_2025.map((u) => [u.short, u.predecessors.map(name).sort()]))
    expect(table).toEqual({
      'Hà Nội': ['Hà Nội'],
      'Cao Bằng': ['Cao Bằng'],
      'Tuyên Quang': ['Hà Giang', 'Tuyên Quang'],
      'Điện Biên': ['Điện Biên'],
      'Lai Châu': ['Lai Châu'],
      'Sơn La': ['Sơn La'],
      'Lào Cai': ['Lào Cai', 'Yên Bái'],
      'Thái Nguyên': ['Bắc Kạn', 'Thái Nguyên'],
      'Lạng Sơn': ['Lạng Sơn'],
      'Quảng Ninh': ['Quảng Ninh'],
      'Bắc Ninh': ['Bắc Giang', 'Bắc Ninh'],
      'Phú Thọ': ['Hòa Bình', 'Phú Thọ', 'Vĩnh Phúc'],
      'Hải Phòng': ['Hải Dương', 'Hải Phòng'],
      'Hưng Yên': ['Hưng Yên', 'Thái Bình'],
      'Ninh Bình': ['Hà Nam', 'Nam Định', 'Ninh Bình'],
      'Thanh Hóa': ['Thanh Hóa'],
      'Nghệ An': ['Nghệ An'],
      'Hà Tĩnh': ['Hà Tĩnh'],
      'Quảng Trị': ['Quảng Bình', 'Quảng Trị'],
      Huế: ['Huế'],
      'Đà Nẵng': ['Quảng Nam', 'Đà Nẵng'],
      'Quảng Ngãi': ['Kon Tum', 'Quảng Ngãi'],
      'Gia Lai': ['Bình Định', 'Gia Lai'],
      'Khánh Hòa': ['Khánh Hòa', 'Ninh Thuận'],
      'Đắk Lắk': ['Phú Yên', 'Đắk Lắk'],
      'Lâm Đồng': ['Bình Thuận', 'Lâm Đồng', 'Đắk Nông'],
      'Đồng Nai': ['Bình Phước', 'Đồng Nai'],
      'Hồ Chí Minh': ['Bà Rịa - Vũng Tàu', 'Bình Dương', 'Hồ Chí Minh'],
      'Tây Ninh': ['Long An', 'Tây Ninh'],
      'Đồng Tháp': ['Tiền Giang', 'Đồng Tháp'],
      'Vĩnh Long': ['Bến Tre', 'Trà Vinh', 'Vĩnh Long'],
      'An Giang': ['An Giang', 'Kiên Giang'],
      'Cần Thơ': ['Cần Thơ', 'Hậu Giang', 'Sóc Trăng'],
      'Cà Mau': ['Bạc Liêu', 'Cà Mau'],
    })
  })
})

describe('region: names as articles write them, read on a date', () => {
  it.each([
    ['tỉnh Kiên Giang', '2023-09-12', '91', 'Kiên Giang', '2004'],
    ['toàn tỉnh Bến Tre', '2020-01-14', '83', 'Bến Tre', '2004'],
    ['Tiền Giang:', '2023-06-01', '82', 'Tiền Giang', '2004'],
    ['TP.HCM', '2020-01-01', '79', 'Hồ Chí Minh', '2004'],
    ['Thành phố Hồ Chí Minh', '2026-01-01', '79', 'Hồ Chí Minh', '2025'],
    ['Thừa Thiên Huế', '2020-01-01', '46', 'Huế', '2004'],
    ['Ben Tre', '2020-01-01', '83', 'Bến Tre', '2004'],
    ['BAC KAN', '2021-01-05', '06', 'Bắc Kạn', '2004'],
    ['Vĩnh Long'.normalize('NFD'), '2026-01-01', '86', 'Vĩnh Long', '2025'],
    ['Vĩnh Long', '2024-01-01', '86', 'Vĩnh Long', '2004'],
  ])('%s on %s is %s %s (%s)', (text, date, code, short, arrangement) => {
    const u = region(text, date)
    expect([u.code, u.short, u.arrangement]).toEqual([code, short, arrangement])
  })

  it('a code is read with its date: 80 is Long An before 2025-07-01 and Tây Ninh after', () => {
    expect(region('80', '2025-06-30').short).toBe('Long An')
    expect(region('80', '2025-07-01').short).toBe('Tây Ninh')
    // An Giang took Kiên Giang's code (91); An Giang's own old code 89 is gone
    expect(region('91', '2025-07-01').short).toBe('An Giang')
    expect(region('89', '2025-07-01').short).toBe('An Giang')
    expect(region('89', '2025-07-01').arrangement).toBe('2004')
  })

  it('a former unit named after the merger is still the former unit; successor gives the new one', () => {
    expect(region('Kiên Giang', '2026-01-01').arrangement).toBe('2004')
    expect(successor('Kiên Giang').short).toBe('An Giang')
    expect(successor('Tiền Giang').short).toBe('Đồng Tháp')
    expect(successor('Bắc Kạn').short).toBe('Thái Nguyên')
    expect(successor(region('Hà Nội', '2026-01-01')).short).toBe('Hà Nội')
    expect(units('2025')).toHaveLength(34)
  })

  it('rejects what is no province', () => {
    const e = bhxhError(() => region('Sài Gòn Mới', '2020-01-01'))
    expect([e.code, e.path]).toEqual(['invalid-input', ['region']])
    expect(bhxhError(() => region('Bến Tre', '2020-1-1')).path).toEqual(['date'])
  })
})

describe('aggregate into the 2025 units', () => {
  const period = 'tính đến 31/12/2019'
  // Bến Tre's BHYT participants as the seed reports them; Trà Vinh's and Vĩnh Long's are synthetic
  const benTre = result({
    scheme: 'BHYT',
    metric: 'participants',
    period,
    region: 'Bến Tre',
    value: figure('1.165.787 người'),
  })
  const traVinh = result({
    scheme: 'BHYT',
    metric: 'participants',
    period,
    region: 'Trà Vinh',
    value: '900000',
  })
  const vinhLong = result({
    scheme: 'BHYT',
    metric: 'participants',
    period,
    region: 'Vĩnh Long',
    value: '950000',
  })
  const kienGiang = result({
    scheme: 'BHYT',
    metric: 'participants',
    period,
    region: 'Kiên Giang',
    value: '1500000',
  })

  it('sums participants of Bến Tre, Trà Vinh and Vĩnh Long into Vĩnh Long, and Kiên Giang into An Giang', () => {
    const out = aggregate([benTre, traVinh, vinhLong, kienGiang], { to: 'units-2025' })
    expect(out.map((o) => [o.region, o.parts.map((p) => p.region)])).toEqual([
      ['Vĩnh Long', ['Bến Tre', 'Trà Vinh', 'Vĩnh Long']],
      ['An Giang', ['Kiên Giang']],
    ])
    // [1.165.786,5; 1.165.787,5] + 900.000 + 950.000 = [3.015.786,5; 3.015.787,5]
    const v = out[0]?.value as { lo: { toString(): string }; hi: { toString(): string } }
    expect([v.lo.toString(), v.hi.toString()]).toEqual(['3015786.5', '3015787.5'])
    // exact values give an exact sum
    expect(aggregate([traVinh, vinhLong], { to: 'units-2025' })[0]?.value.toString()).toBe('1850000')
  })

  it('recomputes a coverage rate from its parts, and says which part is missing', () => {
    const rate = (region: string, value: string) =>
      result({ scheme: 'BHYT', metric: 'coverage', period, region, value: figure(value) })
    const rates = [benTre, traVinh, rate('Bến Tre', '90,48%'), rate('Trà Vinh', '90%')]
    const e = bhxhError(() => aggregate(rates, { to: 'units-2025' }))
    expect(e.code).toBe('not-applicable')
    expect(e.messages.en).toContain('give the population of Bến Tre')
    const out = aggregate(rates, {
      to: 'units-2025',
      bases: { 'Bến Tre': { population: '1288463' }, 'Trà Vinh': { population: '1000000' } },
    })
    // (1.165.787 + 900.000) ÷ (1.288.463 + 1.000.000) = 2.065.787 ÷ 2.288.463 = 90,270%
    const c = out.find((o) => o.metric === 'coverage')?.value as { lo: { toFixed(n: number): string } }
    expect(c.lo.toFixed(5)).toBe('0.90270')
    const missing = bhxhError(() =>
      aggregate([traVinh, rate('Bến Tre', '90,48%'), rate('Trà Vinh', '90%')], {
        to: 'units-2025',
        bases: { 'Bến Tre': { population: '1288463' }, 'Trà Vinh': { population: '1000000' } },
      }),
    )
    expect(missing.messages.en).toContain('the BHYT participants of Bến Tre')
  })

  it('bases use the coverage-base names; labourForce and unknown options are errors', () => {
    const bhxh = (region: string, participants: string, rate: string) => [
      result({ scheme: 'BHXH', metric: 'participants', period, region, value: participants }),
      result({ scheme: 'BHXH', metric: 'coverage', period, region, value: rate }),
    ]
    const rates = [...bhxh('Bến Tre', '104535', '0.1309'), ...bhxh('Trà Vinh', '95465', '0.12')]
    const out = aggregate(rates, {
      to: 'units-2025',
      bases: {
        'Bến Tre': { 'working-age-labour-force': '798587' },
        'Trà Vinh': { 'working-age-labour-force': '801413' },
      },
    })
    // (104.535 + 95.465) ÷ (798.587 + 801.413) = 200.000 ÷ 1.600.000 = 0,125
    expect(out.find((o) => o.metric === 'coverage')?.value.toString()).toBe('0.125')
    const old = bhxhError(() =>
      aggregate(rates, { to: 'units-2025', bases: { 'Bến Tre': { labourForce: '798587' } } } as never),
    )
    expect([old.code, old.path]).toEqual(['invalid-input', ['bases', 'Bến Tre', 'labourForce']])
    expect(bhxhError(() => aggregate(rates, { to: 'units-2025', top: 1 } as never)).path).toEqual(['top'])
    expect(bhxhError(() => aggregate(null as never, { to: 'units-2025' })).path).toEqual(['results'])
  })

  it('a result without a region is an error naming it', () => {
    const none = result({ scheme: 'BHYT', metric: 'participants', period, value: '1' })
    expect(bhxhError(() => aggregate([none], { to: 'units-2025' })).path).toEqual([0, 'region'])
  })
})
