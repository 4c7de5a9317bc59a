/**
 * `npm run demo`: every number phrase of the five seed reports in examples/reports/, parsed by
 * bhxh and formatted back the Vietnamese way.
 *
 * For each phrase: what the report wrote, what bhxh read (kind, exact value, unit, qualifier),
 * and the phrase written back from the parsed value. "=" marks a phrase written back exactly as
 * the report wrote it; "≠" shows where the report's own writing was unusual (an English decimal
 * point, a space before %).
 */
import { readdirSync, readFileSync } from 'node:fs'
import {
  Decimal,
  findNumbers,
  formatNumber,
  formatPercent,
  type ParsedNumber,
  toDecimal,
  toWords,
} from 'bhxh'

const dir = new URL('./reports/', import.meta.url)

/** The mantissa as written: the value divided by the scale (and by 1/100 for a percent). */
function mantissa(value: string, p: ParsedNumber, decimals: number): string {
  const exp = p.scale?.exponent ?? 0
  return formatNumber(toDecimal(value).div(Decimal.pow(10, exp)).toFixed(), { minDecimals: decimals })
}

/** Writes a parsed phrase back in standard Vietnamese. */
function writeBack(p: ParsedNumber): string {
  const unit = p.unit && p.kind !== 'percent' ? ` ${p.unit.text}` : ''
  const scale = p.scale ? ` ${p.scale.text}` : ''
  let body: string
  switch (p.kind) {
    case 'percent':
      body =
        p.unit?.code === 'points'
          ? `${formatNumber(toDecimal(p.value).times(100).toFixed(), { minDecimals: p.precision.decimals })} ${p.unit.text}`
          : formatPercent(p.value, { minDecimals: p.precision.decimals }) + (p.unit?.text.slice(1) ?? '')
      break
    case 'multiple':
      // gấp hơn hai lần: small multiples are written in words
      body = `gấp ${p.qualifierText ? `${p.qualifierText} ` : ''}${Number.isInteger(Number(p.value)) && Number(p.value) <= 10 ? toWords(p.value) : formatNumber(p.value)}${unit}`
      return body
    case 'fraction':
      body = `${formatNumber(p.numerator.value)}/${formatNumber(p.denominator.value)}${unit}`
      break
    case 'range':
      body = `${mantissa(p.low.value, p, p.low.precision.decimals)}-${mantissa(p.high.value, p, p.high.precision.decimals)}${scale}${unit}`
      break
    default:
      body = `${mantissa(p.value, p, p.precision.decimals)}${scale}${unit}`
  }
  if (!p.qualifierText) return body
  return p.raw.startsWith(p.qualifierText) ? `${p.qualifierText} ${body}` : `${body} ${p.qualifierText}`
}

const exact = (p: ParsedNumber): string =>
  p.kind === 'fraction'
    ? `${p.numerator.value}/${p.denominator.value}`
    : p.kind === 'range'
      ? `${p.low.value}..${p.high.value}`
      : p.value

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length))

let total = 0
let same = 0
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const text = readFileSync(new URL(file, dir), 'utf8')
  const title = text.split('\n').find((l) => l.trim().length > 30) ?? file
  const found = findNumbers(text)
  console.log(`\n## ${file}\n   ${title.trim().slice(0, 100)}\n`)
  console.log(
    `   ${pad('as written', 32)}${pad('kind', 10)}${pad('exact value', 18)}${pad('unit', 14)}${pad('qualifier', 10)}written back`,
  )
  for (const p of found) {
    const back = writeBack(p)
    const ok = back === p.raw.replace(/\s+/g, ' ')
    total++
    if (ok) same++
    const unit = p.unit ? p.unit.code : '—'
    const warn = p.warnings.length ? `  (${p.warnings.map((w) => w.messages.en).join('; ')})` : ''
    console.log(
      `   ${pad(p.raw.replace(/\s+/g, ' '), 32)}${pad(p.kind, 10)}${pad(exact(p), 18)}${pad(unit, 14)}${pad(p.qualifier, 10)}${ok ? '=' : '≠'} ${back}${warn}`,
    )
  }
}
console.log(`\n${total} phrases in 5 reports; ${same} written back exactly as the reports wrote them.`)
