import {
  findNumbers,
  formatNumber,
  formatPercent,
  formatPoints,
  formatVnd,
  parseNumber,
  parseWords,
  safeParseNumber,
  toWords,
  toWordsVnd,
} from 'bhxh/number'

// Parse: the exact value as a decimal string, and everything the report wrote around it.
for (const phrase of [
  'gần 1.076.000 người',
  '3.620,4 tỷ đồng',
  'trên 95%',
  'gấp hơn hai lần',
  '2.109/2.156',
]) {
  const p = parseNumber(phrase)
  const value =
    p.kind === 'fraction' ? `${p.numerator.value}/${p.denominator.value}` : p.kind === 'range' ? '' : p.value
  console.log(
    phrase.padEnd(22),
    p.kind.padEnd(9),
    value.padEnd(16),
    (p.unit?.code ?? '—').padEnd(8),
    p.qualifier,
  )
}

// Precision is kept: "71,5%" was written to one decimal of a percent.
const share = parseNumber('71,5%')
if (share.kind === 'percent') console.log('71,5%:', share.value, 'step', share.precision.step)

// Errors are values in the safe form, with the span of the problem.
const bad = safeParseNumber('3.620,4,5 tỷ')
if (!bad.ok) console.log(bad.error.code, bad.error.span, bad.error.messages.vi)

// Find every figure in running text; dates, periods and times are not figures.
const sentence = 'Ngày 08/10/2020, 9 tháng đầu năm 2020 thu 3.620,4 tỷ đồng, đạt 71,5% kế hoạch, tăng 9,29%.'
console.log(findNumbers(sentence).map((p) => p.raw))

// Format the Vietnamese way: dot for thousands, comma for decimals; exact unless asked to round.
console.log(formatNumber('1076000'), formatNumber('3620.4'), formatNumber('0.1234', { decimals: 2 }))
console.log(
  formatPercent('0.715', { decimals: 1 }),
  formatPoints('-0.0615'),
  formatVnd('3620400000000', { scale: 'tỷ' }),
)

// Read numbers in words, with the regional variants, and back.
console.log(toWords(1076000))
console.log(toWords(105, { variant: 'south' }), '|', toWords(105))
console.log(toWordsVnd(3620400000000))
console.log(parseWords('ba nghìn sáu trăm hai mươi tỷ bốn trăm triệu'))
