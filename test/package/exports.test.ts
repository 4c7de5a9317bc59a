/**
 * `bhxh` re-exports `bhxh/number` and `bhxh/schema` from their modules, not through their
 * index files (an index shared by two entry points became an empty chunk of the build), so
 * this test keeps the lists in step: every name either subpath exports, types included, `bhxh`
 * exports too, and every value is the same object.
 */
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import * as root from '../../src/index'
import * as number from '../../src/number/index'
import * as schema from '../../src/schema/index'

const dir = fileURLToPath(new URL('../../src/', import.meta.url))
const program = ts.createProgram([`${dir}index.ts`, `${dir}number/index.ts`, `${dir}schema/index.ts`], {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
})
const checker = program.getTypeChecker()

/** Every name a module exports, values and types. */
function exportedNames(file: string): string[] {
  const source = program.getSourceFile(`${dir}${file}`)
  const symbol = source && checker.getSymbolAtLocation(source)
  if (!symbol) throw new Error(`${file}: not a module`)
  return checker.getExportsOfModule(symbol).map((s) => s.getName())
}

describe('the root entry point exports everything the subpaths export', () => {
  const rootNames = new Set(exportedNames('index.ts'))

  it.each([
    ['bhxh/number', 'number/index.ts', number],
    ['bhxh/schema', 'schema/index.ts', schema],
  ] as const)('%s (%s)', (_, file, sub) => {
    expect(exportedNames(file).filter((name) => !rootNames.has(name))).toEqual([])
    for (const [k, v] of Object.entries(sub)) expect((root as Record<string, unknown>)[k]).toBe(v)
  })
})
