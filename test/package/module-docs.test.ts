/**
 * The first example in the module documentation of each entry point (the first code a user
 * reads on the API site and copies) compiles under `tsc --strict`, importing the package by its
 * public names. The examples are compiled in memory, beside this file, with the repository's
 * path mapping from `bhxh`, `bhxh/number`, `bhxh/schema` and `bhxh/testing` to the sources.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const entries = {
  bhxh: 'src/index.ts',
  'bhxh/number': 'src/number/index.ts',
  'bhxh/schema': 'src/schema/index.ts',
  'bhxh/testing': 'src/testing/index.ts',
} as const

/** The first ```ts block of a file's leading doc comment, without the ` * ` margin. */
function firstModuleExample(file: string): string {
  const source = readFileSync(`${root}${file}`, 'utf8')
  const doc = source.slice(0, source.indexOf('*/'))
  const lines = doc.split('\n').map((l) => l.replace(/^\s*\* ?/, ''))
  const start = lines.indexOf('```ts')
  const end = lines.indexOf('```', start + 1)
  if (start < 0 || end < 0) throw new Error(`${file}: no \`\`\`ts example in the module documentation`)
  return lines.slice(start + 1, end).join('\n')
}

const examples = Object.entries(entries).map(([name, file]) => ({
  name,
  file,
  path: `${root}test/package/__example_${name.replace('/', '_')}.ts`,
  code: `${firstModuleExample(file)}\nexport {}\n`,
}))

const options: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: ['node'],
  skipLibCheck: true,
  paths: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, [`${root}${file}`]])),
}

describe('the first module example of each entry point compiles under tsc --strict', () => {
  const host = ts.createCompilerHost(options)
  const readFile = host.readFile.bind(host)
  const fileExists = host.fileExists.bind(host)
  const getSourceFile = host.getSourceFile.bind(host)
  const virtual = new Map(examples.map((e) => [e.path, e.code]))
  host.readFile = (f) => virtual.get(f) ?? readFile(f)
  host.fileExists = (f) => virtual.has(f) || fileExists(f)
  host.getSourceFile = (f, lang, ...rest) => {
    const code = virtual.get(f)
    return code === undefined ? getSourceFile(f, lang, ...rest) : ts.createSourceFile(f, code, lang)
  }
  const program = ts.createProgram(
    examples.map((e) => e.path),
    options,
    host,
  )

  it.each(examples)('$name ($file)', (example) => {
    const file = program.getSourceFile(example.path)
    expect(file).toBeDefined()
    const diagnostics = ts.getPreEmitDiagnostics(program, file).map((d) => {
      const message = ts.flattenDiagnosticMessageText(d.messageText, '\n')
      const line =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0
      return `line ${line}: ${message}`
    })
    expect(diagnostics).toEqual([])
  })
})
