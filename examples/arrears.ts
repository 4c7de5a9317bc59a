import {
  AGING_PRESETS,
  ageArrears,
  checkAging,
  type DebtRecord,
  formatNumber,
  formatPercent,
  formatVnd,
  ledgerDebts,
  mergeAging,
} from 'bhxh'

// The report (seed 001, BHXH tỉnh Tiền Giang, 2023): "trên 800 đơn vị chậm đóng BHXH từ 1 tháng
// đến dưới 6 tháng với tổng số tiền chậm đóng trên 42 tỷ đồng, 156 đơn vị chậm đóng trên 6 tháng
// với tổng số tiền chậm đóng gần 45 tỷ đồng". We rebuild such a table from employer-level data:
// synthetic debt records, one per employer, scheme and contribution month.
const records: DebtRecord[] = []
const month = (y: number, m: number): string => `${y}-${String(m).padStart(2, '0')}`
// 812 employers owing June–August 2023 (1 to 3 months overdue on 30/9/2023).
for (let i = 0; i < 812; i++)
  for (let m = 6; m <= 8; m++)
    records.push({
      employer: `TG${String(i).padStart(4, '0')}A`,
      scheme: 'BHXH_BB',
      month: month(2023, m),
      due: 10_500_000 + ((i * 7_919 + m * 104_729) % 15_000) * 1_000,
      paid: i % 4 === 0 ? 2_500_000 : 0,
    })
// 156 employers owing every month from December 2022 to August 2023 (the oldest over 6 months).
for (let i = 0; i < 156; i++)
  for (let k = 0; k < 9; k++)
    records.push({
      employer: `TG${String(900 + i).padStart(4, '0')}B`,
      scheme: 'BHXH_BB',
      month: k === 0 ? '2022-12' : month(2023, k),
      due: 25_000_000 + ((i * 3_571 + k * 7_127) % 13_000) * 1_000,
    })

// Age them on 30/9/2023 with the report's two buckets. Each employer counts once, in the bucket
// of its oldest overdue month, with everything it owes (basis 'employer', the default).
const options = { asOf: '2023-09-30', buckets: AGING_PRESETS.sixMonths.buckets }
const summary = ageArrears(records, options)
console.log('Tuổi nợ ngày 30/9/2023:')
for (const row of [...summary.overall.rows, summary.overall.unbucketed, summary.overall.overdue])
  console.log(
    `${row.label.vi.padEnd(28)} ${formatNumber(row.employers).padStart(4)} đơn vị  ${formatVnd(row.amount, { scale: 'tỷ', decimals: 1 }).padStart(14)}  ${row.share === null ? '' : formatPercent(row.share, { decimals: 1 })}`,
  )
// Tuổi nợ ngày 30/9/2023:
// từ 1 tháng đến dưới 6 tháng   812 đơn vị    42,3 tỷ đồng  49,0%
// trên 6 tháng                  156 đơn vị    44,2 tỷ đồng  51,0%
// ngoài các nhóm                  0 đơn vị     0,0 tỷ đồng  0,0%
// tổng số quá hạn               968 đơn vị    86,5 tỷ đồng  100,0%

// The same summary from two halves of the data (two districts, two shards of a database):
// summaries merge, so the order and grouping of the parts do not matter.
const half = records.length / 2
const merged = mergeAging(
  ageArrears(records.slice(0, half), options),
  ageArrears(records.slice(half), options),
)
if (!merged.overall.overdue.amount.equals(summary.overall.overdue.amount))
  throw new Error('mergeAging: the halves do not add up to one pass')

// Check the report's sentence against the data, figure by figure, with what each wording allows:
// "trên 800" is 801 to 880, "gần 45 tỷ" is 44 to under 45 tỷ.
const findings = checkAging(
  [
    { bucket: 'từ 1 tháng đến dưới 6 tháng', employers: 'trên 800 đơn vị', amount: 'trên 42 tỷ đồng' },
    { bucket: 'trên 6 tháng', employers: '156 đơn vị', amount: 'gần 45 tỷ đồng' },
  ],
  summary,
)
console.log('Đối chiếu với báo cáo:')
for (const f of findings) console.log(f.severity.padEnd(8), f.explanation.vi)
// Đối chiếu với báo cáo:
// ok       từ 1 tháng đến dưới 6 tháng: báo cáo «trên 800 đơn vị», tính được 812 — khớp
// ok       từ 1 tháng đến dưới 6 tháng: báo cáo «trên 42 tỷ đồng», tính được 42.346.770.000 — khớp
// ok       trên 6 tháng: báo cáo «156 đơn vị», tính được 156 — khớp
// ok       trên 6 tháng: báo cáo «gần 45 tỷ đồng», tính được 44.162.742.000 — khớp

// Late-payment interest from a ledger, under the 2024 law (0,03%/ngày): July 2025 falls due on
// 31/8/2025; 10.000.000 đồng paid on 11/9/2025 is 10 days late → 10.000.000 × 0,03% × 10.
const ledger = ledgerDebts(
  [
    { kind: 'charge', employer: 'TG0001A', scheme: 'BHXH_BB', month: '2025-07', amount: 10_000_000 },
    { kind: 'payment', employer: 'TG0001A', date: '2025-09-11', amount: 10_000_000 },
  ],
  { asOf: '2025-09-30' },
)
console.log(
  `lãi chậm đóng tháng 7/2025 (10.000.000 đồng nộp trễ 10 ngày × 0,03%/ngày): ${formatVnd(ledger.interest[0]?.accrued ?? 0, { scale: 'đồng' })}`,
)
// lãi chậm đóng tháng 7/2025 (10.000.000 đồng nộp trễ 10 ngày × 0,03%/ngày): 30.000 đồng
