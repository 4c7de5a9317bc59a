/**
 * How the structure of report sentences governs a figure (issue 14, part 2): sentences broken
 * over lines, units of people, periods up to "now", topics of a passage. Sentences written for
 * these tests in the reports' style.
 */
import { describe, expect, it } from 'vitest'
import { type ExtractedFigure, extractFigures } from '../../src/extract/index'
import { parseNumber } from '../../src/number/index'

const one = (text: string, raw: string, options?: Parameters<typeof extractFigures>[1]): ExtractedFigure => {
  const f = extractFigures(text, options).figures.find((x) => x.raw === raw)
  if (!f) throw new Error(`«${raw}» not found in «${text}»`)
  return f
}

describe('sentences over line breaks', () => {
  it('goes on with the sentence after a line broken at a comma', () => {
    const text =
      'Nhiều huyện làm tốt việc phát triển người tham gia BHXH tự nguyện, như: huyện A (tăng 120 người),\n\nhuyện B (tăng 85 người).'
    // the second line names no scheme: it is the same sentence as the first, about BHXH tự nguyện
    const f = one(text, '85 người')
    expect(f.scheme).toBe('BHXH_TN')
    expect(f.role).toBe('growth')
  })

  it('ends the sentence at a line break after a full stop', () => {
    const text = 'Số người tham gia BHXH tự nguyện là 900 người.\nTổ chức 12 hội nghị.'
    expect(one(text, '12 hội nghị').scheme).toBeNull()
  })
})

describe('units of people', () => {
  it('reads cards, nhân khẩu and học sinh, sinh viên as people', () => {
    expect(parseNumber('134 ngàn thẻ').unit).toEqual({ text: 'thẻ', code: 'person' })
    expect(parseNumber('5.200 nhân khẩu').unit).toEqual({ text: 'nhân khẩu', code: 'person' })
    // the pair is one unit, not "học sinh" and a stray ", sinh viên"
    expect(parseNumber('27.120 học sinh, sinh viên').unit).toEqual({
      text: 'học sinh, sinh viên',
      code: 'person',
    })
  })

  it('reads provinces, goods and active ingredients as counts', () => {
    expect(parseNumber('23 tỉnh').unit).toEqual({ text: 'tỉnh', code: 'count' })
    expect(parseNumber('12 tỉnh, thành phố').unit).toEqual({ text: 'tỉnh, thành phố', code: 'count' })
    expect(parseNumber('20 mặt hàng').unit).toEqual({ text: 'mặt hàng', code: 'count' })
    expect(parseNumber('5 hoạt chất').unit).toEqual({ text: 'hoạt chất', code: 'count' })
    // a count of provinces is no figure of people
    expect(one('Hiện có 23 tỉnh có tỷ lệ bao phủ BHYT cao hơn chỉ tiêu.', '23 tỉnh').role).toBe('other')
  })

  it('counts BHYT cards issued as participants', () => {
    const f = one('Trong quý, tỉnh đã cấp hơn 12 ngàn thẻ BHYT cho người nghèo.', 'hơn 12 ngàn thẻ')
    expect(f.role).toBe('participants')
    expect(f.scheme).toBe('BHYT')
    // 12 ngàn = 12 × 1.000 = 12.000 people
    expect(f.parsed.kind === 'number' && f.parsed.value).toBe('12000')
  })

  it('reads people of a household register who are bought a card as participants', () => {
    expect(one('Huyện đã mua BHYT cho 5.200 nhân khẩu nghèo.', '5.200 nhân khẩu').role).toBe('participants')
  })
})

describe('periods up to now', () => {
  it('reads "10 tháng qua" as the months of the report year so far', () => {
    const f = one('Trong 10 tháng qua, đã giải quyết chế độ BHXH cho 2.400 người.', '2.400 người', {
      date: '2019-11-06',
    })
    expect(f.period).toEqual({ kind: 'year-to-date', year: 2019, month: 10 })
  })

  it('reads "now" as the end of the months past that the text names', () => {
    const text =
      'Trong 10 tháng qua, đã giải quyết chế độ BHXH cho 2.400 người. Đến thời điểm này, số tiền nợ BHXH là 90 tỉ đồng. Từ đầu năm đến nay, đã thu hồi được 40 tỉ đồng.'
    const o = { date: '2019-11-06' }
    // 6/11 with "10 tháng qua": "now" is 31/10, the end of the tenth month
    expect(one(text, '90 tỉ đồng', o).period).toEqual({ kind: 'instant', date: '2019-10-31' })
    expect(one(text, '40 tỉ đồng', o).period).toEqual({ kind: 'year-to-date', year: 2019, month: 10 })
  })

  it('keeps "now" at the report date when no months past are named', () => {
    const f = one('Từ đầu năm đến nay, đã thu hồi được 40 tỉ đồng nợ BHXH.', '40 tỉ đồng', {
      date: '2019-11-06',
    })
    expect(f.period).toEqual({ kind: 'year-to-date', year: 2019, month: 11 })
  })

  it('does not read more months past than the report date has', () => {
    // "11 tháng qua" in a report of 6/11 is no period of this year (11 > 11 − 0 is fine, 12 is not)
    const f = one('Trong 12 tháng qua, thu 50 tỷ đồng BHXH.', '50 tỷ đồng', { date: '2019-11-06' })
    expect(f.period).toBeNull()
  })

  it('counts a flow as of the report date through the month before it', () => {
    const text =
      'Ngày 5-12, Giám đốc BHXH tỉnh cho biết đã chi trả lương hưu với tổng số tiền trên 1.400 tỷ đồng.'
    // 5/12/2024: December is not closed, so January to November 2024
    const f = one(text, 'trên 1.400 tỷ đồng', { date: '2024-12-05' })
    expect(f.period).toEqual({ kind: 'year-to-date', year: 2024, month: 11 })
  })
})

describe('topics of one scheme', () => {
  it('gives the scheme of a topic word of its sentence to figures that name none', () => {
    const text = 'Trong tháng, số người được giới thiệu việc làm là 900 người, tăng 5,2% so với tháng trước.'
    // job introductions are a service of the unemployment insurance
    expect(one(text, '900 người').scheme).toBe('BHTN')
    expect(one(text, '5,2%').scheme).toBe('BHTN')
    expect(
      one('Giá thuốc trúng thầu bình quân giảm 8,5%, tương ứng 120 tỷ đồng.', '120 tỷ đồng').scheme,
    ).toBe('BHYT')
  })

  it('gives the one scheme of a passage to a figure of a sentence with none', () => {
    const text =
      'Trong tháng 5, có 2.100 người nộp hồ sơ hưởng trợ cấp thất nghiệp. Tổng số người nộp hồ sơ 5 tháng đầu năm là 9.800 người.'
    expect(one(text, '9.800 người').scheme).toBe('BHTN')
  })

  it('gives no topic when the passage names several schemes, all schemes, or one in passing', () => {
    const several = 'Thu BHXH đạt 40 tỷ đồng, thu BHYT đạt 20 tỷ đồng. Ngoài ra, đã hỗ trợ 300 người.'
    expect(one(several, '300 người').scheme).toBeNull()
    const all = 'Công tác BHXH, BHYT được quan tâm. Tỉnh đã phối hợp với 10 đơn vị cấp tỉnh.'
    expect(one(all, '10 đơn vị').scheme).toBeNull()
    const aside = 'Sở đã tư vấn chính sách bảo hiểm thất nghiệp cho hơn 500 lượt người lao động.'
    expect(one(aside, 'hơn 500 lượt người lao động').scheme).toBeNull()
    // households of the poverty register are no topic's figures
    expect(
      one('Năm 2008, tỉnh có 3.600 hộ nghèo. Tỉnh mua thẻ BHYT cho người nghèo.', '3.600 hộ').scheme,
    ).toBeNull()
  })
})

describe('goals and results', () => {
  it('reads "nâng … lên" after a result as a level reached, not a goal', () => {
    const text =
      '6 tháng đầu năm, toàn tỉnh đã có thêm 3 ngàn người tham gia BHYT, nâng số người tham gia lên 200 ngàn người (chiếm 60% dân số).'
    expect(one(text, '200 ngàn người').role).toBe('participants')
    expect(one(text, '60%').role).toBe('coverage')
    // without a result before it, "nâng" sets a goal
    expect(one('Tỉnh phấn đấu nâng tỷ lệ bao phủ BHYT lên 95% dân số.', '95%').role).toBe('target')
    expect(one('Góp phần nâng tỷ lệ bao phủ BHYT lên 95% dân số.', '95%').role).toBe('target')
  })

  it('reads a goal compared with, or a deadline in brackets, as no goal of the sentence', () => {
    const text =
      'Năm 2023, có 1,2 triệu người tham gia BHXH tự nguyện đạt 3,5% lực lượng lao động (vượt 1,1% mục tiêu đến năm 2025); 9,7 triệu người tham gia BHTN đạt 28% LLLĐ trong độ tuổi.'
    const o = { date: '2024-02-01' }
    expect(one(text, '9,7 triệu người', o).role).toBe('participants')
    // "LLLĐ" is the labour force: a coverage rate over it
    const rate = one(text, '28%', o)
    expect([rate.role, rate.base]).toEqual(['coverage', 'working-age-labour-force'])
  })

  it('reads a rate right after a plan word as the plan, for the whole year', () => {
    const text =
      'Tính đến 30/9/2018, tỷ lệ bao phủ đạt 75%. Để đạt chỉ tiêu 80,5% dân số tham gia BHYT, ngành tiếp tục vận động.'
    const f = one(text, '80,5%')
    expect(f.role).toBe('target')
    // a goal under "đến 30/9/2018" is the goal of 2018
    expect(f.period).toEqual({ kind: 'year', year: 2018 })
    expect(one(text, '75%').period).toEqual({ kind: 'instant', date: '2018-09-30' })
  })
})

describe('people and rates in coverage sentences', () => {
  it('reads people that restate a coverage rate as participants', () => {
    const text =
      'Số học sinh, sinh viên tham gia BHYT năm 2019 đạt tỷ lệ 95,2%, tương ứng có 81.400 học sinh, sinh viên.'
    expect(one(text, '81.400 học sinh, sinh viên').role).toBe('participants')
  })

  it('reads the people a card is for, and a verb after a place, as participants', () => {
    const text = 'Sở lập danh sách cấp thẻ BHYT miễn phí cho 9.300 người nghèo.'
    expect(one(text, '9.300 người').role).toBe('participants')
    const place = 'Hiện hơn 400 ngàn người trên địa bàn tỉnh Bạc Liêu tham gia BHYT, tăng 2% so với cùng kỳ.'
    expect(one(place, 'hơn 400 ngàn người').role).toBe('participants')
  })

  it('reads a bare number that its clause calls the number of participants', () => {
    const text =
      'Số người tham gia BHXH tự nguyện trên địa bàn tỉnh là hơn 21.500, tăng 900 người so với cùng kỳ.'
    expect(one(text, 'hơn 21.500').role).toBe('participants')
    expect(one('Tỉnh tổ chức 21 hội nghị, có 1.500 lượt tham dự.', '21 hội nghị').role).toBe('other')
  })

  it('reads a share of households as no coverage rate', () => {
    const text = 'Năm 2008, toàn tỉnh có 3.600 hộ nghèo, chiếm tỷ lệ 4,2%.'
    expect(one(text, '4,2%').role).toBe('other')
  })

  it('reads the next rate of a list of coverage rates as coverage', () => {
    const text = 'Tỷ lệ bao phủ BHYT của huyện A đạt cao nhất 91,2%, thấp nhất là huyện B chỉ mới đạt 70,4%.'
    expect(one(text, '70,4%').role).toBe('coverage')
  })

  it('reads "có thêm" as an absolute change of the people after it, and a gap to a target as a change down', () => {
    const f = one('6 tháng đầu năm, đã có thêm gần 3 ngàn người tham gia BHYT.', 'gần 3 ngàn người')
    expect([f.role, f.change, f.direction, f.metric]).toEqual(['growth', 'absolute', 'up', 'participants'])
    const gap = one('Tỷ lệ bao phủ BHYT còn khoảng cách 1,2% so với chỉ tiêu được giao.', '1,2%')
    expect([gap.role, gap.direction]).toEqual(['growth', 'down'])
  })
})

describe('periods that qualify a word, and money paid out', () => {
  it('keeps the period in force under a phase that qualifies a word or a plan compared with', () => {
    const text =
      'Tính đến ngày 15/10/2020, tỷ lệ bao phủ BHYT đạt 88%, còn khoảng cách 2% so với chỉ tiêu giao tại Quyết định 99/QĐ-TTg về bao phủ BHYT giai đoạn 2016-2020. So với kế hoạch BHXH Việt Nam giao cho các địa phương trong năm 2020 (đạt 90%), số người tham gia BHYT cũng chỉ đạt 97,8% kế hoạch.'
    // neither "giai đoạn 2016-2020" (the decision's phase) nor "trong năm 2020" (the plan's year) is
    // the period of the figures: they stay as of 15/10/2020
    expect(one(text, '97,8%').period).toEqual({ kind: 'instant', date: '2020-10-15' })
  })

  it('reads money of no role after a word of paying or of medical care as expenditure', () => {
    const text =
      'Công tác chi trả lương hưu, trợ cấp BHXH kịp thời, đầy đủ với tổng số tiền trên 900 tỷ đồng; có 2 triệu lượt người khám chữa bệnh BHYT với số tiền trên 700 tỷ đồng.'
    expect(one(text, 'trên 900 tỷ đồng').metric).toBe('expenditure')
    expect(one(text, 'trên 700 tỷ đồng').metric).toBe('expenditure')
    expect(one('Đã thu hồi được 50 tỷ đồng, sau khi chi trả đúng hạn.', '50 tỷ đồng').metric).toBeNull()
  })
})

describe('school years', () => {
  it('reads "năm học 2018-2019" and two years in a row as a school year', () => {
    const text =
      'Năm học 2017-2018, tỷ lệ học sinh tham gia BHYT đạt 91,2%; năm 2018-2019, tỷ lệ bao phủ đạt 95,4%, tăng 4,2% so với năm học trước.'
    expect(one(text, '91,2%').period).toEqual({ kind: 'school-year', year: 2017 })
    expect(one(text, '95,4%').period).toEqual({ kind: 'school-year', year: 2018 })
    const up = one(text, '4,2%')
    // "năm học trước" of 2018-2019 is 2017-2018
    expect(up.against?.period).toEqual({ kind: 'school-year', year: 2017 })
    // "giai đoạn 2016-2020" and years not in a row are no school year
    expect(one('Giai đoạn 2016-2020, thu 50 tỷ đồng BHYT.', '50 tỷ đồng').period).toEqual({
      kind: 'phase',
      from: 2016,
      to: 2020,
    })
  })
})

describe('pairs written with a comma, additions and reached rates', () => {
  it('keeps "học sinh, sinh viên" in one clause', () => {
    const text = 'Năm học 2017-2018, tỷ lệ học sinh, sinh viên trên địa bàn tỉnh tham gia BHYT đạt 90,5%.'
    // the rate word "tỷ lệ" before the comma governs the rate after it
    expect(one(text, '90,5%').role).toBe('coverage')
  })

  it('reads the rate a change of coverage reached as coverage', () => {
    const text = 'Năm 2019, tỷ lệ bao phủ BHYT tăng thêm trên 5%, đạt 96,1%.'
    expect(one(text, '96,1%').role).toBe('coverage')
    expect(one(text, 'trên 5%').role).toBe('growth')
  })

  it('reads "có thêm" followed by a change of it as the new ones, not a change', () => {
    const text = 'Năm 2018, có thêm 1.200 đơn vị tham gia BHXH, tăng 300 đơn vị so với năm trước.'
    expect(one(text, '1.200 đơn vị').role).toBe('other')
    expect(one(text, '300 đơn vị').role).toBe('growth')
  })

  it('gives a figure no scheme named after "và" for another figure', () => {
    const text =
      'Trong tháng, chi BHXH 130 tỷ đồng, chi Quỹ BH thất nghiệp 8 tỷ đồng và ước chi khám, chữa bệnh BHYT 88 tỷ đồng.'
    expect(one(text, '8 tỷ đồng').scheme).toBe('BHTN')
    expect(one(text, '88 tỷ đồng').scheme).toBe('BHYT')
  })

  it('gives a rate of no role only its sentence’s topic, not the passage’s', () => {
    const text =
      'Năm 2008, toàn tỉnh có 3.600 hộ nghèo, chiếm tỷ lệ 4,2%. Tỉnh đã mua thẻ BHYT cho 9.000 người nghèo.'
    expect(one(text, '4,2%').role).toBe('other')
    expect(one(text, '4,2%').scheme).toBeNull()
  })
})

describe('metrics and schemes carried from what was just reported', () => {
  it('reads a bare change of people as a change of the count just reported', () => {
    const text =
      'Tính đến ngày 30/9/2020, có 1,2 triệu người tham gia BHYT. Mặc dù đã tăng 18 nghìn người so với cuối năm 2019, tỷ lệ vẫn thấp.'
    expect(one(text, '18 nghìn người').metric).toBe('participants')
    // nothing counted before: no metric
    expect(one('Mặc dù đã tăng 18 nghìn người so với cuối năm 2019.', '18 nghìn người').metric).toBeNull()
  })

  it('reads an attainment without its quantity by its sentence', () => {
    const text = 'Như vậy, số người tham gia BHYT đã tăng 4.000 người so với cùng kỳ, đạt 100,2% kế hoạch.'
    expect(one(text, '100,2%').metric).toBe('participants')
  })

  it('reads people taking part in "BHXH, BHYT" as BHXH participants', () => {
    const text = 'Năm 2018, có 24.000 người tham gia BHXH, BHYT, tăng 2,1% so với năm trước.'
    // compulsory BHXH brings BHYT with it: the people are those of BHXH, and so is their growth
    expect(one(text, '24.000 người').scheme).toBe('BHXH')
    expect(one(text, '2,1%').scheme).toBe('BHXH')
    // three schemes together stay all schemes
    expect(one('Có 24.000 người tham gia BHXH, BHYT, BHTN.', '24.000 người').scheme).toBe('ALL')
  })
})

describe('a change restated in another unit', () => {
  it('reads an amount "tương ứng" a relative change as the same change, absolute', () => {
    const text = 'Giá thuốc trúng thầu bình quân đã giảm 12,5%, tương ứng số tiền là 80,2 tỷ đồng.'
    const f = one(text, '80,2 tỷ đồng')
    expect([f.role, f.change, f.direction]).toEqual(['growth', 'absolute', 'down'])
    // without the relative change before it, "tương ứng" restates nothing
    expect(one('Tỷ lệ bao phủ đạt 80%, tương ứng 1.200 người.', '1.200 người').change).toBeNull()
  })
})

describe('insurance paid for people, and plans named with their period', () => {
  it('reads people whose insurance is paid for them as participants', () => {
    expect(one('Gần 9.000 người cận nghèo được hỗ trợ bảo hiểm y tế.', 'Gần 9.000 người').role).toBe(
      'participants',
    )
    // support for vocational training is a benefit of BHTN, not insurance paid for them
    expect(one('Có 2.000 người được hỗ trợ học nghề.', '2.000 người').role).not.toBe('participants')
  })

  it('reads a figure after "chỉ tiêu giao" and a period or "là" as the plan', () => {
    expect(one('Chỉ tiêu giao năm 2024 là 9.500 người tham gia BHXH tự nguyện.', '9.500 người').role).toBe(
      'target',
    )
    expect(one('Chỉ tiêu giao là 9.500 người tham gia BHXH tự nguyện.', '9.500 người').role).toBe('target')
  })
})

describe('a headline restated in the body', () => {
  it('gives a figure before every period the period of its restatement', () => {
    const text =
      'Cấp 5.200 thẻ BHYT cho người nghèo\n\nNăm 2008, toàn tỉnh có 1.300 hộ nghèo. Năm 2009, tỉnh đã mua BHYT cho 5.200 nhân khẩu nghèo.'
    // not 2008, the first period of the text: 2009, where the body says it again
    expect(one(text, '5.200 thẻ').period).toEqual({ kind: 'year', year: 2009 })
    // a headline the body does not restate (or restates with another qualifier) keeps the first period
    const other =
      'Có trên 7.500 người tham gia BHXH tự nguyện\n\nNăm 2020, toàn tỉnh có 8.000 người. Năm 2021, phấn đấu đạt 7.500 người.'
    expect(one(other, 'trên 7.500 người').period).toEqual({ kind: 'year', year: 2020 })
  })
})

describe('a share of those required to take part', () => {
  it('reads it as coverage, not attainment, when no plan is named', () => {
    const text = 'Năm 2024, có 55.400 người tham gia BHTN, đạt 91% số người thuộc diện phải tham gia.'
    expect(one(text, '91%').role).toBe('coverage')
    // with a plan named it is an attainment
    expect(one('Năm 2024, có 55.400 người tham gia BHTN, đạt 91% kế hoạch.', '91%').role).toBe('attainment')
  })
})
