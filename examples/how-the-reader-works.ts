import { checkReport, formatPeriod } from 'bhxh'

// A short report written for this guide in the style of a provincial office's nine-month summary.
const text = [
  'Kế hoạch thu năm 2024 là 5.680 tỷ đồng; 9 tháng đầu năm, tổng thu BHXH, BHYT, BHTN đạt 4.215,8 tỷ',
  'đồng, bằng 74,2% kế hoạch. Đến hết tháng 9/2024, toàn tỉnh có 412.350 người tham gia BHXH, trong',
  'đó BHXH bắt buộc 356.120 người, BHXH tự nguyện 56.230 người, tăng 8,4% so với cùng kỳ.',
  'Về BHYT, số người tham gia là 1.185.400 người, đạt tỷ lệ bao phủ 92,6% dân số.',
].join(' ')

const { figures, findings } = checkReport({ text, date: '2024-10-05', region: 'Hà Nam' })

// Each figure with what the stages read: role and metric, scheme (subjects), period (binding),
// region, and the quantity an attainment or growth belongs to (links).
for (const f of figures)
  console.log(
    [
      f.raw.padEnd(16),
      f.role.padEnd(13),
      (f.scheme ?? '–').padEnd(8),
      (f.period ? formatPeriod(f.period) : '–').padEnd(24),
      (f.region ?? '–').padEnd(7),
      f.linkedTo === null ? '' : `→ ${figures[f.linkedTo]?.raw}`,
    ]
      .join(' ')
      .trimEnd(),
  )

// Each finding: the relation, how it came out, and the arithmetic in words.
for (const x of findings) console.log(`[${x.severity}] ${x.relation}: ${x.explanation.en}`)
