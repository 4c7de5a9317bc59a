import { readFileSync } from 'node:fs'
import { checkReport, formatPeriod } from 'bhxh'

// The five seed reports, with the date and region their labels give (examples/reports/figures.json).
const reports: { seed: string; date: string | null; region: string | null }[] = JSON.parse(
  readFileSync(new URL('./reports/figures.json', import.meta.url), 'utf8'),
)

for (const { seed, date, region } of reports) {
  const text = readFileSync(new URL(`./reports/${seed}`, import.meta.url), 'utf8')
  const { figures, duplicates, findings, notes } = checkReport({
    text,
    ...(date ? { date } : {}),
    ...(region ? { region } : {}),
    // Bến Tre's population in the 2019 census (1.288.463), to check its BHYT coverage against.
    ...(region === 'Bến Tre'
      ? { bases: { population: { value: '1288463', source: 'Tổng điều tra 2019' } } }
      : {}),
  })
  console.log(
    `\n## ${seed.slice(0, 3)} ${region ?? ''} — ${figures.length} số liệu, ${duplicates.length} lặp lại`,
  )
  for (const f of figures.filter((x) => x.role !== 'other'))
    console.log(
      `   ${f.raw.padEnd(22)} ${f.role.padEnd(17)} ${(f.scheme ?? '').padEnd(8)} ${f.period ? formatPeriod(f.period) : ''}`,
    )
  for (const f of findings) console.log(`   [${f.severity}] ${f.explanation.vi}`)
  // What the figures imply with nothing stated to compare: not a finding, it confirms nothing.
  for (const n of notes) console.log(`   ghi chú: ${n.explanation.vi}`)
}
