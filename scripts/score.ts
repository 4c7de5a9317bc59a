/**
 * `npm run score`: scores extractFigures and checkReport on the seeds and on the development
 * corpus (its tuning and set-aside parts), prints the table and writes docs/accuracy.md.
 *
 * `--detail` also prints what each tuning passage missed (never the set-aside part's).
 */
import { writeFileSync } from 'node:fs'
import { extractSeed, misses, SEEDS, scoreSeed } from '../test/extract/score'
import { loadCorpus, scorePassage } from '../test/score/corpus'
import {
  ABSENT,
  accuracyPage,
  corpusExists,
  partOf,
  partScore,
  table,
  targetTable,
} from '../test/score/table'

const seedScores = SEEDS.flatMap((seed) => scoreSeed(seed, extractSeed(seed)))
const seeds = partScore('seeds', SEEDS.length, seedScores, null)

if (!corpusExists()) {
  console.log(`${ABSENT}\n\n${table([seeds])}\n\ndocs/accuracy.md not rewritten.`)
} else {
  const scored = loadCorpus().map(scorePassage)
  const tuning = scored.filter((s) => !s.passage.setAside)
  const setAsideScored = scored.filter((s) => s.passage.setAside)
  const parts = [seeds, partOf('tuning part', tuning), partOf('set-aside part', setAsideScored)]
  const setAside = parts[2] as (typeof parts)[number]
  console.log(
    `${table(parts)}\n\n${targetTable(setAside)}\n\n` +
      `${tuning.length} passages in the tuning part, ${setAsideScored.length} set aside.`,
  )
  if (process.argv.includes('--detail'))
    for (const s of tuning) {
      const lines = [
        ...(s.error ? [`checkReport threw: ${s.error}`] : []),
        ...misses(s.passage.file, s.figures),
        ...s.checks.missed.map(
          (x) => `${s.passage.file} ${x.kind} not ${x.kind === 'holds' ? 'confirmed' : 'caught'}: ${x.desc}`,
        ),
        ...s.checks.falseAlarms.map(
          (f) => `${s.passage.file} false alarm (${f.relation}, ${f.severity}): ${f.explanation.en}`,
        ),
        ...s.checks.wrongPairings.map(
          (f) => `${s.passage.file} wrong pairing (${f.relation}): ${f.explanation.en}`,
        ),
      ]
      if (lines.length) console.log(`\n${lines.join('\n')}`)
    }
  writeFileSync(new URL('../docs/accuracy.md', import.meta.url), accuracyPage(parts, setAside, seeds.figures))
  console.log('\ndocs/accuracy.md written.')
}
