// `npm run demo`: the CLI's `bhxh check` over the five seed reports in examples/reports/, with the
// date and region each report's label gives (figures.json). After each, its exit status: 0 nothing
// conflicts, 1 a conflict was found (what a CI step would fail on). The demo itself fails only if
// a run fails for another reason (2 bad input, 3 an unexpected error).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const reports: { seed: string; date: string | null; region: string | null }[] = JSON.parse(
  readFileSync(new URL('./reports/figures.json', import.meta.url), 'utf8'),
)

for (const { seed, date, region } of reports) {
  const args = [cli, 'check', `examples/reports/${seed}`]
  if (date) args.push('--date', date)
  if (region) args.push('--region', region)
  // Bến Tre's population in the 2019 census, to check its BHYT coverage against
  if (region === 'Bến Tre') args.push('--population', '1.288.463')
  console.log(`\n$ bhxh ${args.slice(1).join(' ')}`)
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  process.stdout.write(run.stdout)
  if (run.stderr) process.stdout.write(run.stderr)
  console.log(`→ mã thoát ${run.status}`)
  if (run.status !== 0 && run.status !== 1) process.exitCode = 1
}
console.log()
