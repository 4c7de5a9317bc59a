import { describe, expect, it } from 'vitest'
import type { Example } from '../../src/cli/args'
import { COMMANDS, MAIN_EXAMPLES } from '../../src/cli/run'
import { cli } from './helpers'

/** Splits a shell command into words: '…' literal, "…" with \" and \\, unquoted words. */
function shellWords(s: string): string[] {
  const words: string[] = []
  let i = 0
  while (i < s.length) {
    while (s[i] === ' ') i++
    if (i >= s.length) break
    let w = ''
    while (i < s.length && s[i] !== ' ') {
      const ch = s[i] as string
      if (ch === "'") {
        const end = s.indexOf("'", i + 1)
        w += s.slice(i + 1, end)
        i = end + 1
      } else if (ch === '"') {
        i++
        while (s[i] !== '"') {
          if (s[i] === '\\' && (s[i + 1] === '"' || s[i + 1] === '\\')) i++
          w += s[i]
          i++
        }
        i++
      } else {
        w += ch
        i++
      }
    }
    words.push(w)
  }
  return words
}

/** The standard input and the arguments of an example: `echo "…" | bhxh …`, `printf '…' | bhxh …`. */
function plan(cmd: string): { stdin?: string; argv: string[] } {
  const pipe = /^(echo|printf) (.*?) \| (bhxh .*)$/.exec(cmd)
  if (!pipe) return { argv: shellWords(cmd).slice(1) }
  const [arg] = shellWords(pipe[2] as string)
  const stdin = pipe[1] === 'echo' ? `${arg}\n` : (arg as string).replaceAll('\\n', '\n')
  return { stdin, argv: shellWords(pipe[3] as string).slice(1) }
}

const all: [string, Example][] = [
  ...MAIN_EXAMPLES.map((e): [string, Example] => ['bhxh', e]),
  ...COMMANDS.flatMap((c) => c.examples.map((e): [string, Example] => [c.name, e])),
]

describe('help examples run from the installed package', () => {
  it('the shell splitter used here reads quotes as a shell does', () => {
    expect(shellWords(`bhxh parse "gần \\"1\\" người" 'a b' c`)).toEqual([
      'bhxh',
      'parse',
      'gần "1" người',
      'a b',
      'c',
    ])
    expect(plan(`printf 'a\\nb\\n' | bhxh aging -`)).toEqual({ stdin: 'a\nb\n', argv: ['aging', '-'] })
  })

  it.each(all.map(([name, e]) => [name, e.cmd, e] as const))('%s: %s', async (_name, _cmd, e) => {
    // Nothing but inline text or a pipe from echo/printf: no file that the package lacks.
    expect(e.cmd).toMatch(/^(bhxh |echo "[^"]*" \| bhxh |printf '[^']*' \| bhxh )/)
    const { stdin, argv } = plan(e.cmd)
    const r = await cli(argv, stdin === undefined ? {} : { stdin })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(e.exit ?? 0)
    if (e.out !== undefined) expect(r.stdout).toContain(e.out)
  })

  it('every command has examples, and the help shows each one', async () => {
    for (const c of COMMANDS) {
      expect(c.examples.length).toBeGreaterThan(0)
      const help = (await cli([c.name, '--help'])).stdout
      for (const e of c.examples) expect(help).toContain(`  ${e.cmd}`)
    }
  })
})

/**
 * What is left of a help text once quoted text, the outputs of examples (`# → …`) and the
 * literal values of options (`--scale auto|đồng|tỷ`, what one types; not placeholders `<name>`)
 * are cut.
 */
const unquoted = (text: string): string =>
  text
    .replace(/# → .*$/gm, '')
    .replace(/"[^"\n]*"/g, '')
    .replace(/'[^'\n]*'/g, '')
    .replace(/«[^»\n]*»/g, '')
    .replace(/--[\w-]+ (?![<[|-])[^\s\]]+/g, '')

/** A Vietnamese letter: with a diacritic (NFD: a combining mark) or đ. */
const VIETNAMESE = /[\p{M}đĐ]/u

describe('--lang en help is English throughout', () => {
  it('the cutting keeps unquoted words and drops quoted ones', () => {
    expect(unquoted('a "tỷ" «kỳ» \'đồng\' b # → năm')).toBe('a    b ')
    expect(unquoted('--scale tỷ] --region <tên>')).toBe('] --region <tên>')
    expect(VIETNAMESE.test('tên'.normalize('NFD'))).toBe(true)
    expect(VIETNAMESE.test('name')).toBe(false)
  })

  it.each(['', ...COMMANDS.map((c) => c.name)])('bhxh %s --help --lang en', async (name) => {
    const r = await cli([...(name ? [name] : []), '--help', '--lang', 'en'])
    expect(r.code).toBe(0)
    const lines = unquoted(r.stdout)
      .split('\n')
      .filter((l) => VIETNAMESE.test(l.normalize('NFD')))
    expect(lines).toEqual([])
    // and the Vietnamese help does have Vietnamese (the test can fail)
    const vi = await cli([...(name ? [name] : []), '--help'])
    expect(VIETNAMESE.test(unquoted(vi.stdout).normalize('NFD'))).toBe(true)
  })
})
