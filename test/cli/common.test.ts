import { describe, expect, it } from 'vitest'
import { COMMANDS, run } from '../../src/cli/run'
import { ANSI, cli, seed } from './helpers'

describe('help', () => {
  it.each(COMMANDS.map((c) => c.name))(
    'bhxh %s --help: usage, options and an example, in vi and en',
    async (name) => {
      const vi = await cli([name, '--help'])
      expect(vi.code).toBe(0)
      expect(vi.stderr).toBe('')
      expect(vi.stdout).toMatch(new RegExp(`^bhxh ${name} `))
      expect(vi.stdout).toContain('Tùy chọn:')
      expect(vi.stdout).toContain('--json')
      expect(vi.stdout).toContain('--lang vi|en')
      expect(vi.stdout).toMatch(new RegExp(`Ví dụ:\\n {2}(echo .*\\| |printf .*\\| )?bhxh ${name} `))
      const en = await cli([name, '-h', '--lang', 'en'])
      expect(en.stdout).toMatch(new RegExp(`Examples:\\n {2}(echo .*\\| |printf .*\\| )?bhxh ${name} `))
      expect(en.stdout).toContain('Options:')
      expect((await cli(['help', name])).stdout).toBe(vi.stdout)
    },
  )

  it('bhxh --help lists the commands and the exit statuses; no arguments: the help on stderr, exit 2', async () => {
    const r = await cli(['--help'])
    expect(r.code).toBe(0)
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`\\n {2}${c.name} +\\S`))
    expect(r.stdout).toContain('Mã thoát:')
    expect((await cli(['--help', '--lang', 'en'])).stdout).toContain('Exit status:')
    const none = await cli([])
    expect(none.code).toBe(2)
    expect(none.stdout).toBe('')
    expect(none.stderr).toContain('Lệnh:')
  })

  it('--version', async () => {
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})

describe('usage errors', () => {
  it.each([
    [
      ['frobnicate'],
      'bhxh: không có lệnh «frobnicate»; các lệnh: parse, format, words, extract, check, aging (xem bhxh --help)\n',
    ],
    [['extract'], 'bhxh: thiếu tệp (hoặc - cho đầu vào chuẩn) (xem bhxh extract --help)\n'],
    [['extract', 'a', 'b'], 'bhxh: thừa đối số «b»\n'],
    [['check', 'x', '--nope'], 'bhxh: không có tùy chọn «--nope» (xem bhxh check --help)\n'],
    [['check', 'x', '--json=1'], 'bhxh: tùy chọn «--json» không nhận giá trị (xem bhxh check --help)\n'],
    [['parse', '1', '--lang', 'fr'], 'bhxh: --lang: «fr» không hợp lệ; chọn vi hoặc en\n'],
    [
      ['extract', '--lang', 'en'],
      'bhxh: missing a file (or - for the standard input) (see bhxh extract --help)\n',
    ],
  ])('%j', async (args, err) => {
    const r = await cli(args)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(err)
  })

  it('an unexpected error: exit 3, the stack only with BHXH_DEBUG=1', async () => {
    const io = (env: Record<string, string>) => {
      let stderr = ''
      return {
        io: {
          stdin: () => [],
          stdout: () => {
            throw new Error('disk full')
          },
          stderr: (s: string) => {
            stderr += s
          },
          isTTY: false,
          env,
        },
        err: () => stderr,
      }
    }
    const quiet = io({})
    expect(await run(['format', '1'], quiet.io)).toBe(3)
    expect(quiet.err()).toBe('bhxh: lỗi không mong đợi: disk full\n  (đặt BHXH_DEBUG=1 để xem chi tiết)\n')
    const debug = io({ BHXH_DEBUG: '1' })
    expect(await run(['format', '1', '--lang', 'en'], debug.io)).toBe(3)
    expect(debug.err()).toMatch(/^bhxh: unexpected error: disk full\nError: disk full\n\s+at /)
  })
})

describe('colour', () => {
  const args = ['check', seed('003'), '--date', '2021-01-05']

  it('on a terminal: ANSI escapes', async () => {
    const r = await cli(args, { isTTY: true })
    expect(r.stdout).toMatch(ANSI)
    expect(r.stdout).toContain('\u001b[31m[conflict]')
  })

  it('never when not a terminal, with NO_COLOR, or with --json', async () => {
    expect((await cli(args)).stdout).not.toMatch(ANSI)
    expect((await cli(args, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI)
    expect((await cli(args, { isTTY: true, env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).stdout).not.toMatch(
      ANSI,
    )
    expect((await cli([...args, '--json'], { isTTY: true, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(
      ANSI,
    )
    expect((await cli(['check', '--help'], { isTTY: true, env: { NO_COLOR: 'x' } })).stdout).not.toMatch(ANSI)
  })

  it('FORCE_COLOR forces it off a terminal; FORCE_COLOR=0 turns it off', async () => {
    expect((await cli(args, { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI)
    expect((await cli(args, { isTTY: true, env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(ANSI)
  })

  it('the aligned columns do not move with colour', async () => {
    const plain = (await cli(args)).stdout
    const coloured = (await cli(args, { isTTY: true })).stdout
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI escapes
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain)
  })
})

describe('errors under --json are JSON on stderr', () => {
  it('a bad phrase: the library code, both messages, the caret lines; nothing on stdout', async () => {
    const r = await cli(['parse', '1..2', '--json'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.endsWith('\n')).toBe(true)
    expect(JSON.parse(r.stderr)).toEqual({
      error: {
        code: 'bad-separator',
        exit: 2,
        message: 'cụm số «1..2», cột 2–3: dấu phân cách đặt sai chỗ: «..»',
        messages: {
          vi: 'cụm số «1..2», cột 2–3: dấu phân cách đặt sai chỗ: «..»',
          en: 'phrase «1..2», columns 2–3: misplaced separator: «..»',
        },
        context: ['  1..2', '   ^^'],
      },
    })
  })

  it('usage errors, a missing file, an input too large, an unexpected error', async () => {
    const usage = JSON.parse((await cli(['frobnicate', '--json'])).stderr)
    expect([usage.error.code, usage.error.exit]).toEqual(['USAGE', 2])
    const option = JSON.parse((await cli(['check', 'x', '--nope', '--json', '--lang', 'en'])).stderr)
    expect(option.error.message).toBe('unknown option «--nope» (see bhxh check --help)')
    const missing = JSON.parse((await cli(['--json', 'check', 'nope.txt'])).stderr)
    expect([missing.error.code, missing.error.messages.en]).toEqual([
      'BAD_INPUT',
      'cannot read «nope.txt»: no such file',
    ])
    const big = await cli(['extract', '-', '--json', '--max-input', '1'], { stdin: 'ab' })
    expect(JSON.parse(big.stderr).error.code).toBe('INPUT_TOO_LARGE')
    let stderr = ''
    const code = await run(['format', '1', '--json'], {
      stdin: () => [],
      stdout: () => {
        throw new Error('disk full')
      },
      stderr: (s) => {
        stderr += s
      },
      isTTY: false,
      env: {},
    })
    expect(code).toBe(3)
    expect(JSON.parse(stderr).error).toMatchObject({
      code: 'INTERNAL',
      exit: 3,
      message: 'lỗi không mong đợi: disk full',
    })
  })

  it('without --json, or with --json after --, errors stay text', async () => {
    expect((await cli(['parse', '1..2'])).stderr).toMatch(/^bhxh: cụm số/)
    expect((await cli(['parse', '--', '1..2', '--json'])).stderr).toMatch(/^bhxh: cụm số «1..2 --json»/)
  })
})

describe('common options before the command', () => {
  it('--lang, --json, --no-color, --max-input work before the command as after it', async () => {
    const after = await cli(['check', seed('003'), '--date', '2021-01-05', '--lang', 'en', '--json'])
    const before = await cli(['--lang', 'en', '--json', 'check', seed('003'), '--date', '2021-01-05'])
    expect(before).toEqual(after)
    expect(before.code).toBe(1)
    expect((await cli(['--lang=en', 'format', '0.715', '--percent'])).stdout).toBe('71,5%\n')
    expect((await cli(['--max-input', '1', 'extract', '-'], { stdin: 'ab' })).stderr).toMatch(/quá lớn/)
    const plain = await cli(['--no-color', 'check', seed('003'), '--date', '2021-01-05'], { isTTY: true })
    expect(plain.stdout).not.toMatch(ANSI)
    // a command still comes first among the rest; --help before it still works
    expect((await cli(['--lang', 'en', '--help'])).stdout).toContain(
      'Common options (before or after the command):',
    )
    expect((await cli(['--lang', 'en', 'nope'])).stderr).toMatch(/^bhxh: unknown command «nope»/)
    const none = await cli(['--json'])
    expect([none.code, none.stderr.includes('Lệnh:')]).toEqual([2, true])
  })
})

describe('--no-color and TERM=dumb', () => {
  const args = ['check', seed('003'), '--date', '2021-01-05']
  it('turn colour off on a terminal; FORCE_COLOR still forces it past TERM=dumb, not past --no-color', async () => {
    expect((await cli(args, { isTTY: true })).stdout).toMatch(ANSI)
    expect((await cli([...args, '--no-color'], { isTTY: true })).stdout).not.toMatch(ANSI)
    expect((await cli(args, { isTTY: true, env: { TERM: 'dumb' } })).stdout).not.toMatch(ANSI)
    expect((await cli(args, { isTTY: true, env: { TERM: 'xterm-256color' } })).stdout).toMatch(ANSI)
    expect((await cli(args, { isTTY: true, env: { TERM: 'dumb', FORCE_COLOR: '1' } })).stdout).toMatch(ANSI)
    expect((await cli([...args, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI)
    expect((await cli(['check', '--help', '--no-color'], { isTTY: true })).stdout).not.toMatch(ANSI)
  })
})
