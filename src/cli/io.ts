/**
 * What the command line reads and writes: the standard streams, the terminal and the
 * environment behind one interface (so commands run in-process in tests), and the inputs a
 * command takes (a file or `-` for the standard input), as text, as decoded pieces or line by
 * line, never more than a size limit (`--max-input`, `BHXH_MAX_INPUT`).
 * @module
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { UserError } from './errors'
import { type Msg, msg } from './i18n'

/**
 * The outside world of a command: where it reads the standard input, where it writes, whether
 * the output is a terminal, the environment and the working directory.
 *
 * @example
 * ```ts
 * const out: string[] = []
 * await run(['parse', '71,5%'], { stdin: () => [], stdout: (s) => out.push(s), stderr: () => {}, isTTY: false, env: {} })
 * ```
 */
export interface Io {
  /** The standard input, as chunks. */
  readonly stdin: () => AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>
  /** Writes to the standard output. */
  readonly stdout: (text: string) => void
  /** Writes to the standard error. */
  readonly stderr: (text: string) => void
  /** Whether the standard output is a terminal (colour is used only then). */
  readonly isTTY: boolean
  /** The environment (`NO_COLOR`, `FORCE_COLOR`, `TERM`, `BHXH_DEBUG`, `BHXH_MAX_INPUT`). */
  readonly env: Readonly<Record<string, string | undefined>>
  /** The directory file names are relative to; default the process's. */
  readonly cwd?: string
}

/** The process's own streams and environment. */
export function nodeIo(): Io {
  return {
    stdin: () => process.stdin,
    stdout: (s) => {
      process.stdout.write(s)
    },
    stderr: (s) => {
      process.stderr.write(s)
    },
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  }
}

const STDIN = '<stdin>'

/** The default limit on the size of an input: 256 MiB. */
export const DEFAULT_MAX_INPUT = 256 * 1024 * 1024

/**
 * The most a command reads whole into one string (`check`, `extract`, a JSON array for
 * `aging`): 500 MiB, under the longest string Node can make (2²⁹ − 24 UTF-16 units), whatever
 * `--max-input` says. Inputs read line by line (CSV, JSON Lines) are held to `--max-input` only.
 */
export const MAX_WHOLE_INPUT = 500 * 1024 * 1024

const SIZE = /^(\d+)\s*([kmg]i?b?|b)?$/i

/**
 * Reads a size limit: bytes, or with a unit `K`, `M`, `G` (powers of 1024; `KiB`, `MB` … too).
 *
 * @param text - as given (`256M`, `1048576`)
 * @param from - where it came from, for the error (`--max-input`, `BHXH_MAX_INPUT`)
 * @throws UserError when it is not a positive size
 *
 * @example
 * ```ts
 * parseSize('64K', '--max-input') // 65536
 * ```
 */
export function parseSize(text: string, from: string): number {
  const m = SIZE.exec(text.trim())
  const unit = (m?.[2] ?? 'b').toLowerCase()[0] as string
  const n = m ? Number(m[1]) * ({ b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit] ?? 1) : 0
  if (!m || !Number.isSafeInteger(n) || n <= 0)
    throw new UserError(
      msg(
        `${from}: «${text}» không phải kích thước hợp lệ (số byte, hoặc có đơn vị K, M, G: 64K, 256M, 1G)`,
        `${from}: «${text}» is not a valid size (bytes, or with a unit K, M, G: 64K, 256M, 1G)`,
      ),
    )
  return n
}

/** A size in words: `256 MiB`, `64 KiB`, `100 byte`. */
export function sizeText(n: number): string {
  for (const [u, f] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const)
    if (n >= f && n % f === 0) return `${n / f} ${u}`
  return `${n} byte`
}

/** The error of an input over the limit; `limit` is what was exceeded. */
export function tooLarge(name: string, limit: number, hard = false): UserError {
  const how: Msg = hard
    ? msg(
        `tối đa ${sizeText(limit)} cho một đầu vào đọc trọn (bhxh check, extract)`,
        `at most ${sizeText(limit)} for an input read whole (bhxh check, extract)`,
      )
    : msg(
        `giới hạn ${sizeText(limit)}; đổi bằng --max-input hoặc BHXH_MAX_INPUT`,
        `the limit is ${sizeText(limit)}; change it with --max-input or BHXH_MAX_INPUT`,
      )
  return new UserError(
    msg(`«${name}»: đầu vào quá lớn (${how.vi})`, `«${name}»: input too large (${how.en})`),
    [],
    'INPUT_TOO_LARGE',
  )
}

/**
 * An input of a command: a file, or the standard input (`-`).
 *
 * @example
 * ```ts
 * const src = await openSource('bao-cao.txt', io)
 * src.name // the name to show in messages; '<stdin>' for `-`
 * ```
 */
export interface Source {
  /** The name to show in messages: the file as given, or `<stdin>`. */
  readonly name: string
  /** The file's extension in lower case (`.csv`), or `''` for the standard input. */
  readonly ext: string
  /** The whole input as text (UTF-8; a byte-order mark is dropped). */
  text(): Promise<string>
  /** The input as decoded pieces of text, in constant memory (for a streaming parser). */
  chunks(): AsyncIterable<string>
  /** The input line by line, without line breaks (`\n` or `\r\n`), in constant memory. */
  lines(): AsyncIterable<string>
}

const unreadable = (name: string, why: string, whyEn: string): UserError =>
  new UserError(msg(`không đọc được «${name}»: ${why}`, `cannot read «${name}»: ${whyEn}`))

function fsError(name: string, e: unknown): UserError {
  if (e instanceof UserError) return e
  const code = (e as { code?: string } | null)?.code
  if (code === 'ENOENT') return unreadable(name, 'không có tệp này', 'no such file')
  if (code === 'EISDIR') return unreadable(name, 'đây là một thư mục', 'it is a directory')
  if (code === 'EACCES' || code === 'EPERM')
    return unreadable(name, 'không có quyền đọc', 'permission denied')
  return unreadable(name, String(code ?? e), String(code ?? e))
}

type Chunks = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>

/** The bytes of an input, stopping with an error as soon as they pass `limit`. */
async function* capped(
  chunks: Chunks,
  name: string,
  limit: number,
  hard: boolean,
): AsyncGenerator<Uint8Array> {
  const enc = new TextEncoder()
  let total = 0
  for await (const c of chunks) {
    const bytes = typeof c === 'string' ? enc.encode(c) : c
    total += bytes.length
    if (total > limit) throw tooLarge(name, limit, hard)
    yield bytes
  }
}

/** Decoded text of bytes (fatal UTF-8, the byte-order mark dropped), piece by piece. */
async function* decoded(bytes: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let first = true
  try {
    for await (const b of bytes) {
      let s = decoder.decode(b, { stream: true })
      if (first && s !== '') {
        if (s.charCodeAt(0) === 0xfeff) s = s.slice(1)
        first = false
      }
      if (s !== '') yield s
    }
    const end = decoder.decode()
    if (end !== '') yield end
  } catch (e) {
    if (e instanceof TypeError) throw unreadable(name, 'không phải văn bản UTF-8', 'not UTF-8 text')
    throw e
  }
}

/** The error of a line longer than the longest string (a file of NULs, a binary). */
const lineTooLong = (name: string, line: number): UserError =>
  new UserError(
    msg(
      `${name}:${line}: dòng dài quá ${sizeText(MAX_WHOLE_INPUT)}`,
      `${name}:${line}: a line longer than ${sizeText(MAX_WHOLE_INPUT)}`,
    ),
    [],
    'INPUT_TOO_LARGE',
  )

/**
 * The lines of decoded pieces of text, without `\n` or `\r\n`.
 *
 * @example
 * ```ts
 * for await (const l of splitLines(['a\r\nb', 'c\n'])) console.log(l) // 'a', 'bc'
 * ```
 */
export async function* splitLines(
  pieces: AsyncIterable<string> | Iterable<string>,
  name = STDIN,
): AsyncGenerator<string> {
  let rest = ''
  let n = 0
  for await (const p of pieces) {
    if (rest.length + p.length > MAX_WHOLE_INPUT) throw lineTooLong(name, n + 1)
    rest += p
    let i = rest.indexOf('\n')
    let from = 0
    while (i >= 0) {
      const line = rest.slice(from, i)
      yield line.endsWith('\r') ? line.slice(0, -1) : line
      n++
      from = i + 1
      i = rest.indexOf('\n', from)
    }
    rest = rest.slice(from)
  }
  if (rest !== '') yield rest.endsWith('\r') ? rest.slice(0, -1) : rest
}

/**
 * Opens an input given on the command line: `-` is the standard input, anything else a file
 * (relative to `io.cwd`). A missing or unreadable file is a {@link UserError} naming it, and so
 * is an input larger than `maxInput` bytes (checked on the file's size before reading it, and
 * on the bytes of the standard input as they come).
 */
export async function openSource(arg: string, io: Io, maxInput = DEFAULT_MAX_INPUT): Promise<Source> {
  const name = arg === '-' ? STDIN : arg
  let raw: () => Chunks
  if (arg === '-') raw = () => io.stdin()
  else {
    const path = resolve(io.cwd ?? process.cwd(), arg)
    let size: number
    try {
      const s = await stat(path)
      if (s.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' })
      size = s.size
    } catch (e) {
      throw fsError(arg, e)
    }
    if (size > maxInput) throw tooLarge(arg, maxInput)
    raw = () => createReadStream(path)
  }
  const pieces = (limit: number, hard: boolean): AsyncIterable<string> => ({
    async *[Symbol.asyncIterator]() {
      try {
        yield* decoded(capped(raw(), name, limit, hard), name)
      } catch (e) {
        throw fsError(name, e)
      }
    },
  })
  const whole = Math.min(maxInput, MAX_WHOLE_INPUT)
  return {
    name,
    ext: arg === '-' ? '' : extname(arg).toLowerCase(),
    text: async () => {
      const parts: string[] = []
      for await (const p of pieces(whole, whole < maxInput)) parts.push(p)
      return parts.join('')
    },
    chunks: () => pieces(maxInput, false),
    lines: () => splitLines(pieces(maxInput, false), name),
  }
}

/**
 * The first non-blank line of a text given in pieces (without its line break; `null` when the
 * text is blank), and all the text again, pieces read to find the line included.
 *
 * @example
 * ```ts
 * const { line, all } = await peekLine(['\nrole,va', 'lue\nrevenue,1\n']) // line: 'role,value'
 * ```
 */
export async function peekLine(
  pieces: AsyncIterable<string> | Iterable<string>,
  name = STDIN,
): Promise<{ line: string | null; all: AsyncIterable<string> }> {
  const it = (pieces as AsyncIterable<string>)[Symbol.asyncIterator]
    ? (pieces as AsyncIterable<string>)[Symbol.asyncIterator]()
    : (async function* () {
        yield* pieces as Iterable<string>
      })()
  // Read pieces until a non-blank line is complete (or the text ends), looking at each piece once.
  const parts: string[] = []
  let line = ''
  let lineNo = 1
  let done = false
  let header: string | null = null
  while (header === null) {
    const next = await it.next()
    if (next.done) {
      done = true
      if (line.trim() !== '') header = line.replace(/\r$/, '')
      break
    }
    parts.push(next.value)
    let from = 0
    for (let nl = next.value.indexOf('\n'); nl >= 0; nl = next.value.indexOf('\n', from)) {
      line += next.value.slice(from, nl)
      from = nl + 1
      if (line.trim() !== '') {
        header = line.replace(/\r$/, '')
        break
      }
      line = ''
      lineNo++
    }
    if (header === null) line += next.value.slice(from)
    if (line.length > MAX_WHOLE_INPUT) throw lineTooLong(name, lineNo)
  }
  const head = parts.join('')
  return {
    line: header,
    all: {
      async *[Symbol.asyncIterator]() {
        if (head !== '') yield head
        if (done) return
        for (;;) {
          const next = await it.next()
          if (next.done) return
          yield next.value
        }
      },
    },
  }
}
