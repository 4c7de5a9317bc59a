/**
 * Commands and their options: one description per command (usage, options, examples) from
 * which both the `--help` text and the `node:util` `parseArgs` configuration are made.
 * @module
 */
import { parseArgs } from 'node:util'
import type { Colours } from './colour'
import { UserError } from './errors'
import { type Lang, type Msg, msg } from './i18n'
import type { Io } from './io'

/**
 * An option of a command.
 *
 * @example
 * ```ts
 * const date: OptionSpec = { name: 'date', type: 'string', value: 'YYYY-MM-DD', help: msg('ngày báo cáo', 'the report date') }
 * ```
 */
export interface OptionSpec {
  /** The long name, without `--`. */
  readonly name: string
  /** A one-letter alias, without `-`. */
  readonly short?: string
  /** A flag (`boolean`) or an option with a value (`string`). */
  readonly type: 'boolean' | 'string'
  /** Whether it may be given more than once (its values are then a list). */
  readonly multiple?: boolean
  /** The placeholder of its value in the help (`YYYY-MM-DD`, `vi|en`), per language if it is words. */
  readonly value?: string | Msg
  /** What it does. */
  readonly help: Msg
}

/** The option values of one invocation, by long name. */
export type Values = Readonly<Record<string, string | boolean | string[] | undefined>>

/**
 * What a command runs with: the outside world, the message language, whether to write JSON,
 * the colours (all off with `--json`), and a writer of lines to the standard output.
 */
export interface Context {
  /** The outside world. */
  readonly io: Io
  /** The language of the messages. */
  readonly lang: Lang
  /** Whether `--json` was given. */
  readonly json: boolean
  /** The styles (identity when colour is off). */
  readonly c: Colours
  /** The most bytes an input may have (`--max-input`, `BHXH_MAX_INPUT`). */
  readonly maxInput: number
  /** Writes one line (or several) to the standard output. */
  readonly out: (...lines: string[]) => void
  /** A message in the current language. */
  readonly t: (m: Msg) => string
}

/**
 * An example invocation shown in the help: runnable as is from the installed package (its input
 * is inline or piped with `echo`/`printf`), and run by the tests, which check its output and
 * exit status.
 *
 * @example
 * ```ts
 * const e: Example = { cmd: 'bhxh format 0.715 --percent', out: '71,5%' }
 * ```
 */
export interface Example {
  /** The command line, for a POSIX shell. */
  readonly cmd: string
  /** Text its output contains (shown after `# →`). */
  readonly out?: string
  /** Its exit status, when not 0. */
  readonly exit?: number
  /** A note on what it shows. */
  readonly note?: Msg
}

const LONG_EXAMPLE = 60

/**
 * The help lines of examples: a comment after each (its note, exit status and output, the
 * output last after `→`), aligned, or on the next line for a long command.
 */
export function exampleLines(examples: readonly Example[], lang: Lang): string[] {
  const short = examples.filter((e) => e.cmd.length <= LONG_EXAMPLE)
  const width = Math.max(0, ...short.map((e) => e.cmd.length))
  return examples.flatMap((e) => {
    const notes = [
      ...(e.note === undefined ? [] : [e.note[lang]]),
      ...(e.exit === undefined ? [] : [lang === 'vi' ? `mã thoát ${e.exit}` : `exit status ${e.exit}`]),
      ...(e.out === undefined ? [] : [`→ ${e.out}`]),
    ]
    if (notes.length === 0) return [`  ${e.cmd}`]
    const comment = `# ${notes.join('; ')}`
    return e.cmd.length <= LONG_EXAMPLE
      ? [`  ${e.cmd.padEnd(width)}  ${comment}`]
      : [`  ${e.cmd}`, `      ${comment}`]
  })
}

/**
 * A command of the `bhxh` tool.
 */
export interface Command {
  /** The name (`parse`). */
  readonly name: string
  /** The argument synopsis after the name (`<text…>`), per language if it has words. */
  readonly synopsis: string | Msg
  /** One line on what it does. */
  readonly summary: Msg
  /** More on what it does, its input and output. */
  readonly details?: Msg
  /** Its own options (the common ones `--json`, `--lang`, `--help` are added). */
  readonly options: readonly OptionSpec[]
  /** How many positional arguments it takes. */
  readonly positionals: { readonly min: number; readonly max: number | null; readonly name: Msg }
  /** Example invocations, shown in the help. */
  readonly examples: readonly Example[]
  /** Runs it; resolves to the exit status. */
  run(ctx: Context, values: Values, positionals: readonly string[]): Promise<number>
}

/** The options every command takes. */
export const COMMON: readonly OptionSpec[] = [
  {
    name: 'json',
    type: 'boolean',
    help: msg('in kết quả dạng JSON (không màu)', 'write the result as JSON (no colour)'),
  },
  {
    name: 'lang',
    type: 'string',
    value: 'vi|en',
    help: msg('ngôn ngữ của thông báo (mặc định vi)', 'the language of messages (default vi)'),
  },
  {
    name: 'no-color',
    type: 'boolean',
    help: msg('không tô màu (như NO_COLOR=1 hoặc TERM=dumb)', 'no colour (like NO_COLOR=1 or TERM=dumb)'),
  },
  {
    name: 'max-input',
    type: 'string',
    value: msg('<cỡ>', '<size>'),
    help: msg(
      'cỡ tối đa của đầu vào, ví dụ 64K, 256M (mặc định 256M; hoặc BHXH_MAX_INPUT)',
      'the largest input accepted, e.g. 64K, 256M (default 256M; or BHXH_MAX_INPUT)',
    ),
  },
  { name: 'help', short: 'h', type: 'boolean', help: msg('xem hướng dẫn này', 'show this help') },
]

/** The text of a word or a message in a language. */
export const inLang = (x: string | Msg, lang: Lang): string => (typeof x === 'string' ? x : x[lang])

/** The help text of a command, in a language. */
export function helpText(cmd: Command, lang: Lang, c: Colours): string {
  const t = (m: Msg) => m[lang]
  const lines = [
    c.bold(`bhxh ${cmd.name} ${inLang(cmd.synopsis, lang)}`),
    '',
    `  ${t(cmd.summary)}`,
    ...(cmd.details
      ? [
          '',
          ...t(cmd.details)
            .split('\n')
            .map((l) => (l ? `  ${l}` : '')),
        ]
      : []),
    '',
    c.bold(lang === 'vi' ? 'Tùy chọn:' : 'Options:'),
  ]
  const opts = [...cmd.options, ...COMMON]
  const heads = opts.map(
    (o) => `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.value ? ` ${inLang(o.value, lang)}` : ''}`,
  )
  const width = Math.max(...heads.map((h) => h.length))
  opts.forEach((o, i) => {
    lines.push(
      `  ${(heads[i] as string).padEnd(width)}  ${t(o.help)}${o.multiple ? (lang === 'vi' ? ' (lặp lại được)' : ' (repeatable)') : ''}`,
    )
  })
  lines.push('', c.bold(lang === 'vi' ? 'Ví dụ:' : 'Examples:'), ...exampleLines(cmd.examples, lang), '')
  return lines.join('\n')
}

const QUOTED = /'(--?[^'\s=]+)/

/** A `parseArgs` error as a user error naming the option. */
function argsError(e: unknown, cmd: Command): UserError {
  const code = (e as { code?: string }).code
  const message = (e as Error).message
  const option = QUOTED.exec(message)?.[1] ?? ''
  const see = msg(` (xem bhxh ${cmd.name} --help)`, ` (see bhxh ${cmd.name} --help)`)
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new UserError(msg(`không có tùy chọn «${option}»${see.vi}`, `unknown option «${option}»${see.en}`))
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (message.includes('argument missing') || message.includes('ambiguous'))
      return new UserError(
        msg(`tùy chọn «${option}» cần một giá trị${see.vi}`, `option «${option}» needs a value${see.en}`),
      )
    return new UserError(
      msg(`tùy chọn «${option}» không nhận giá trị${see.vi}`, `option «${option}» takes no value${see.en}`),
    )
  }
  return new UserError(msg(`đối số không hợp lệ: ${message}`, `invalid arguments: ${message}`))
}

const NEGATIVE = /^-[\d.,]/

/**
 * Parses a command's arguments with `node:util` `parseArgs` (strict). Negative numbers
 * (`-1,5`) are read as positional arguments, not as options.
 *
 * @returns the option values and the positional arguments
 * @throws UserError for an unknown option, a missing value, or the wrong number of arguments
 */
export function parseCommand(
  cmd: Command,
  argv: readonly string[],
): { values: Values; positionals: string[] } {
  const specs = [...cmd.options, ...COMMON]
  const takesValue = new Set<string>()
  for (const o of specs)
    if (o.type === 'string') {
      takesValue.add(`--${o.name}`)
      if (o.short) takesValue.add(`-${o.short}`)
    }
  // Positionals go after `--`, in order, so that `-1,5` is a number and not an option.
  const flags: string[] = []
  const rest: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '--') {
      rest.push(...argv.slice(i + 1))
      break
    }
    if (a.startsWith('-') && a !== '-' && !NEGATIVE.test(a)) {
      // `--name=value`, so that a value starting with `-` is not taken for an option.
      if (takesValue.has(a) && i + 1 < argv.length) flags.push(`${a}=${argv[++i] as string}`)
      else flags.push(a)
    } else rest.push(a)
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: [...flags, '--', ...rest],
      strict: true,
      allowPositionals: true,
      options: Object.fromEntries(
        specs.map((o) => [
          o.name,
          { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) },
        ]),
      ),
    })
  } catch (e) {
    throw argsError(e, cmd)
  }
  const values = parsed.values as Values
  if (values.help) return { values, positionals: parsed.positionals }
  const { min, max, name } = cmd.positionals
  if (parsed.positionals.length < min)
    throw new UserError(
      msg(
        `thiếu ${name.vi} (xem bhxh ${cmd.name} --help)`,
        `missing ${name.en} (see bhxh ${cmd.name} --help)`,
      ),
    )
  if (max !== null && parsed.positionals.length > max) {
    const extra = parsed.positionals[max] as string
    throw new UserError(msg(`thừa đối số «${extra}»`, `unexpected argument «${extra}»`))
  }
  return { values, positionals: parsed.positionals }
}

/** The value of a string option, if given (the last one when given twice). */
export function str(values: Values, name: string): string | undefined {
  const v = values[name]
  if (Array.isArray(v)) return v[v.length - 1]
  return typeof v === 'string' ? v : undefined
}

/** The values of a repeatable string option. */
export function list(values: Values, name: string): string[] {
  const v = values[name]
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : []
}

/** One of the allowed values of an option, or a user error listing them. */
export function oneOf<T extends string>(values: Values, name: string, allowed: readonly T[]): T | undefined {
  const v = str(values, name)
  if (v === undefined) return undefined
  if (!(allowed as readonly string[]).includes(v))
    throw new UserError(
      msg(
        `--${name}: «${v}» không hợp lệ; chọn một trong ${allowed.join(', ')}`,
        `--${name}: «${v}» is not valid; use one of ${allowed.join(', ')}`,
      ),
    )
  return v as T
}

/** A whole number option (0 to `max`), or a user error. */
export function count(values: Values, name: string, max: number): number | undefined {
  const v = str(values, name)
  if (v === undefined) return undefined
  if (!/^\d+$/.test(v) || Number(v) > max)
    throw new UserError(
      msg(
        `--${name}: «${v}» phải là số nguyên từ 0 đến ${max}`,
        `--${name}: «${v}» must be a whole number from 0 to ${max}`,
      ),
    )
  return Number(v)
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

/** A `YYYY-MM-DD` date option (a real date), or a user error. */
export function date(values: Values, name: string): string | undefined {
  const v = str(values, name)
  if (v === undefined) return undefined
  const m = ISO.exec(v)
  const ok =
    m !== null &&
    (() => {
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
      return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
    })()
  if (!ok)
    throw new UserError(
      msg(`--${name}: «${v}» không phải ngày dạng YYYY-MM-DD`, `--${name}: «${v}» is not a YYYY-MM-DD date`),
    )
  return v
}
