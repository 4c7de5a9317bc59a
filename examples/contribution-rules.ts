// Prints the legal tables of bhxh as Markdown: docs/guide/contribution-rules.md is this output,
// and a test keeps it so, so the page cannot drift from the data.
import {
  BASE_SALARY,
  CONTRIBUTION_RATES,
  type Dated,
  formatNumber,
  formatPercent,
  HOUSEHOLD_HEALTH,
  LATE_INTEREST_RATES,
  MINIMUM_WAGES,
  RURAL_POVERTY_LINE,
  VOLUNTARY_RULES,
  VOLUNTARY_SUPPORT,
} from 'bhxh'

const FUNDS: Record<string, string> = {
  'sickness-maternity': 'ốm đau, thai sản',
  'accident-disease': 'tai nạn lao động, bệnh nghề nghiệp',
  'retirement-death': 'hưu trí, tử tuất',
  health: 'bảo hiểm y tế',
  unemployment: 'bảo hiểm thất nghiệp',
}
const PAYERS: Record<string, string> = { employer: 'người sử dụng lao động', employee: 'người lao động' }
const dates = (r: Dated) => `${r.from} – ${r.to ?? 'nay'}`
const sources = (r: Dated) => r.sources.map((s) => `[${s.document}, ${s.provision}](${s.url})`).join('; ')
const pct = (x: string) => formatPercent(x, { maxDecimals: 4 })
const dong = (x: string) => `${formatNumber(x)} đồng`
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')

console.log('## Compulsory contribution rates\n')
console.log(
  table(
    ['scheme', 'fund', 'payer', 'rate', 'in force', 'source'],
    CONTRIBUTION_RATES.map((r) => [
      r.scheme,
      FUNDS[r.fund] ?? r.fund,
      PAYERS[r.payer] ?? r.payer,
      `${pct(r.rate)}${r.variant === 'reduced' ? ' (mức giảm)' : ''}`,
      dates(r),
      sources(r),
    ]),
  ),
)
console.log(
  '\n## Base salary (lương cơ sở); the reference level (mức tham chiếu) equals it from 2025-07-01\n',
)
console.log(
  table(
    ['amount', 'in force', 'source'],
    BASE_SALARY.map((r) => [dong(r.value), dates(r), sources(r)]),
  ),
)
console.log('\n## Regional minimum wages (lương tối thiểu vùng, per month)\n')
console.log(
  table(
    ['vùng I', 'vùng II', 'vùng III', 'vùng IV', 'in force', 'source'],
    MINIMUM_WAGES.map((r) => [
      dong(r.monthly[1]),
      dong(r.monthly[2]),
      dong(r.monthly[3]),
      dong(r.monthly[4]),
      dates(r),
      sources(r),
    ]),
  ),
)
console.log('\n## Rural poverty line (floor of voluntary BHXH)\n')
console.log(
  table(
    ['amount', 'in force', 'source'],
    RURAL_POVERTY_LINE.map((r) => [dong(r.value), dates(r), sources(r)]),
  ),
)
console.log('\n## Voluntary BHXH\n')
console.log(
  table(
    ['rate', 'ceiling', 'in force', 'source'],
    VOLUNTARY_RULES.map((r) => [pct(r.rate), `${r.ceilingMultiple} × mức tham chiếu`, dates(r), sources(r)]),
  ),
)
console.log()
console.log(
  table(
    ['group', 'state support', 'in force', 'source'],
    VOLUNTARY_SUPPORT.map((r) => [
      r.key,
      `${pct(r.share)} × 22% × chuẩn nghèo nông thôn`,
      dates(r),
      sources(r),
    ]),
  ),
)
console.log('\n## Household health insurance\n')
console.log(
  table(
    ['member', 'pays', 'in force', 'source'],
    HOUSEHOLD_HEALTH.map((r) => [
      r.key === 5 ? '5th and later' : String(r.key),
      r.key === 1 ? `${pct(r.share)} × lương cơ sở` : `${pct(r.share)} of the first member's amount`,
      dates(r),
      sources(r),
    ]),
  ),
)
console.log('\n## Late-payment interest\n')
console.log(
  table(
    ['schemes', 'rate', 'in force', 'source'],
    LATE_INTEREST_RATES.map((r) => [
      r.schemes.join(', '),
      `${pct(r.rate)}/${r.basis === 'day' ? 'ngày' : 'tháng'}`,
      dates(r),
      sources(r),
    ]),
  ),
)
