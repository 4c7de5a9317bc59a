/**
 * checkReport on short passages written for a new user's tryout (issue 14): each relation a
 * careful reader checks, with the arithmetic by hand, and the figures that must not be paired.
 */
import { describe, expect, it } from 'vitest'
import { checkReport } from '../../src/check/report'

/** The findings as [relation, severity, raws cited]. */
const found = (text: string, date: string, region?: string) =>
  checkReport({ text, date, ...(region === undefined ? {} : { region }) }).findings.map((f) => [
    f.relation,
    f.severity,
    f.figures.map((x) => x.raw),
  ])

describe('a plan stated apart from its attainment', () => {
  it('in brackets, given by BHXH Việt Nam, and as "chỉ tiêu được giao (…)"', () => {
    const text =
      'Đến hết năm 2024, số người tham gia BHXH bắt buộc đạt 125.400 người, bằng 102,3% kế hoạch (kế hoạch BHXH Việt Nam giao 122.600 người). Số người tham gia BHXH tự nguyện đạt 18.760 người, bằng 93,8% chỉ tiêu được giao (20.000 người).'
    // 125.400 ÷ 102,3% = 122.581 (102,25% – 102,35%: 122.521 – 122.641) ∋ 122.600
    // 18.760 ÷ 93,8% = 20.000 (93,75% – 93,85%: 19.989 – 20.011) ∋ 20.000
    expect(found(text, '2025-01-12', 'Thanh Hóa')).toEqual([
      ['implied-plan', 'ok', ['125.400 người', '102,3%', '122.600 người']],
      ['implied-plan', 'ok', ['18.760 người', '93,8%', '20.000 người']],
    ])
  })

  it('"Kế hoạch năm 2024 là …" after two years side by side: only the 2024 figures are paired', () => {
    const text =
      'Năm 2023, toàn tỉnh có 105.200 người tham gia BHXH bắt buộc, đạt 97,8% kế hoạch; năm 2024 là 112.900 người, đạt 101,5% kế hoạch. Kế hoạch năm 2024 là 111.200 người.'
    // 112.900 ÷ 101,5% = 111.232 (101,45% – 101,55%: 111.177 – 111.287) ∋ 111.200;
    // 105.200 ÷ 97,8% = 107.566 is the 2023 plan, not stated: never set against 111.200 (2024)
    const fs = found(text, '2025-01-10', 'Hưng Yên')
    expect(fs).toContainEqual(['implied-plan', 'ok', ['112.900 người', '101,5%', '111.200 người']])
    expect(fs.filter((f) => (f[2] as string[]).includes('105.200 người'))).toEqual([])
  })

  it('"…; năm 2024 là 112.900 người" is the list\'s count of 2024, its growth against 2023\'s', () => {
    const text =
      'Năm 2023, toàn tỉnh có 105.200 người tham gia BHXH bắt buộc, đạt 97,8% kế hoạch; năm 2024 là 112.900 người, đạt 101,5% kế hoạch, tăng 7,3% so với năm 2023. Kế hoạch năm 2024 là 111.200 người.'
    // 112.900 ÷ 1,073 = 105.219 (÷ 1,0735 – 1,0725: 105.169 – 105.268) ∋ 105.200
    expect(found(text, '2025-01-10', 'Hưng Yên')).toEqual([
      ['implied-plan', 'ok', ['112.900 người', '101,5%', '111.200 người']],
      ['implied-previous', 'ok', ['112.900 người', '7,3%', '105.200 người']],
    ])
  })

  it('a plan given by BHXH Việt Nam "cho tỉnh", stated after the attainment', () => {
    const text =
      'Số thu BHYT năm 2024 đạt 1.236 tỷ đồng, bằng 100,4% kế hoạch. Kế hoạch thu BHYT BHXH Việt Nam giao cho tỉnh năm 2024 là 1.231 tỷ đồng.'
    // 1.236 ÷ 100,4% = 1.231,1 (100,35% – 100,45%: 1.230,4 – 1.231,7) ∋ 1.231 (1.230,5 – 1.231,5)
    expect(found(text, '2025-01-10', 'Kiên Giang')).toEqual([
      ['implied-plan', 'ok', ['1.236 tỷ đồng', '100,4%', '1.231 tỷ đồng']],
    ])
  })

  it('a target of new participants is not the plan of the total', () => {
    const text =
      'Năm 2024, tỉnh được giao chỉ tiêu phát triển mới 8.500 người tham gia BHXH tự nguyện. Đến nay, toàn tỉnh có 31.600 người tham gia BHXH tự nguyện; số phát triển mới là 7.820 người, đạt 92% chỉ tiêu.'
    // 7.820 ÷ 92% = 8.500 (91,95% – 92,05%: 8.495 – 8.505) ∋ 8.500; 31.600 is the total, not
    // the quantity of the plan (31.600 ÷ 92% = 34.348 against 8.500 would be a false alarm)
    expect(found(text, '2024-12-20', 'Lào Cai')).toEqual([
      ['implied-plan', 'ok', ['7.820 người', '92%', '8.500 người']],
    ])
  })
})

describe('arrears buckets written "nợ dưới 3 tháng 148,2 tỷ đồng"', () => {
  it('the amount after a duration in months is a figure, and the buckets are summed', () => {
    const text =
      'Tính đến 31/10/2024, số nợ là 57,4 tỷ đồng, gồm nợ dưới 6 tháng 31,2 tỷ đồng và nợ từ 6 tháng trở lên 24,8 tỷ đồng.'
    // 31,2 + 24,8 = 56,0 tỷ (55,9 – 56,1), against 57,4 (57,35 – 57,45): 2,4% short, a conflict
    const fs = found(text, '2024-11-05', 'Hải Dương')
    expect(fs).toEqual([['arrears-total', 'conflict', ['31,2 tỷ đồng', '24,8 tỷ đồng', '57,4 tỷ đồng']]])
  })
})

describe('parts listed after ";"', () => {
  it('groups of one scheme after "trong đó", one a clause, are summed', () => {
    const text =
      'Năm 2024, số người tham gia BHYT là 985.600 người, trong đó nhóm do người lao động và người sử dụng lao động đóng 142.300 người; nhóm do ngân sách nhà nước đóng 418.900 người; nhóm được ngân sách nhà nước hỗ trợ mức đóng 205.700 người; nhóm tham gia theo hộ gia đình 218.700 người.'
    // 142.300 + 418.900 + 205.700 + 218.700 = 985.600
    expect(found(text, '2025-01-20', 'Đắk Lắk')).toEqual([
      [
        'parts-total',
        'ok',
        ['142.300 người', '418.900 người', '205.700 người', '218.700 người', '985.600 người'],
      ],
    ])
  })

  it('a count of another scheme after ";" ends the groups: two groups short of the total say nothing', () => {
    const text =
      'Năm 2024, số người tham gia BHYT là 985.600 người, trong đó nhóm do ngân sách nhà nước đóng 418.900 người; nhóm tham gia theo hộ gia đình 218.700 người; số người tham gia BHXH tự nguyện là 31.600 người.'
    // 418.900 + 218.700 = 637.600 < 985.600: the list may leave groups out (no finding);
    // 31.600 is of BHXH tự nguyện, no group of BHYT
    expect(found(text, '2025-01-20', 'Đắk Lắk')).toEqual([])
  })

  it('arrears buckets in the sentence after the total that opens with "Trong đó"', () => {
    const text =
      'Tính đến 31/12/2024, số tiền chậm đóng BHXH, BHYT, BHTN là 256,8 tỷ đồng. Trong đó, nợ dưới 3 tháng 148,2 tỷ đồng; nợ từ 3 tháng đến dưới 12 tháng 61,5 tỷ đồng; nợ từ 12 tháng trở lên 47,1 tỷ đồng.'
    // 148,2 + 61,5 + 47,1 = 256,8
    expect(found(text, '2025-01-15', 'Nam Định')).toEqual([
      ['arrears-total', 'ok', ['148,2 tỷ đồng', '61,5 tỷ đồng', '47,1 tỷ đồng', '256,8 tỷ đồng']],
    ])
  })

  it('buckets in a sentence that does not open with "Trong đó" are not the parts of an earlier total', () => {
    const text =
      'Tính đến 31/12/2024, số tiền chậm đóng BHXH, BHYT, BHTN là 256,8 tỷ đồng. Riêng khối doanh nghiệp ngoài nhà nước nợ dưới 3 tháng 98,2 tỷ đồng; nợ từ 3 tháng trở lên 41,5 tỷ đồng.'
    // 98,2 + 41,5 = 139,7 is one sector's, not the whole's 256,8: nothing is paired
    expect(found(text, '2025-01-15', 'Nam Định')).toEqual([])
  })
})

describe('a base the report states', () => {
  it('the labour force, shared by BHXH and BHTN', () => {
    const text =
      'Lực lượng lao động trong độ tuổi của tỉnh năm 2024 là 620.000 người. Đến hết năm 2024, số người tham gia BHXH là 211.400 người, đạt 34,1% lực lượng lao động trong độ tuổi; số người tham gia BHTN là 183.900 người, chiếm 29,7% lực lượng lao động trong độ tuổi.'
    // 211.400 ÷ 34,1% (34,05% – 34,15%) = 619.032 – 620.853 ∋ 620.000
    // 183.900 ÷ 29,7% (29,65% – 29,75%) = 618.150 – 620.238 ∋ 620.000; the two meet (shared base)
    const fs = found(text, '2025-01-10', 'Thái Bình')
    expect(fs).toContainEqual(['implied-base', 'ok', ['211.400 người', '34,1%', '620.000 người']])
    expect(fs).toContainEqual(['implied-base', 'ok', ['183.900 người', '29,7%', '620.000 người']])
    expect(fs.filter((f) => f[1] !== 'ok')).toEqual([])
  })

  it('the population, "khoảng 1,5 triệu người"', () => {
    const text =
      'Dân số toàn tỉnh khoảng 1,5 triệu người; số người tham gia BHYT năm 2024 là 1.412.000 người, đạt 94,1% dân số.'
    // 1.412.000 ÷ 94,1% (94,05% – 94,15%) = 1.499.734 – 1.501.329, about 1,5 triệu
    expect(found(text, '2025-01-10', 'Bắc Giang')).toEqual([
      ['implied-base', 'ok', ['1.412.000 người', '94,1%', 'khoảng 1,5 triệu người']],
    ])
  })

  it("the national labour force, or another year's, is not the province's base", () => {
    const text =
      'Lực lượng lao động cả nước năm 2024 là 52,4 triệu người. Lực lượng lao động trong độ tuổi của tỉnh năm 2023 là 600.000 người. Đến hết năm 2024, số người tham gia BHXH của tỉnh là 211.400 người, đạt 34,1% lực lượng lao động trong độ tuổi.'
    // 211.400 ÷ 34,1% ≈ 620.000: neither 52,4 triệu (national) nor 600.000 (of 2023) is its base
    expect(found(text, '2025-01-10', 'Thái Bình')).toEqual([])
  })
})

describe('the earlier value in brackets after a change', () => {
  it('points against the rate in brackets, and a multiple against the count in brackets', () => {
    const text =
      'Năm 2024, tỷ lệ bao phủ BHYT đạt 93,4% dân số, tăng 1,8 điểm phần trăm so với năm 2023 (91,6%). Số người hưởng trợ cấp thất nghiệp là 5.320 người, gấp 2 lần năm 2023 (2.660 người).'
    // 93,4% − 1,8 điểm = 91,6% (93,35 − 1,85 = 91,5 to 93,45 − 1,75 = 91,7) ∋ 91,6%
    // 5.320 ÷ 2 = 2.660: "gấp 2 lần" puts the earlier count at most 2.660,25, and 2.660 is stated
    expect(found(text, '2025-01-10', 'Bình Định')).toEqual([
      ['multiple-bound', 'ok', ['5.320 người', 'gấp 2 lần', '2.660 người']],
      ['rate-change', 'ok', ['93,4%', '1,8 điểm phần trăm', '91,6%']],
    ])
  })

  it('points that do not add up: a conflict, read in points only', () => {
    const text =
      'Năm 2024, tỷ lệ bao phủ BHYT đạt 93,4% dân số, tăng 1,8 điểm phần trăm so với năm 2023 (88,6%).'
    // 93,4% − 1,8 = 91,6% (91,5 – 91,7), against 88,6%: three points off, even rounded to whole
    // percents (93 − 2 = 91 against 89). The relative reading (93,4% ÷ 1,018 = 91,75%) is not
    // weighed: the text says "điểm phần trăm"
    const [f] = found(text, '2025-01-10', 'Bình Định')
    expect([f?.[0], f?.[1]]).toEqual(['rate-change', 'conflict'])
  })

  it('a plan or another scheme in the brackets is not the earlier value', () => {
    const text =
      'Năm 2024, số tiền chi ốm đau, thai sản là 186 tỷ đồng, tăng 12% so với kế hoạch (kế hoạch 166 tỷ đồng). Số thu BHYT năm 2024 là 1.236 tỷ đồng, tăng 8% so với năm 2023 (thu BHXH 1.144 tỷ đồng).'
    // 186 ÷ 1,12 = 166,1 would agree, but a change against a plan is not a change against an
    // earlier value; 1.236 ÷ 1,08 = 1.144,4 would agree too, but 1.144 is of BHXH, not BHYT
    expect(found(text, '2025-01-10', 'Bình Định').filter((f) => f[0] === 'implied-previous')).toEqual([])
  })
})

describe("a rate that names no region is of the report's province", () => {
  it("reaches the target the province's council set", () => {
    const text =
      'Năm 2024, tỷ lệ bao phủ BHYT đạt 95,2% dân số, vượt chỉ tiêu Nghị quyết của HĐND tỉnh giao (94,5%).'
    // 95,2% (95,15 – 95,25) ≥ 94,5% (94,45 – 94,55): 0,70 điểm above, the target is reached
    expect(found(text, '2025-01-10', 'Kiên Giang')).toEqual([['rate-target', 'ok', ['95,2%', '94,5%']]])
  })

  it("a national target is not the province's", () => {
    const text =
      'Năm 2024, tỷ lệ bao phủ BHYT của tỉnh đạt 95,2% dân số. Cả nước phấn đấu năm 2024 tỷ lệ bao phủ BHYT đạt 94,5% dân số.'
    // 95,2% ≥ 94,5%, but one is the province's and the other the country's: nothing is paired
    expect(found(text, '2025-01-10', 'Kiên Giang')).toEqual([])
  })
})

describe('an absolute change restated by a rate after "tương ứng"', () => {
  it('shares its comparison: both are checked against the earlier count', () => {
    const text =
      'Năm 2023, số người tham gia BHXH bắt buộc là 87.640 người, tăng 4.210 người, tương ứng tăng 5,0% so với năm 2022. Năm 2022, số người tham gia BHXH bắt buộc là 83.430 người.'
    // 87.640 − 4.210 = 83.430 ∋ 83.430; 87.640 ÷ 1,05 = 83.467 (÷ 1,0505 – 1,0495: 83.427 – 83.507)
    // ∋ 83.430; and the two earlier values meet (83.429 – 83.431 within 83.426 – 83.507)
    expect(found(text, '2024-01-12', 'Sóc Trăng')).toEqual([
      ['implied-previous', 'ok', ['87.640 người', '4.210 người', '83.430 người']],
      ['implied-previous', 'ok', ['87.640 người', '5,0%', '83.430 người']],
      ['implied-previous', 'ok', ['87.640 người', '4.210 người', '5,0%']],
    ])
  })
})

describe('a total that closes a list of lines', () => {
  it('bullets by scheme that do not add up to "Tổng cộng"', () => {
    const text =
      'Kết quả thu năm 2024 theo từng loại hình:\n- BHXH bắt buộc: 2.310 tỷ đồng;\n- BHXH tự nguyện: 64 tỷ đồng;\n- BHYT: 1.105 tỷ đồng;\n- BHTN: 158 tỷ đồng.\nTổng cộng: 3.647 tỷ đồng.'
    // 2.310 + 64 + 1.105 + 158 = 3.637 (3.635 – 3.639), against 3.647: 10 tỷ short
    const fs = found(text, '2025-01-18', 'Tây Ninh')
    expect(fs.map((f) => f[0])).toEqual(['parts-total'])
    expect(fs[0]?.[1]).not.toBe('ok')
    expect(fs[0]?.[2]).toEqual([
      '2.310 tỷ đồng',
      '64 tỷ đồng',
      '1.105 tỷ đồng',
      '158 tỷ đồng',
      '3.647 tỷ đồng',
    ])
  })

  it('a table of districts flattened into lines', () => {
    const text =
      'Số người tham gia BHXH năm 2024 theo địa bàn:\nThành phố Vĩnh Long: 45.210 người\nHuyện Long Hồ: 38.760 người\nHuyện Mang Thít: 27.530 người\nTổng cộng: 111.500 người'
    // 45.210 + 38.760 + 27.530 = 111.500
    expect(found(text, '2025-01-18', 'Vĩnh Long')).toEqual([
      ['parts-total', 'ok', ['45.210 người', '38.760 người', '27.530 người', '111.500 người']],
    ])
  })

  it('two years side by side are not parts of a total', () => {
    const text = 'Số thu BHXH:\nNăm 2023: 3.512 tỷ đồng\nNăm 2024: 3.637 tỷ đồng\nTổng cộng: 7.000 tỷ đồng'
    // 3.512 + 3.637 = 7.149 ≠ 7.000, but the lines are of two years: no sum is meant
    expect(found(text, '2025-01-18', 'Tây Ninh').filter((f) => f[0] === 'parts-total')).toEqual([])
  })
})

describe('a fall against the earlier value', () => {
  it('"giảm 3,1%" divides by 1 − 3,1%', () => {
    const text =
      'Quý I/2025, số người tham gia BHXH tự nguyện là 24.380 người, giảm 3,1% so với cùng kỳ năm trước (quý I/2024 là 25.160 người).'
    // 24.380 ÷ (1 − 3,1%) = 25.160 (÷ 0,9695 – 0,9685: 25.147 – 25.173) ∋ 25.160; read as a rise,
    // 24.380 ÷ 1,031 = 23.647 would be a false alarm
    expect(found(text, '2025-04-10', 'Ninh Bình')).toEqual([
      ['implied-previous', 'ok', ['24.380 người', '3,1%', '25.160 người']],
    ])
  })

  it('a fall that does not match the earlier value is a conflict', () => {
    const text =
      'Quý I/2025, số người tham gia BHXH tự nguyện là 24.380 người, giảm 3,1% so với cùng kỳ năm trước (quý I/2024 là 26.160 người).'
    // 24.380 ÷ 0,969 = 25.160, against 26.160: 3,8% short
    const [f] = found(text, '2025-04-10', 'Ninh Bình')
    expect([f?.[0], f?.[1]]).toEqual(['implied-previous', 'conflict'])
  })
})

describe('more plans, earlier values and debts', () => {
  it('"dự toán được giao (…)" next to the whole sector\'s figures: only the province\'s are paired', () => {
    const text =
      'Năm 2024, toàn ngành BHXH thu 506.000 tỷ đồng, đạt 104% dự toán. BHXH tỉnh thu 5.215 tỷ đồng, đạt 100,9% dự toán được giao (5.168 tỷ đồng).'
    // 5.215 ÷ 100,9% = 5.168,5 (100,85% – 100,95%: 5.165,9 – 5.171,0) ∋ 5.168; the sector's
    // 506.000 ÷ 104% = 486.538 is not set against 5.168
    expect(found(text, '2025-01-10', 'Bình Dương')).toEqual([
      ['implied-plan', 'ok', ['5.215 tỷ đồng', '100,9%', '5.168 tỷ đồng']],
    ])
  })

  it('an absolute change against the count in brackets', () => {
    const text =
      'Năm 2024, số người tham gia BHTN là 142.760 người, tăng 3.480 người so với năm 2023 (139.280 người).'
    // 142.760 − 3.480 = 139.280
    expect(found(text, '2025-01-10', 'Hòa Bình')).toEqual([
      ['implied-previous', 'ok', ['142.760 người', '3.480 người', '139.280 người']],
    ])
  })

  it('an amount recovered of the one debt named, a bucket', () => {
    const text =
      'Toàn tỉnh có 312 đơn vị nợ BHXH từ 3 tháng trở lên với số tiền hơn 38 tỷ đồng. Qua thanh tra, kiểm tra, đã thu hồi được 12,6 tỷ đồng.'
    // 12,6 tỷ recovered ≤ hơn 38 tỷ owed
    expect(found(text, '2024-11-05', 'Hải Dương')).toEqual([
      ['subset', 'ok', ['12,6 tỷ đồng', 'hơn 38 tỷ đồng']],
    ])
  })
})

describe('arrears as a share of what was due', () => {
  it('the amount due stated before, in its own sentence', () => {
    const text =
      'Tổng số phải thu năm 2024 là 6.263 tỷ đồng. Tính đến 31/12/2024, số tiền chậm đóng BHXH, BHYT, BHTN là 256,8 tỷ đồng, chiếm 4,1% số phải thu.'
    // 256,8 ÷ 4,1% = 6.263,4 (256,75 ÷ 4,15% = 6.186,7 to 256,85 ÷ 4,05% = 6.342,0) ∋ 6.263
    expect(found(text, '2025-01-15', 'Nam Định')).toEqual([
      ['arrears-share', 'ok', ['256,8 tỷ đồng', '4,1%', '6.263 tỷ đồng']],
    ])
  })

  it('the amount due in brackets after the share, and one that does not agree', () => {
    const text = (due: string) =>
      `Đến 31/12/2024, số chậm đóng BHXH, BHYT, BHTN là 312,4 tỷ đồng, chiếm 3,2% số phải thu (${due} tỷ đồng).`
    // 312,4 ÷ 3,2% = 9.762,5 (312,35 ÷ 3,25% = 9.610,8 to 312,45 ÷ 3,15% = 9.919,0) ∋ 9.763
    expect(found(text('9.763'), '2025-01-10', 'Gia Lai')).toEqual([
      ['arrears-share', 'ok', ['312,4 tỷ đồng', '3,2%', '9.763 tỷ đồng']],
    ])
    // against 12.763: 9.762,5 is 23,5% short, even rounded looser
    expect(found(text('12.763'), '2025-01-10', 'Gia Lai').map((f) => [f[0], f[1]])).toEqual([
      ['arrears-share', 'conflict'],
    ])
  })

  it('the amount due of another year is not paired', () => {
    const text =
      'Tổng số phải thu năm 2023 là 5.980 tỷ đồng. Tính đến 31/12/2024, số tiền chậm đóng BHXH, BHYT, BHTN là 256,8 tỷ đồng, chiếm 4,1% số phải thu.'
    // 256,8 ÷ 4,1% ≈ 6.263 is 2024's due; 5.980 is 2023's
    expect(found(text, '2025-01-15', 'Nam Định')).toEqual([])
  })
})

describe('a list of attainments after ";" against a list of targets', () => {
  const text = (bhtn: string) =>
    `Năm 2025, tỉnh phấn đấu: số người tham gia BHXH 215.000 người; số người tham gia BHTN 180.000 người; số người tham gia BHYT 1.120.000 người. Đến hết tháng 6/2025, số người tham gia BHXH là 198.350 người, đạt 92,3% kế hoạch năm; BHTN 171.200 người, ${bhtn}; BHYT 1.085.000 người, đạt 96,9%.`

  it("each item takes the list's role and the first item's plan", () => {
    // 198.350 ÷ 92,3% = 214.897 (92,25% – 92,35%: 214.781 – 215.014) ∋ 215.000
    // 171.200 ÷ 95,1% = 180.021 (95,05% – 95,15%: 179.926 – 180.116) ∋ 180.000
    // 1.085.000 ÷ 96,9% = 1.119.711 (96,85% – 96,95%: 1.119.134 – 1.120.289) ∋ 1.120.000
    expect(found(text('đạt 95,1%'), '2025-07-08', 'Hà Tĩnh')).toEqual([
      ['implied-plan', 'ok', ['198.350 người', '92,3%', '215.000 người']],
      ['implied-plan', 'ok', ['171.200 người', '95,1%', '180.000 người']],
      ['implied-plan', 'ok', ['1.085.000 người', '96,9%', '1.120.000 người']],
    ])
  })

  it('an item that reaches a share of the labour force is a coverage, not an attainment', () => {
    // "đạt 27,6% lực lượng lao động" is a coverage rate: 171.200 ÷ 27,6% is no plan
    const fs = found(text('đạt 27,6% lực lượng lao động trong độ tuổi'), '2025-07-08', 'Hà Tĩnh')
    expect(fs.filter((f) => (f[2] as string[]).includes('27,6%'))).toEqual([])
    expect(fs.length).toBe(2)
  })
})

describe('a sentence that opens with "Cùng kỳ năm 2023,"', () => {
  it('is of the same date a year before: the earlier value of an absolute change', () => {
    const text =
      'Tính đến 30/9/2024, toàn tỉnh có 42.580 người tham gia BHXH tự nguyện, tăng 6.140 người so với cùng kỳ năm trước. Cùng kỳ năm 2023, số người tham gia BHXH tự nguyện là 36.440 người.'
    // 42.580 − 6.140 = 36.440, of 30/9/2023
    expect(found(text, '2024-10-10', 'Bình Định')).toEqual([
      ['implied-previous', 'ok', ['42.580 người', '6.140 người', '36.440 người']],
    ])
  })

  it('a count of a year before is not the earlier value of a change against the same date', () => {
    const text =
      'Tính đến 30/9/2024, toàn tỉnh có 42.580 người tham gia BHXH tự nguyện, tăng 6.140 người so với cùng kỳ năm trước. Năm 2023, số người tham gia BHXH tự nguyện là 38.100 người.'
    // 38.100 is of the whole year 2023, not of 30/9/2023: 42.580 − 6.140 = 36.440 is not set against it
    expect(found(text, '2024-10-10', 'Bình Định')).toEqual([])
  })
})

describe('an amount collected of a debt after "đôn đốc"', () => {
  it('is at most the debt', () => {
    const text =
      'Toàn tỉnh có 1.245 đơn vị nợ BHXH với số tiền 86,3 tỷ đồng; qua đôn đốc, các đơn vị đã thu nợ được 35,7 tỷ đồng.'
    // 35,7 tỷ collected ≤ 86,3 tỷ owed
    expect(found(text, '2025-07-10', 'Phú Yên')).toEqual([['subset', 'ok', ['35,7 tỷ đồng', '86,3 tỷ đồng']]])
  })
})

describe('a base in brackets after the rate', () => {
  const text = (rate: string) =>
    `Năm 2024, tỷ lệ bao phủ BHYT đạt ${rate} dân số (dân số 1.640.000 người), với 1.538.200 người tham gia BHYT.`

  it('agrees, or does not', () => {
    // 1.538.200 ÷ 93,8% (93,75% – 93,85%) = 1.638.998 – 1.640.747 ∋ 1.640.000
    expect(found(text('93,8%'), '2025-01-10', 'Thanh Hóa')).toEqual([
      ['implied-base', 'ok', ['1.538.200 người', '93,8%', '1.640.000 người']],
    ])
    // 1.538.200 ÷ 92,6% = 1.661.123, 1,3% above 1.640.000 (1.538.200 ÷ 1.640.000 = 93,79%)
    const [f] = found(text('92,6%'), '2025-01-10', 'Thanh Hóa')
    expect([f?.[0], f?.[1]]).toEqual(['implied-base', 'conflict'])
  })
})

describe("a plan's header names the plan's year", () => {
  it('"Kế hoạch năm 2025 …: thu 3.420 tỷ đồng" is not the plan of 2024', () => {
    const text =
      'Kế hoạch năm 2025 BHXH Việt Nam giao cho tỉnh: thu 3.420 tỷ đồng. Năm 2024, tỉnh thu được 3.100 tỷ đồng, bằng 98% kế hoạch.'
    // 3.100 ÷ 98% = 3.163 is the 2024 plan, not stated; set against 3.420 (2025) it would be a
    // false alarm
    expect(found(text, '2025-01-10', 'Thái Nguyên')).toEqual([])
  })

  it('and is the plan of an attainment of the third quarter of 2025', () => {
    const text =
      'Kế hoạch năm 2025 BHXH Việt Nam giao cho tỉnh: thu 3.420 tỷ đồng. Hết quý III/2025, tỉnh thu được 2.497 tỷ đồng, bằng 73% kế hoạch.'
    // 2.497 ÷ 73% = 3.420,5 (72,5% – 73,5%: 3.397,3 – 3.444,8) ∋ 3.420
    expect(found(text, '2025-10-10', 'Thái Nguyên')).toEqual([
      ['implied-plan', 'ok', ['2.497 tỷ đồng', '73%', '3.420 tỷ đồng']],
    ])
  })
})
