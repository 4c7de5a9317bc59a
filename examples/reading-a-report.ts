import { readFileSync } from 'node:fs'
import {
  attainment,
  figure,
  findNumbers,
  formatPercent,
  formatPeriod,
  formatVnd,
  growth,
  impliedPrevious,
  impliedTarget,
  parsePeriod,
  result,
  samePeriodLastYear,
  target,
} from 'bhxh'

// The report (seed 000, dated 08/10/2020): "9 tháng đầu năm 2020, toàn tỉnh có gần 1.076.000 người
// tham gia … tổng số tiền thu bảo hiểm 3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch và tăng 9,29% so
// với cùng kỳ năm 2019. Riêng tỷ lệ bao phủ bảo hiểm y tế đã đạt 91,5% dân số."
const text = readFileSync(new URL('./reports/000_c82fc3dc9b9473b5.txt', import.meta.url), 'utf8')
const sentence = text.slice(text.indexOf('9 tháng đầu năm 2020'), text.indexOf('Công tác cấp sổ'))

// 1. Find the figures. Dates and years are skipped; each figure keeps what was written.
const found = findNumbers(sentence)
console.log(found.map((p) => p.raw).join(' | '))
// 9 tháng | gần 1.076.000 người | 3.620,4 tỷ đồng | 71,5% | 9,29% | 91,5%

// 2. Read the period the sentence opens with, and the period it compares with (cùng kỳ).
const period = parsePeriod('9 tháng đầu năm 2020')
console.log(formatPeriod(period), '→', formatPeriod(samePeriodLastYear(period)))
// 9 tháng đầu năm 2020 → 9 tháng đầu năm 2019

// 3. Each figure as written stands for an interval: "71,5%" is anything from 71,45% to 71,55%.
const revenue = figure('3.620,4 tỷ đồng')
const share = figure('71,5%')
const rise = figure('9,29%')
console.log(
  formatPercent(share.interval.lo, { decimals: 2 }),
  '–',
  formatPercent(share.interval.hi, { decimals: 2 }),
)
// 71,45% – 71,55%

// 4. What the report implies: the annual plan and last year's revenue, as the ranges the
//    rounding allows.
const vnd = (x: Parameters<typeof formatVnd>[0]) => formatVnd(x, { scale: 'tỷ', decimals: 1 })
const plan = impliedTarget(revenue, share)
console.log('plan', vnd(plan.lo), '–', vnd(plan.hi))
// plan 5.059,9 tỷ đồng – 5.067,1 tỷ đồng
const before = impliedPrevious(revenue, rise)
console.log('9 tháng đầu năm 2019', vnd(before.lo), '–', vnd(before.hi))
// 9 tháng đầu năm 2019 3.312,5 tỷ đồng – 3.312,9 tỷ đồng

// 5. With records: the 9-month result against the annual plan, with the pace.
const actual = result({ scheme: 'ALL', metric: 'revenue', period, value: '3620400000000' })
const annual = target({ scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: '5063500000000' })
const a = attainment(actual, annual)
console.log(formatPercent(a.ratio, { decimals: 1 }), a.status)
// 71,5% below
if (a.pace) {
  console.log('due by September', vnd(a.pace.due), '| on track:', a.pace.onTrack)
  // due by September 3.797,6 tỷ đồng | on track: false
  console.log(
    'year-end at this pace',
    vnd(a.pace.projection),
    formatPercent(a.pace.projectedRatio, { decimals: 1 }),
  )
  // year-end at this pace 4.827,2 tỷ đồng 95,3%
}

// 6. Growth against the same period of 2019, exact, from the implied 2019 value.
const lastYear = result({
  scheme: 'ALL',
  metric: 'revenue',
  period: samePeriodLastYear(period),
  value: impliedPrevious('3620400000000', '0.0929').toFixed(0),
})
console.log(formatPercent(growth(actual, lastYear).relative, { decimals: 2 }))
// 9,29%
