/**
 * The `bhxh` command line as a function: `run(argv, io)` resolves to the exit status, so
 * every command runs in-process in tests; `main.ts` binds it to the process.
 * @module
 */
import { version } from '../../package.json'
import { BhxhError } from '../errors'
import { NumberError } from '../number/errors'
import {
  COMMON,
  type Command,
  type Context,
  type Example,
  exampleLines,
  helpText,
  inLang,
  parseCommand,
  str,
} from './args'
import { colours, useColour } from './colour'
import { agingCommand } from './commands/aging'
import { CONFLICT, checkCommand } from './commands/check'
import { extractCommand } from './commands/extract'
import { formatCommand } from './commands/format'
import { parseCommand as parseNumberCommand } from './commands/parse'
import { wordsCommand } from './commands/words'
import { codeOf, messageOf, UserError } from './errors'
import { isLang, type Lang, type Msg, msg } from './i18n'
import { DEFAULT_MAX_INPUT, type Io, parseSize } from './io'

/** The commands, in the order of the help. */
export const COMMANDS: readonly Command[] = [
  parseNumberCommand,
  formatCommand,
  wordsCommand,
  extractCommand,
  checkCommand,
  agingCommand,
]

/** The exit statuses: 0 fine, 1 a check failed, 2 bad input or usage, 3 an unexpected error. */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 } as const

/** The `--lang` of an argument list, read before the arguments are parsed (for their errors). */
function langOf(argv: readonly string[]): Lang | string {
  let lang: string = 'vi'
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '--') break
    if (a === '--lang' && i + 1 < argv.length) lang = argv[i + 1] as string
    else if (a.startsWith('--lang=')) lang = a.slice(7)
  }
  return lang
}

const GLOBAL_FLAGS = new Set(['--json', '--no-color'])
const GLOBAL_VALUES = new Set(['--lang', '--max-input'])

/**
 * Moves the common options given before the command (`bhxh --lang en --json check r.txt`) to
 * after it, where the command's parser reads them.
 */
export function globalsFirst(argv: readonly string[]): string[] {
  const globals: string[] = []
  let i = 0
  for (; i < argv.length; i++) {
    const a = argv[i] as string
    if (GLOBAL_FLAGS.has(a) || [...GLOBAL_VALUES].some((g) => a.startsWith(`${g}=`))) globals.push(a)
    else if (GLOBAL_VALUES.has(a) && i + 1 < argv.length) globals.push(a, argv[++i] as string)
    else break
  }
  if (globals.length === 0 || i >= argv.length) return [...argv.slice(i), ...globals]
  const rest = argv.slice(i + 1)
  const dashdash = rest.indexOf('--')
  return dashdash < 0
    ? [argv[i] as string, ...rest, ...globals]
    : [argv[i] as string, ...rest.slice(0, dashdash), ...globals, ...rest.slice(dashdash)]
}

function optionLines(lang: Lang): string[] {
  const heads = COMMON.map(
    (o) => `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.value ? ` ${inLang(o.value, lang)}` : ''}`,
  )
  const width = Math.max(...heads.map((h) => h.length))
  return [
    ...COMMON.map((o, i) => `  ${(heads[i] as string).padEnd(width)}  ${o.help[lang]}`),
    `  ${'    --version'.padEnd(width)}  ${lang === 'vi' ? 'phiên bản' : 'the version'}`,
  ]
}

/** The examples of the main help (run by the tests, like each command's). */
export const MAIN_EXAMPLES: readonly Example[] = [
  { cmd: 'bhxh parse "gần 1.076.000 người"' },
  { cmd: `echo "${CONFLICT}" | bhxh check -`, exit: 1, note: msg('có mâu thuẫn', 'a conflict') },
  { cmd: 'bhxh --lang en --json format 0.715 --percent', out: '"71,5%"' },
]

function mainHelp(lang: Lang, c: ReturnType<typeof colours>): string {
  const vi = lang === 'vi'
  const width = Math.max(...COMMANDS.map((x) => x.name.length))
  return [
    c.bold(`bhxh ${version}`),
    vi
      ? '  Số liệu BHXH, BHYT, BHTN tiếng Việt: đọc, viết, trích và kiểm tra.'
      : '  Vietnamese social-insurance figures: read, write, extract and check.',
    '',
    c.bold(vi ? 'Cách dùng:' : 'Usage:'),
    vi ? '  bhxh [tùy chọn chung] <lệnh> [tùy chọn]' : '  bhxh [common options] <command> [options]',
    '',
    c.bold(vi ? 'Lệnh:' : 'Commands:'),
    ...COMMANDS.map((x) => `  ${x.name.padEnd(width)}  ${x.summary[lang]}`),
    '',
    c.bold(vi ? 'Tùy chọn chung (trước hoặc sau lệnh):' : 'Common options (before or after the command):'),
    ...optionLines(lang),
    '',
    c.bold(vi ? 'Biến môi trường:' : 'Environment:'),
    vi
      ? '  NO_COLOR=1, TERM=dumb  không tô màu; FORCE_COLOR=1 luôn tô màu'
      : '  NO_COLOR=1, TERM=dumb  no colour; FORCE_COLOR=1 always colour',
    vi
      ? '  BHXH_MAX_INPUT=<cỡ>    cỡ tối đa của đầu vào (như --max-input)'
      : '  BHXH_MAX_INPUT=<size>  the largest input accepted (like --max-input)',
    vi
      ? '  BHXH_DEBUG=1           in chi tiết lỗi không mong đợi'
      : '  BHXH_DEBUG=1           print the details of an unexpected error',
    '',
    c.bold(vi ? 'Mã thoát:' : 'Exit status:'),
    vi
      ? '  0 được; 1 bhxh check thấy mâu thuẫn; 2 đầu vào hoặc đối số sai; 3 lỗi không mong đợi'
      : '  0 fine; 1 bhxh check found a conflict; 2 bad input or arguments; 3 unexpected error',
    '',
    c.bold(vi ? 'Ví dụ:' : 'Examples:'),
    ...exampleLines(MAIN_EXAMPLES, lang),
    '',
  ].join('\n')
}

/** The error object written to the standard error under `--json`. */
export interface ErrorJson {
  /** What went wrong. */
  readonly error: {
    /** A stable code: `USAGE`, `BAD_INPUT`, `INPUT_TOO_LARGE`, a library code, or `INTERNAL`. */
    readonly code: string
    /** The exit status (2 or 3). */
    readonly exit: number
    /** The message in the language of `--lang`. */
    readonly message: string
    /** The message in both languages. */
    readonly messages: Msg
    /** The lines that show where (the text and a caret), if any. */
    readonly context: readonly string[]
  }
}

/**
 * Runs the `bhxh` command line.
 *
 * @param argv - the arguments after the program name (`['check', 'report.txt', '--json']`); the
 *   common options may come before the command
 * @param io - the streams, terminal and environment
 * @returns the exit status: 0 fine, 1 `check` found a conflict, 2 bad input, 3 unexpected error
 *
 * @example
 * ```ts
 * const out: string[] = []
 * const io = { stdin: () => [], stdout: (s: string) => out.push(s), stderr: () => {}, isTTY: false, env: {} }
 * await run(['format', '0.715', '--percent'], io) // 0; out: ['71,5%\n']
 * ```
 */
export async function run(argv0: readonly string[], io: Io): Promise<number> {
  const argv = globalsFirst(argv0)
  const given = langOf(argv)
  const lang: Lang = isLang(given) ? given : 'vi'
  const dashdash = argv.indexOf('--')
  const before = dashdash < 0 ? argv : argv.slice(0, dashdash)
  const json = before.includes('--json')
  const report = (m: Msg, code: string, exit: number, context: readonly string[] = []) => {
    if (json) {
      const e: ErrorJson = { error: { code, exit, message: m[lang], messages: m, context } }
      io.stderr(`${JSON.stringify(e)}\n`)
    } else io.stderr(`bhxh: ${m[lang]}\n${context.map((l) => `${l}\n`).join('')}`)
    return exit
  }
  const fail = (m: Msg) => report(m, 'USAGE', EXIT.usage)
  if (!isLang(given))
    return fail(
      msg(
        `--lang: «${given}» không hợp lệ; chọn vi hoặc en`,
        `--lang: «${given}» is not valid; use vi or en`,
      ),
    )
  const name = argv[0]
  const c = colours(!json && useColour(io, before.includes('--no-color')))
  if (name === undefined || (name.startsWith('--') && !['--help', '--version'].includes(name))) {
    io.stderr(mainHelp(lang, colours(false)))
    return EXIT.usage
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const cmd = COMMANDS.find((x) => x.name === argv[1])
    io.stdout(cmd ? helpText(cmd, lang, c) : mainHelp(lang, c))
    return EXIT.ok
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`)
    return EXIT.ok
  }
  const cmd = COMMANDS.find((x) => x.name === name)
  if (!cmd)
    return fail(
      msg(
        `không có lệnh «${name}»; các lệnh: ${COMMANDS.map((x) => x.name).join(', ')} (xem bhxh --help)`,
        `unknown command «${name}»; the commands are ${COMMANDS.map((x) => x.name).join(', ')} (see bhxh --help)`,
      ),
    )
  try {
    const { values, positionals } = parseCommand(cmd, argv.slice(1))
    if (values.help === true) {
      io.stdout(helpText(cmd, lang, c))
      return EXIT.ok
    }
    const limit = str(values, 'max-input')
    const env = io.env.BHXH_MAX_INPUT
    const maxInput =
      limit !== undefined
        ? parseSize(limit, '--max-input')
        : env !== undefined && env !== ''
          ? parseSize(env, 'BHXH_MAX_INPUT')
          : DEFAULT_MAX_INPUT
    const ctx: Context = {
      io,
      lang: (str(values, 'lang') as Lang | undefined) ?? lang,
      json: values.json === true,
      c,
      maxInput,
      out: (...lines) => io.stdout(lines.map((l) => `${l}\n`).join('')),
      t: (m) => m[lang],
    }
    return await cmd.run(ctx, values, positionals)
  } catch (e) {
    const m = messageOf(e, lang)
    if (m !== null) {
      const both =
        e instanceof UserError || e instanceof NumberError || e instanceof BhxhError ? e.messages : msg(m, m)
      return report(both, codeOf(e), EXIT.usage, e instanceof UserError ? e.context : [])
    }
    const debug = io.env.BHXH_DEBUG === '1'
    const err = e as Error
    const text = err?.message ?? String(e)
    if (json)
      return report(
        msg(`lỗi không mong đợi: ${text}`, `unexpected error: ${text}`),
        'INTERNAL',
        EXIT.internal,
        debug ? [err?.stack ?? ''] : [],
      )
    io.stderr(
      `bhxh: ${lang === 'vi' ? 'lỗi không mong đợi' : 'unexpected error'}: ${text}\n${
        debug
          ? `${err?.stack ?? ''}\n`
          : lang === 'vi'
            ? '  (đặt BHXH_DEBUG=1 để xem chi tiết)\n'
            : '  (set BHXH_DEBUG=1 for details)\n'
      }`,
    )
    return EXIT.internal
  }
}
