/**
 * docs/benchmarks.md is written by more than one bench script: each owns one section, between
 * `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`, and rewrites only that section.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const FILE = new URL('../docs/benchmarks.md', import.meta.url)
const TITLE = '# Benchmarks\n'

/**
 * Replaces (or adds) one section of docs/benchmarks.md, leaving the others as they are.
 * @param {string} name the section's name, as in its markers
 * @param {string} body the section's markdown
 * @param {{ first?: boolean }} [options] `first`: a missing section goes right under the title
 *   (else at the end), and a file written before the markers existed is replaced by it
 */
export function writeSection(name, body, { first = false } = {}) {
  const start = `<!-- bench:${name} -->`
  const end = `<!-- /bench:${name} -->`
  const block = `${start}\n${body.trim()}\n${end}`
  let text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : ''
  // A file from before the markers holds only the first script's output: that is replaced.
  if (first && !text.includes('<!-- bench:')) text = ''
  if (!text.startsWith(TITLE)) text = `${TITLE}\n${text.trimStart()}`
  const i = text.indexOf(start)
  const j = text.indexOf(end)
  if (i >= 0 && j > i) text = text.slice(0, i) + block + text.slice(j + end.length)
  else if (first) text = `${TITLE}\n${block}\n\n${text.slice(TITLE.length).trimStart()}`
  else text = `${text.trimEnd()}\n\n${block}\n`
  writeFileSync(FILE, `${text.trimEnd()}\n`)
}
