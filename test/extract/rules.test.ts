/** The cue rules of extractFigures on short hand-written sentences, positive and negative. */
import { describe, expect, it } from 'vitest'
import { BhxhError } from '../../src/errors'
import { type ExtractedFigure, extractFigures, findPeriods } from '../../src/extract/index'
import { bhxhError } from '../helpers'

const figs = (text: string, options?: Parameters<typeof extractFigures>[1]) =>
  extractFigures(text, options).figures
const one = (text: string, raw: string, options?: Parameters<typeof extractFigures>[1]): ExtractedFigure => {
  const f = figs(text, options).find((x) => x.raw === raw)
  if (!f) throw new Error(`«${raw}» not found in «${text}»`)
  return f
}
const roleOf = (text: string, raw: string) => one(text, raw).role

describe('roles', () => {
  it('reads participants, new participants and beneficiaries from the verbs around people', () => {
    expect(roleOf('Toàn tỉnh có 4.011 người tham gia BHXH tự nguyện.', '4.011 người')).toBe('participants')
    expect(roleOf('Trong tháng, đã phát triển được 193 người tham gia BHXH tự nguyện.', '193 người')).toBe(
      'new-participants',
    )
    expect(roleOf('Có 250 người tham gia mới BHYT hộ gia đình.', '250 người')).toBe('new-participants')
    expect(
      roleOf('Toàn tỉnh đã giải quyết chế độ cho trên 109.100 người thụ hưởng.', 'trên 109.100 người'),
    ).toBe('beneficiaries')
    // "hưởng ứng" is not "hưởng"
    expect(roleOf('Hưởng ứng Tháng BHXH toàn dân, 120 người tham gia BHXH tự nguyện.', '120 người')).toBe(
      'participants',
    )
  })

  it('keeps groups, visits and potential members out of the insured counts', () => {
    expect(roleOf('Có 330 cán bộ hội viên phụ nữ tham gia BHXH tự nguyện.', '330 cán bộ')).toBe('other')
    expect(roleOf('Tư vấn cho hơn 3.000 lượt người lao động.', 'hơn 3.000 lượt người lao động')).toBe('other')
    expect(roleOf('Thu hút 6.400 đối tượng tiềm năng tham gia.', '6.400 đối tượng')).toBe('other')
    expect(roleOf('Tổ chức 160 cuộc hội nghị khách hàng.', '160 cuộc')).toBe('other')
  })

  it('reads a breakdown ("trong đó") with the role of its total', () => {
    const f = figs(
      'BHXH tỉnh đã vận động được 304 người tham gia, trong đó có 205 người tham gia BHXH tự nguyện và 99 người tham gia BHYT hộ gia đình.',
    )
    expect(f.map((x) => x.role)).toEqual(['new-participants', 'new-participants', 'new-participants'])
    expect(f.map((x) => x.scheme)).toEqual([null, 'BHXH_TN', 'BHYT'])
  })

  it('reads revenue, and not money that is not collected', () => {
    expect(roleOf('Tổng thu BHXH, BHYT, BHTN đạt trên 3.098 tỷ đồng.', 'trên 3.098 tỷ đồng')).toBe('revenue')
    expect(roleOf('Số thu bảo hiểm y tế là 120 tỷ đồng.', '120 tỷ đồng')).toBe('revenue')
    expect(roleOf('Hỗ trợ 2 tỷ đồng cho các hộ nghèo.', '2 tỷ đồng')).toBe('other')
    // "thu hút" (attract) is not "thu" (collect)
    expect(roleOf('Thu hút đầu tư 50 tỷ đồng.', '50 tỷ đồng')).toBe('other')
  })

  it('reads attainment against a plan, written or implied by a quantity before it', () => {
    expect(roleOf('Số thu đạt 71,5% so với kế hoạch.', '71,5%')).toBe('attainment')
    expect(roleOf('Số người tham gia BHYT đạt 94,3% kế hoạch.', '94,3%')).toBe('attainment')
    expect(roleOf('Có 1.165.787 người tham gia BHYT đạt 100,15%.', '100,15%')).toBe('attainment')
    // "đạt 90%" of a rate is no attainment
    expect(roleOf('Tỷ lệ bao phủ BHYT đạt 90%.', '90%')).toBe('coverage')
    // a percent with nothing around it
    expect(roleOf('Kết quả đạt 50%.', '50%')).toBe('other')
  })

  it('reads growth, multiples, and not a level reached by a rise', () => {
    expect(roleOf('Số thu tăng 9,29% so với cùng kỳ năm 2019.', '9,29%')).toBe('growth')
    expect(roleOf('Số nợ giảm 4,46% so với năm 2018.', '4,46%')).toBe('growth')
    expect(roleOf('Có 7.548 người, tăng gấp hơn hai lần so với năm 2019.', 'gấp hơn hai lần')).toBe(
      'growth-multiple',
    )
    expect(roleOf('Tỷ lệ bao phủ BHYT tăng lên 90% dân số.', '90%')).toBe('coverage')
    // "tăng cường" is not a rise
    expect(roleOf('Tăng cường tuyên truyền, tỷ lệ bao phủ đạt 91,5% dân số.', '91,5%')).toBe('coverage')
  })

  it('reads coverage with its base', () => {
    const a = one('Tỷ lệ bao phủ BHYT đã đạt 91,5% dân số.', '91,5%')
    expect([a.role, a.scheme, a.base]).toEqual(['coverage', 'BHYT', 'population'])
    const b = one('Người tham gia bảo hiểm tự nguyện đạt 2,75% lực lượng lao động.', '2,75%')
    expect([b.role, b.scheme, b.base]).toEqual(['coverage', 'BHXH_TN', 'working-age-labour-force'])
    const c = one('Tỷ lệ bao phủ BHXH chiếm 13,09% so với số lao động toàn tỉnh.', '13,09%')
    expect([c.role, c.scheme, c.base]).toEqual(['coverage', 'BHXH', 'working-age-labour-force'])
    // without a base word, the scheme's own base
    expect(one('Tỷ lệ tham gia BHTN đạt 25%.', '25%').base).toBe('working-age-labour-force')
  })

  it('reads targets: a goal word before the figure, a deadline, a continuation, a future period', () => {
    const a = one('Phấn đấu đến 2025 có trên 95% dân số tham gia bảo hiểm y tế.', 'trên 95%', {
      date: '2023-09-12',
    })
    expect([a.role, a.metric, a.targetOf, a.scheme, a.base]).toEqual([
      'target',
      'coverage',
      'level',
      'BHYT',
      'population',
    ])
    expect(a.period).toEqual({ kind: 'year', year: 2025 })
    const b = one(
      'Năm 2021, phấn đấu phát triển BHXH tự nguyện được 7.500 người; tốc độ tăng trưởng BHXH tự nguyện là 30%.',
      '30%',
    )
    expect([b.role, b.targetOf, b.scheme]).toEqual(['target', 'growth', 'BHXH_TN'])
    const c = figs(
      'Đơn vị phấn đấu trong năm 2023, thu hút trên 221.000 đối tượng tham gia BHXH bắt buộc. Đồng thời, đạt tổng thu BHXH, BHYT, BHTN trên 5.147 tỷ đồng.',
    )
    expect(c.map((x) => [x.role, x.metric, x.scheme])).toEqual([
      ['target', 'participants', 'BHXH_BB'],
      ['target', 'revenue', 'ALL'],
    ])
    expect(roleOf('Chỉ tiêu giao 7.500 người tham gia BHXH tự nguyện.', '7.500 người')).toBe('target')
    expect(one('Năm 2025, có 95% dân số tham gia BHYT.', '95%', { date: '2023-09-12' }).role).toBe('target')
    // a goal word after the figure, or in another sentence without a continuation, sets nothing
    expect(roleOf('Có 4.011 người tham gia BHXH tự nguyện, phấn đấu tăng thêm.', '4.011 người')).toBe(
      'participants',
    )
    expect(
      roleOf('Phấn đấu tăng số người tham gia. Có 4.011 người tham gia BHXH tự nguyện.', '4.011 người'),
    ).toBe('participants')
    // "nâng cao" is not "nâng (tỷ lệ)"
    expect(roleOf('Nâng cao chất lượng, tỷ lệ bao phủ BHYT đạt 90% dân số.', '90%')).toBe('coverage')
  })

  it('reads arrears with their aging bucket', () => {
    const f = figs(
      'Toàn tỉnh có trên 800 đơn vị chậm đóng BHXH từ 1 tháng đến dưới 6 tháng với tổng số tiền chậm đóng trên 42 tỷ đồng, 156 đơn vị chậm đóng trên 6 tháng với tổng số tiền chậm đóng gần 45 tỷ đồng.',
    )
    expect(f.map((x) => [x.raw, x.role, x.scheme])).toEqual([
      ['trên 800 đơn vị', 'arrears-employers', 'BHXH'],
      ['trên 42 tỷ đồng', 'arrears-amount', 'BHXH'],
      ['156 đơn vị', 'arrears-employers', 'BHXH'],
      ['gần 45 tỷ đồng', 'arrears-amount', 'BHXH'],
    ])
    expect(f.map((x) => x.aging)).toEqual([
      { from: 1, fromInclusive: true, to: 6, toInclusive: false },
      { from: 1, fromInclusive: true, to: 6, toInclusive: false },
      { from: 6, fromInclusive: false },
      { from: 6, fromInclusive: false },
    ])
    expect(one('Số nợ đọng từ 3 tháng trở lên là 12 tỷ đồng.', '12 tỷ đồng').aging).toEqual({ from: 3 })
    // employers without arrears words
    expect(roleOf('Phối hợp với 10 đơn vị cấp tỉnh.', '10 đơn vị')).toBe('other')
  })
})

describe('schemes', () => {
  it('takes the scheme that the figure’s people take part in, else the one before it in its clause', () => {
    expect(one('Có 221.000 đối tượng tham gia BHXH bắt buộc.', '221.000 đối tượng').scheme).toBe('BHXH_BB')
    expect(one('Số người tham gia BHXH tự nguyện đạt 86% kế hoạch.', '86%').scheme).toBe('BHXH_TN')
    expect(
      one('Năm 2020, có 7.548 người tham gia bảo hiểm xã hội (BHXH) tự nguyện.', '7.548 người').scheme,
    ).toBe('BHXH_TN')
  })

  it('reads lists and "bảo hiểm các loại" as all schemes, compulsory and voluntary BHXH as BHXH', () => {
    expect(one('Có gần 1.076.000 người tham gia đóng bảo hiểm các loại.', 'gần 1.076.000 người').scheme).toBe(
      'ALL',
    )
    expect(one('Có 1.000 người tham gia BHXH, BHYT và bảo hiểm thất nghiệp.', '1.000 người').scheme).toBe(
      'ALL',
    )
    expect(one('Có 1.000 người tham gia BHXH bắt buộc, BHXH tự nguyện.', '1.000 người').scheme).toBe('BHXH')
  })

  it('does not take an office or an event for a scheme', () => {
    expect(one('BHXH tỉnh đã vận động được 304 người tham gia.', '304 người').scheme).toBe(null)
    expect(one('Bảo hiểm xã hội tỉnh Kiên Giang phối hợp với 7 đơn vị.', '7 đơn vị').scheme).toBe(null)
    expect(one('Hưởng ứng Ngày BHYT Việt Nam, 99 người đã tham gia.', '99 người').scheme).toBe(null)
  })

  it('gives an “other” figure a scheme only when its people take part in it', () => {
    expect(one('Vận động hỗ trợ mua BHYT cho 635 chị trong ban chấp hành.', '635 chị').scheme).toBe('BHYT')
    expect(one('Tổ chức gần 30.000 cuộc truyền thông về BHXH, BHYT.', 'gần 30.000 cuộc').scheme).toBe(null)
    expect(
      one(
        'Tư vấn chính sách bảo hiểm thất nghiệp cho hơn 3.000 lượt người lao động.',
        'hơn 3.000 lượt người lao động',
      ).scheme,
    ).toBe(null)
  })

  it('gives an attainment or growth the scheme of its quantity', () => {
    const f = figs(
      'Tổng số tiền thu bảo hiểm các loại 3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch và tăng 9,29% so với cùng kỳ.',
    )
    expect(f.map((x) => x.scheme)).toEqual(['ALL', 'ALL', 'ALL'])
  })
})

describe('links and comparisons', () => {
  it('links an attainment or growth to the nearest quantity before it in its sentence', () => {
    const f = figs(
      '9 tháng đầu năm 2020, tổng số tiền thu 3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch và tăng 9,29% so với cùng kỳ năm 2019.',
      { date: '2020-10-08' },
    )
    expect(f.map((x) => [x.raw, x.role, x.linkedTo, x.metric])).toEqual([
      ['3.620,4 tỷ đồng', 'revenue', null, 'revenue'],
      ['71,5%', 'attainment', 0, 'revenue'],
      ['9,29%', 'growth', 0, 'revenue'],
    ])
    expect(f[1]?.against).toEqual({ kind: 'plan', period: null, text: 'so với kế hoạch' })
    expect(f[2]?.against).toEqual({
      kind: 'same-period',
      period: { kind: 'year-to-date', year: 2019, month: 9 },
      text: 'so với cùng kỳ năm 2019',
    })
  })

  it('skips other attainments and growths when linking, and stops at a clause with its own subject', () => {
    const f = figs(
      'Có 100.524 người tham gia BHXH bắt buộc đạt 100,04% so với kế hoạch được giao, tăng 4,46% so với năm 2018.',
    )
    expect(f.map((x) => x.linkedTo)).toEqual([null, 0, 0])
    expect(f[2]?.against?.kind).toBe('period')
    expect(f[2]?.against?.period).toEqual({ kind: 'year', year: 2018 })
    const g = figs('Có 100.524 người tham gia BHXH bắt buộc, số người tham gia BHYT đạt 94,3% kế hoạch.')
    expect(g[1]?.linkedTo).toBe(null)
    expect(g[1]?.scheme).toBe('BHYT')
  })

  it('gives a growth of a rate the rate as its quantity', () => {
    const f = figs(
      'Năm 2020, tỷ lệ người dân tham gia bảo hiểm y tế đạt độ bao phủ 90% dân số, tăng 15,96% so năm 2016.',
    )
    expect(f.map((x) => [x.role, x.metric, x.scheme, x.linkedTo])).toEqual([
      ['coverage', 'coverage', 'BHYT', null],
      ['growth', 'coverage', 'BHYT', 0],
    ])
    expect(f[1]?.against?.period).toEqual({ kind: 'year', year: 2016 })
    expect(f[1]?.period).toEqual({ kind: 'year', year: 2020 })
  })
})

describe('periods and regions', () => {
  it('finds period phrases in running text', () => {
    const text =
      '9 tháng đầu năm 2020, quý III/2023, 8 tháng đầu năm 2023, tháng 8/2023, đến hết tháng 8-2023, tính đến 31/12/2019, ngày 23/5/2020, năm 2025, đến năm 2025, giai đoạn 2023-2025; so với cùng kỳ năm 2019.'
    const got = findPeriods(text).map((p) => [p.text, p.period, p.comparison, p.by])
    expect(got).toEqual([
      ['9 tháng đầu năm 2020', { kind: 'year-to-date', year: 2020, month: 9 }, false, false],
      ['quý III/2023', { kind: 'quarter', year: 2023, quarter: 3 }, false, false],
      ['8 tháng đầu năm 2023', { kind: 'year-to-date', year: 2023, month: 8 }, false, false],
      ['tháng 8/2023', { kind: 'month', year: 2023, month: 8 }, false, false],
      ['đến hết tháng 8-2023', { kind: 'year-to-date', year: 2023, month: 8 }, false, false],
      ['tính đến 31/12/2019', { kind: 'instant', date: '2019-12-31' }, false, false],
      ['ngày 23/5/2020', { kind: 'day', date: '2020-05-23' }, false, false],
      ['năm 2025', { kind: 'year', year: 2025 }, false, false],
      ['đến năm 2025', { kind: 'year', year: 2025 }, false, true],
      ['giai đoạn 2023-2025', { kind: 'phase', from: 2023, to: 2025 }, false, false],
      ['năm 2019', { kind: 'year', year: 2019 }, true, false],
    ])
    for (const p of findPeriods(text)) expect(text.slice(...p.span)).toBe(p.text)
  })

  it('reads relative phrases with the last year named, else the report date', () => {
    expect(findPeriods('Từ đầu năm đến nay, cả năm', { date: '2020-10-08' }).map((p) => p.period)).toEqual([
      { kind: 'year-to-date', year: 2020, month: 10 },
      { kind: 'year', year: 2020 },
    ])
    expect(findPeriods('Năm 2023, kế hoạch cả năm').map((p) => [p.period, p.comparison])).toEqual([
      [{ kind: 'year', year: 2023 }, false],
      [{ kind: 'year', year: 2023 }, true],
    ])
    // without a date, "đến nay" is not a period
    expect(findPeriods('Từ đầu năm đến nay')).toEqual([])
  })

  it('carries the period over to later sentences, not the period of a comparison', () => {
    const f = figs(
      '9 tháng đầu năm 2020, số thu tăng 9,29% so với cùng kỳ năm 2019. Riêng tỷ lệ bao phủ BHYT đạt 91,5% dân số.',
    )
    expect(f[1]?.period).toEqual({ kind: 'year-to-date', year: 2020, month: 9 })
  })

  it('does not take a dateline for the period, and gives figures before any period the first one', () => {
    const f = figs(
      'Toàn tỉnh có trên 7.500 người tham gia BHXH tự nguyện\n05/01/2021\nNăm 2020, tỉnh có 7.548 người tham gia BHXH tự nguyện.',
    )
    expect(f.map((x) => x.period)).toEqual([
      { kind: 'year', year: 2020 },
      { kind: 'year', year: 2020 },
    ])
  })

  it('reads the region: a named province, or "toàn tỉnh" as the report’s region', () => {
    expect(one('Toàn tỉnh Kiên Giang có 1.000 người tham gia BHYT.', '1.000 người').region).toBe('Kiên Giang')
    expect(one('Toàn tỉnh có 1.000 người tham gia BHYT.', '1.000 người', { region: 'Bến Tre' }).region).toBe(
      'Bến Tre',
    )
    expect(one('Có 1.000 người tham gia BHYT.', '1.000 người', { region: 'Bến Tre' }).region).toBe(null)
  })
})

describe('input', () => {
  it('reads NFD text with spans into it', () => {
    const text = 'Tổng số tiền thu bảo hiểm 3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch.'.normalize('NFD')
    const f = figs(text)
    expect(f.map((x) => x.role)).toEqual(['revenue', 'attainment'])
    for (const x of f) expect(text.slice(...x.span)).toBe(x.raw)
    expect(text.slice(...(f[1]?.sentence ?? [0, 0]))).toContain('kế hoạch'.normalize('NFD'))
    expect(f[1]?.against?.text).toBe('so với kế hoạch'.normalize('NFD'))
  })

  it('splits sentences at full stops but not inside numbers', () => {
    const f = figs('Có 1.076.000 người tham gia BHYT. Tăng 0.03% so với năm 2018.')
    expect(f[0]?.sentence).toEqual([0, 32]) // without the full stop
    expect(f[1]?.role).toBe('growth')
    expect(f[1]?.linkedTo).toBe(null)
  })

  it('gives the interval of a figure, and none for a fraction or a range', () => {
    const f = figs('Có 2.109/2.156 tổ trưởng có thẻ BHYT, phát sóng 10-15 phút, thu 42 tỷ đồng.')
    expect(f.map((x) => x.figure === null)).toEqual([true, true, false])
    expect(f[2]?.figure?.value.toString()).toBe('42000000000')
  })

  it('rejects what is not a text, and a bad date or region', () => {
    const e = bhxhError(() => extractFigures(42 as unknown as string))
    expect(e.code).toBe('invalid-input')
    const d = bhxhError(() => extractFigures('x', { date: '2020-13-01' }))
    expect([d.code, d.path]).toEqual(['invalid-input', ['date']])
    const r = bhxhError(() => extractFigures('x', { region: 5 as unknown as string }))
    expect([r.code, r.path]).toEqual(['invalid-input', ['region']])
    expect(() => findPeriods(null as unknown as string)).toThrow(BhxhError)
  })

  it('returns frozen data, and nothing for a text without figures', () => {
    const x = extractFigures('Không có số liệu.')
    expect(x).toEqual({ figures: [], duplicates: [] })
    expect(Object.isFrozen(x.figures)).toBe(true)
    expect(Object.isFrozen(figs('Có 5 người tham gia BHYT.')[0])).toBe(true)
  })
})
