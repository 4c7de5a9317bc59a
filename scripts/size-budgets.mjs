// Sets every size budget in .size-limit.json to the measured size plus 5%, rounded up to
// 0.1 kB, so that a patch release of decimal.js or zod does not fail `npm test` with no change
// here. Run after a change that adds code (`npm run build && npm run size:budgets`), and say in
// the change which budgets it raised. Prints each budget before → after.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

const file = new URL('../.size-limit.json', import.meta.url)
const config = JSON.parse(readFileSync(file, 'utf8'))
// size-limit exits 1 when a budget is exceeded, which is when this script is needed: its
// measurements are on stdout either way.
function sizeLimitJson() {
  try {
    return execFileSync('npx', ['size-limit', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
  } catch (e) {
    if (typeof e.stdout === 'string' && e.stdout.trim().startsWith('[')) return e.stdout
    throw e
  }
}
const measured = JSON.parse(sizeLimitJson())
for (const entry of config) {
  const m = measured.find((x) => x.name === entry.name)
  if (!m) throw new Error(`no measurement for «${entry.name}»`)
  // sizes in bytes (1 kB = 1000 B, as size-limit counts); 5% headroom, up to the next 0.1 kB
  const limit = `${Math.ceil((m.size * 1.05) / 100) / 10} kB`
  console.log(`${entry.name}: ${(m.size / 1000).toFixed(2)} kB measured, budget ${entry.limit} → ${limit}`)
  entry.limit = limit
}
writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`)
