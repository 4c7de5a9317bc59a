/**
 * Global setup of the end-to-end tests: builds the package (dist/) when it is missing or older
 * than its sources, since the dashboard imports the built ESM.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** The latest modification time of a file under `path` (or of `path` itself). */
function latest(path: string): number {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => latest(join(path, name))))
}

export default function setup(): void {
  const built = join(root, 'dist/index.js')
  const sources = ['src', 'package.json', 'tsup.config.ts'].map((p) => join(root, p))
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(latest))) return
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
}
