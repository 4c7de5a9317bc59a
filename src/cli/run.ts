/**
 * The `bhxh` command line as a function: `run(argv, io)` resolves to the exit status, so
 * every command runs in-process in tests; `main.ts` binds it to the process.
 * @module
 */
import { version } from '../../package.json'
import { type Command, type Context, helpText, parseCommand, str } from './args'
import { colours, useColour } from './colour'
import { agingCommand } from './commands/aging'
import { checkCommand } from './commands/check'
import { extractCommand } from './commands/extract'
import { formatCommand } from './commands/format'
import { parseCommand as parseNumberCommand } from './commands/parse'
import { wordsCommand } from './commands/words'
import { messageOf, UserError } from './errors'
import { isLang, type Lang, msg } from './i18n'
import type { Io } from './io'

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
    '  bhxh <lệnh|command> [options]',
    '',
    c.bold(vi ? 'Lệnh:' : 'Commands:'),
    ...COMMANDS.map((x) => `  ${x.name.padEnd(width)}  ${x.summary[lang]}`),
    '',
    c.bold(vi ? 'Tùy chọn chung:' : 'Common options:'),
    `  --json        ${vi ? 'in kết quả dạng JSON' : 'write the result as JSON'}`,
    `  --lang vi|en  ${vi ? 'ngôn ngữ của thông báo (mặc định vi)' : 'the language of messages (default vi)'}`,
    `  -h, --help    ${vi ? 'hướng dẫn (bhxh <lệnh> --help)' : 'help (bhxh <command> --help)'}`,
    '  --version',
    '',
    c.bold(vi ? 'Mã thoát:' : 'Exit status:'),
    vi
      ? '  0 được; 1 bhxh check thấy mâu thuẫn; 2 đầu vào hoặc đối số sai; 3 lỗi không mong đợi'
      : '  0 fine; 1 bhxh check found a conflict; 2 bad input or arguments; 3 unexpected error',
    '',
    c.bold(vi ? 'Ví dụ:' : 'Examples:'),
    '  bhxh parse "gần 1.076.000 người"',
    '  bhxh check examples/reports/001_ed8d298fa85ff344.txt',
    '',
  ].join('\n')
}

/**
 * Runs the `bhxh` command line.
 *
 * @param argv - the arguments after the program name (`['check', 'report.txt', '--json']`)
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
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const given = langOf(argv)
  const lang: Lang = isLang(given) ? given : 'vi'
  const fail = (m: { vi: string; en: string }, context: readonly string[] = []) => {
    io.stderr(`bhxh: ${m[lang]}\n${context.map((l) => `${l}\n`).join('')}`)
    return EXIT.usage
  }
  if (!isLang(given))
    return fail(
      msg(
        `--lang: «${given}» không hợp lệ; chọn vi hoặc en`,
        `--lang: «${given}» is not valid; use vi or en`,
      ),
    )
  const name = argv[0]
  const json = argv.includes('--json')
  const c = colours(!json && useColour(io))
  if (name === undefined) {
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
    const ctx: Context = {
      io,
      lang: (str(values, 'lang') as Lang | undefined) ?? lang,
      json: values.json === true,
      c,
      out: (...lines) => io.stdout(lines.map((l) => `${l}\n`).join('')),
      t: (m) => m[lang],
    }
    return await cmd.run(ctx, values, positionals)
  } catch (e) {
    const m = messageOf(e, lang)
    if (m !== null) return fail({ vi: m, en: m }, e instanceof UserError ? e.context : [])
    const debug = io.env.BHXH_DEBUG === '1'
    const err = e as Error
    io.stderr(
      `bhxh: ${lang === 'vi' ? 'lỗi không mong đợi' : 'unexpected error'}: ${err?.message ?? String(e)}\n${
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
