// Empties dist/ before a build (the two tsup builds run in parallel, so neither cleans).
import { rmSync } from 'node:fs'

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true })
