/** Role frames (enumerations, plans in brackets) and the roles of benefits and arrears, on short sentences in the reports' style. */
import { describe, expect, it } from 'vitest'
import { interestSaid, listItem, plannedInBrackets } from '../../src/extract/frames'
import { extractFigures } from '../../src/extract/index'
import { findPhrases } from '../../src/extract/text'

const figureOf = (text: string, raw: string) => {
  const f = extractFigures(text, { date: '2024-12-20' }).figures.find((x) => x.raw === raw)
  if (!f) throw new Error(`«${raw}» not found in «${text}»`)
  return f
}
const roleOf = (text: string, raw: string) => figureOf(text, raw).role

describe('listItem', () => {
  const low = 'số người tham gia bhxh là 13 triệu người, bhtn là 11 triệu người, bhyt tăng 2 triệu người'
  // "bhxh" 18..22, "bhtn" 42..46, "bhyt" 66..70; "11" at 50, "2" at 76
  const schemes = [
    { start: 18, end: 22 },
    { start: 42, end: 46 },
    { start: 66, end: 70 },
  ]
  it('takes ", BHTN là" as an item that names only its scheme', () => {
    expect(listItem(low, schemes, 40, 50)).toBe(true)
  })
  it('takes a clause with other words before its scheme as no item', () => {
    expect(listItem(low, schemes, 0, 26)).toBe(false)
  })
  it('takes a few words then "cho" after the scheme as an item', () => {
    const l2 = 'bhxh một lần cho 700 người'
    expect(listItem(l2, [{ start: 0, end: 4 }], 0, 17)).toBe(true)
    // four words before the verb are too many
    const l3 = 'bhxh một lần hàng tháng cho 700 người'
    expect(listItem(l3, [{ start: 0, end: 4 }], 0, 28)).toBe(false)
  })
})

describe('plannedInBrackets', () => {
  it('reads "(kế hoạch: …)" as a plan', () => {
    const low = 'thu đạt 95 tỷ đồng (kế hoạch: 100 tỷ đồng).'
    expect(plannedInBrackets(low, findPhrases(low), 0, low.indexOf('100'))).toBe(true)
    expect(plannedInBrackets(low, findPhrases(low), 0, low.indexOf('95'))).toBe(false)
  })
  it('reads brackets after "kế hoạch … giao …" as the plan', () => {
    const low = 'so với kế hoạch tỉnh giao cho huyện năm 2024 (đạt tỷ lệ 92%), số người tham gia đạt 98%.'
    expect(plannedInBrackets(low, findPhrases(low), 0, low.indexOf('92%'))).toBe(true)
    expect(plannedInBrackets(low, findPhrases(low), 0, low.indexOf('98%'))).toBe(false)
  })
  it('takes brackets after a plan with a comma in between as no plan', () => {
    const low = 'kế hoạch giao, năm nay (đạt 92%).'
    expect(plannedInBrackets(low, findPhrases(low), 0, low.indexOf('92%'))).toBe(false)
  })
})

describe('roles of lists, benefits, arrears and targets', () => {
  it('gives each item of a list of schemes the first item’s role', () => {
    const t =
      'Số người tham gia BHXH bắt buộc là 1,2 triệu người, BHTN là 1,1 triệu người, BHYT là 8 triệu người.'
    expect(roleOf(t, '1,1 triệu người')).toBe('participants')
    expect(figureOf(t, '1,1 triệu người').scheme).toBe('BHTN')
    expect(roleOf(t, '8 triệu người')).toBe('participants')
    const m = 'Thu BHXH bắt buộc đạt 900 tỷ đồng, BHTN đạt 60 tỷ đồng.'
    expect(roleOf(m, '60 tỷ đồng')).toBe('revenue')
  })

  it('leaves a change in a list to the growth rules', () => {
    const t = 'Số người tham gia BHXH bắt buộc là 1,2 triệu người, BHTN giảm 300 người.'
    expect(roleOf(t, '300 người')).not.toBe('participants')
  })

  it('reads people granted a benefit, and visits, as beneficiaries', () => {
    const t = 'Giải quyết chế độ BHXH hàng tháng cho 3.200 người, BHXH một lần cho 1.500 người.'
    expect(roleOf(t, '3.200 người')).toBe('beneficiaries')
    expect(roleOf(t, '1.500 người')).toBe('beneficiaries')
    expect(roleOf('Có 45.000 lượt người hưởng chế độ ốm đau, thai sản.', '45.000 lượt người')).toBe(
      'beneficiaries',
    )
    // visits with no benefit are no one's count
    expect(roleOf('Tổ chức hội nghị cho 2.000 lượt người.', '2.000 lượt người')).toBe('other')
  })

  it('reads unemployment benefit as BHTN and applicants as no beneficiaries', () => {
    const t = 'Trợ cấp thất nghiệp cho 4.000 người.'
    expect(roleOf(t, '4.000 người')).toBe('beneficiaries')
    expect(figureOf(t, '4.000 người').scheme).toBe('BHTN')
    const a = 'Trong tháng, có 5.100 người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp.'
    expect(roleOf(a, '5.100 người')).toBe('other')
    expect(figureOf(a, '5.100 người').scheme).toBe('BHTN')
  })

  it('gives a benefit the scheme of the fund that pays it, and reads "BH" as "bảo hiểm"', () => {
    const t = 'Giải quyết cho 12.000 lượt người hưởng chế độ ốm đau, thai sản.'
    expect(roleOf(t, '12.000 lượt người')).toBe('beneficiaries')
    expect(figureOf(t, '12.000 lượt người').scheme).toBe('BHXH')
    const p = 'Có 31.000 người hưởng lương hưu.'
    expect(roleOf(p, '31.000 người')).toBe('beneficiaries')
    expect(figureOf(p, '31.000 người').scheme).toBe('BHXH')
    expect(figureOf('Số người tham gia BH thất nghiệp là 9.000 người.', '9.000 người').scheme).toBe('BHTN')
  })

  it('reads the whole sector’s revenue as every scheme’s, and "BHXH các địa phương" as offices', () => {
    const t = 'Năm 2024, toàn ngành BHXH thu 400.000 tỷ đồng.'
    expect(roleOf(t, '400.000 tỷ đồng')).toBe('revenue')
    expect(figureOf(t, '400.000 tỷ đồng').scheme).toBe('ALL')
    const o =
      'Về BHYT, so với kế hoạch giao cho BHXH các địa phương năm 2024 (đạt tỷ lệ bao phủ 93%), kết quả còn thấp.'
    expect(roleOf(o, '93%')).toBe('target')
    expect(figureOf(o, '93%').scheme).toBe('BHYT')
  })

  it('reads visits for medical care as BHYT figures apart from beneficiaries', () => {
    const t = 'Có 3.000 người hưởng trợ cấp thất nghiệp và 1,2 triệu lượt người khám chữa bệnh BHYT.'
    expect(roleOf(t, '3.000 người')).toBe('beneficiaries')
    expect(figureOf(t, '3.000 người').scheme).toBe('BHTN')
    expect(roleOf(t, '1,2 triệu lượt người')).toBe('other')
    expect(figureOf(t, '1,2 triệu lượt người').scheme).toBe('BHYT')
    const p = 'Thanh toán chi phí khám chữa bệnh BHYT cho 2 triệu lượt người.'
    expect(roleOf(p, '2 triệu lượt người')).toBe('other')
    expect(figureOf(p, '2 triệu lượt người').scheme).toBe('BHYT')
  })

  it('reads the people in brackets after a coverage rate as participants', () => {
    const t = 'Tỷ lệ bao phủ BHYT đạt 91,2% (1.250.000 người).'
    expect(roleOf(t, '91,2%')).toBe('coverage')
    expect(roleOf(t, '1.250.000 người')).toBe('participants')
  })

  it('reads arrears as a share of what was due, and a rate named after the figure', () => {
    expect(roleOf('Tỷ lệ nợ BHXH giảm xuống còn 2,8% số phải thu.', '2,8%')).toBe('arrears-amount')
    expect(roleOf('BHYT đạt 92% tỷ lệ bao phủ.', '92%')).toBe('coverage')
    const t = 'Số người tham gia BHXH chiếm 35% lực lượng lao động, trong đó 3,1% tham gia BHXH tự nguyện.'
    expect(roleOf(t, '3,1%')).toBe('coverage')
  })

  it('reads employers fined and fines as no arrears', () => {
    const t = 'Xử phạt hành vi chậm đóng BHXH 40 đơn vị với số tiền phạt 2 tỷ đồng.'
    expect(roleOf(t, '40 đơn vị')).toBe('other')
    expect(roleOf(t, '2 tỷ đồng')).toBe('other')
    expect(roleOf('Có 40 đơn vị chậm đóng BHXH.', '40 đơn vị')).toBe('arrears-employers')
  })

  it('reads arrears named earlier in the sentence, repayments and "nợ BH"', () => {
    const t = 'Công ty A là đơn vị có số tiền chậm đóng lớn nhất, với 21,5 tỷ đồng.'
    expect(roleOf(t, '21,5 tỷ đồng')).toBe('arrears-amount')
    const r = 'Các doanh nghiệp đã nộp 30 tỷ đồng khắc phục tiền nợ.'
    expect(roleOf(r, '30 tỷ đồng')).toBe('other')
    expect(roleOf('Đến nay mới thu hồi được 4 tỷ đồng.', '4 tỷ đồng')).toBe('other')
    const b = 'Số tiền nợ BH trên toàn tỉnh là 12 tỷ đồng.'
    expect(roleOf(b, '12 tỷ đồng')).toBe('arrears-amount')
    expect(figureOf(b, '12 tỷ đồng').scheme).toBe('ALL')
  })

  it('reads "từ 3 - 6 tháng" as "từ 3 đến 6 tháng" and "kéo dài trên 12 tháng", never as figures', () => {
    const t =
      'Có 120 đơn vị chậm đóng BHXH từ 3 - 6 tháng, 45 đơn vị nợ kéo dài trên 12 tháng với số tiền 9 tỷ đồng.'
    const { figures } = extractFigures(t)
    expect(figures.map((f) => f.raw)).toEqual(['120 đơn vị', '45 đơn vị', '9 tỷ đồng'])
    // "từ A đến B tháng": both ends included
    expect(figures[0]?.aging).toEqual({ from: 3, fromInclusive: true, to: 6, toInclusive: true })
    // "trên 12 tháng": more than 12 months
    expect(figures[1]?.aging).toEqual({ from: 12, fromInclusive: false })
    expect(figures[2]?.role).toBe('arrears-amount')
    expect(figures[2]?.aging).toEqual({ from: 12, fromInclusive: false })
    // without an arrears word a range of months stays a figure
    expect(extractFigures('Trong 3-6 tháng tới, thu 5 tỷ đồng.').figures.map((f) => f.raw)).toEqual([
      '3-6 tháng',
      '5 tỷ đồng',
    ])
  })

  it('gives the employers after a list’s title the title’s aging bucket, one sentence on only', () => {
    const t =
      'Danh sách các đơn vị chậm đóng BHXH từ 3 tháng trở lên đã được công bố. Có 1.200 doanh nghiệp đang nợ BHXH. Công ty B nợ 8 tỷ đồng. Có 40 đơn vị nợ BHXH.'
    // "từ 3 tháng trở lên": 3 months or more (lower end included by default), no upper end
    expect(figureOf(t, '1.200 doanh nghiệp').aging).toEqual({ from: 3 })
    // two and three sentences after the title: no bucket
    expect(figureOf(t, '8 tỷ đồng').aging).toBe(null)
    expect(figureOf(t, '40 đơn vị').aging).toBe(null)
  })

  it('reads a figure right after a plan word as the plan of the figure before it', () => {
    const t = 'Thu BHXH đạt 950 tỷ đồng, kế hoạch 1.000 tỷ đồng.'
    expect(roleOf(t, '1.000 tỷ đồng')).toBe('target')
    expect(figureOf(t, '1.000 tỷ đồng').metric).toBe('revenue')
    const p = 'Số người tham gia BHXH là 52.000 người, chỉ tiêu: 55.000 người.'
    expect(roleOf(p, '55.000 người')).toBe('target')
    expect(figureOf(p, '55.000 người').metric).toBe('participants')
    // the plan compared with is not read as a goal here
    const c = 'Thu BHXH đạt 950 tỷ đồng, bằng 95% so với kế hoạch 1.000 tỷ đồng.'
    expect(roleOf(c, '1.000 tỷ đồng')).toBe('other')
    const g = 'Phấn đấu đạt 1.200 tỷ đồng tiền thu BHXH.'
    expect(roleOf(g, '1.200 tỷ đồng')).toBe('target')
    expect(figureOf(g, '1.200 tỷ đồng').metric).toBe('revenue')
  })

  it('reads a flattened table row: the plan, then what was done', () => {
    const t = 'BHXH bắt buộc: kế hoạch 50.000 người, thực hiện 48.000 người.'
    expect(roleOf(t, '50.000 người')).toBe('target')
    expect(figureOf(t, '50.000 người').metric).toBe('participants')
    expect(figureOf(t, '50.000 người').scheme).toBe('BHXH_BB')
    expect(roleOf(t, '48.000 người')).toBe('participants')
    const r = 'Số người tham gia BHYT: kế hoạch giao 900.000 người; thực hiện 880.000 người.'
    expect(roleOf(r, '900.000 người')).toBe('target')
    expect(roleOf(r, '880.000 người')).toBe('participants')
    // "thực hiện" with no plan before it is no result of a row
    expect(roleOf('Đoàn kiểm tra thực hiện 300 người.', '300 người')).toBe('other')
  })

  it('reads the figures after a plan’s header as targets, not after a results header', () => {
    const t =
      'Chỉ tiêu giao năm 2025: BHXH bắt buộc 120.000 người, BHXH tự nguyện 30.000 người, BHYT 95% dân số.'
    expect(roleOf(t, '120.000 người')).toBe('target')
    expect(figureOf(t, '30.000 người').scheme).toBe('BHXH_TN')
    expect(roleOf(t, '30.000 người')).toBe('target')
    expect(roleOf(t, '95%')).toBe('target')
    expect(figureOf(t, '95%').metric).toBe('coverage')
    const d = 'Kết quả thực hiện kế hoạch năm 2024: số người tham gia BHXH bắt buộc là 118.000 người.'
    expect(roleOf(d, '118.000 người')).toBe('participants')
  })

  it('reads "phải đạt", a plan in brackets and the details of a goal as targets', () => {
    expect(roleOf('Năm 2024, tỷ lệ bao phủ BHYT phải đạt 93%.', '93%')).toBe('target')
    const b = 'Thu BHXH đạt 950 tỷ đồng (kế hoạch: 1.000 tỷ đồng).'
    expect(roleOf(b, '950 tỷ đồng')).toBe('revenue')
    expect(roleOf(b, '1.000 tỷ đồng')).toBe('target')
    const c = 'Năm 2025, tỉnh đặt mục tiêu tăng số người tham gia. Cụ thể: có 200.000 người tham gia BHXH.'
    expect(roleOf(c, '200.000 người')).toBe('target')
    // "kế hoạch đề ra" is the plan compared with: the details after it are results
    const d = 'Các chỉ tiêu đều vượt kế hoạch đề ra. Cụ thể: có 200.000 người tham gia BHXH.'
    expect(roleOf(d, '200.000 người')).toBe('participants')
  })
})

describe('interestSaid', () => {
  it('reads the words right after an amount, or its own words before it', () => {
    expect(interestSaid('số tiền chậm đóng là ', ' (chưa bao gồm tiền lãi).')).toBe('excluded')
    expect(interestSaid('nợ ', ', kể cả tiền lãi chậm đóng.')).toBe('included')
    expect(interestSaid('số nợ không bao gồm lãi là ', '.')).toBe('excluded')
    expect(interestSaid('nợ ', ' (tính cả lãi)')).toBe('included')
    expect(interestSaid('nợ ', ', cả gốc và lãi')).toBe('included')
  })

  it('says nothing of words that come later, or of interest that is no part of the amount', () => {
    // the words after the amount must come right after it
    expect(interestSaid('nợ ', ', trong đó tiền lãi 2 tỷ đồng chưa bao gồm lãi')).toBeNull()
    // "số tiền nợ phải tính lãi": the debt on which interest is charged, not whether it is counted
    expect(interestSaid('số tiền nợ phải tính lãi là ', '.')).toBeNull()
    expect(interestSaid('số tiền chậm đóng là ', '.')).toBeNull()
  })
})
