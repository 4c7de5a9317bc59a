import {
  attainment,
  figure,
  findNumbers,
  formatPercent,
  formatVnd,
  impliedTarget,
  parseNumber,
  parseWords,
  result,
  target,
  toDecimal,
  toWords,
} from 'bhxh'

// 1. Read a figure as a report writes it: exact value, unit, scale, qualifier and precision.
const revenue = parseNumber('3.620,4 tỷ đồng')
if (revenue.kind === 'number') {
  console.log(revenue.value) // '3620400000000'
  console.log(revenue.unit, revenue.precision.step) // { text: 'đồng', code: 'vnd' } '100000000'
}

const people = parseNumber('gần 1.076.000 người')
console.log(people.qualifier, people.unit?.code) // 'nearly' 'person'

// 2. Find every figure in an article; dates and periods are skipped, never read as numbers.
const text =
  '9 tháng đầu năm 2020, tổng số tiền thu 3.620,4 tỷ đồng, đạt 71,5% so với kế hoạch (ngày 08/10/2020)'
console.log(findNumbers(text).map((p) => p.raw)) // ['9 tháng', '3.620,4 tỷ đồng', '71,5%']

// 3. Compute exactly with the core's Decimal: the plan implied by "3.620,4 tỷ, đạt 71,5% kế hoạch".
const share = parseNumber('71,5%')
if (revenue.kind === 'number' && share.kind === 'percent') {
  const plan = toDecimal(revenue).div(toDecimal(share))
  console.log(formatVnd(plan.toFixed(0), { scale: 'tỷ', decimals: 1 })) // '5.063,5 tỷ đồng'
}

// 4. Format and read the Vietnamese way, the same on every runtime.
console.log(formatPercent('0.0929')) // '9,29%'
console.log(toWords(1076000)) // 'một triệu không trăm bảy mươi sáu nghìn'
console.log(parseWords('một trăm linh năm')) // '105'

// 5. Model the report: a result, a target, and the measures, exact or as the text's intervals.
const result9m = result({
  scheme: 'ALL',
  metric: 'revenue',
  period: '9 tháng đầu năm 2020',
  value: '3620400000000',
})
const plan2020 = target({ scheme: 'ALL', metric: 'revenue', period: 'năm 2020', value: '5063500000000' })
const a = attainment(result9m, plan2020)
console.log(formatPercent(a.ratio, { decimals: 1 }), a.status, a.pace?.onTrack) // '71,5%' 'below' false
const implied = impliedTarget(figure('3.620,4 tỷ đồng'), figure('71,5%')) // the plan the text allows
console.log(
  formatVnd(implied.lo, { scale: 'tỷ', decimals: 1 }),
  formatVnd(implied.hi, { scale: 'tỷ', decimals: 1 }),
)
// '5.059,9 tỷ đồng' '5.067,1 tỷ đồng'
