/**
 * What the command line reads and writes: the standard streams, the terminal and the
 * environment behind one interface (so commands run in-process in tests), and the inputs a
 * command takes (a file or `-` for the standard input), as text or line by line.
 * @module
 */
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { UserError } from './errors'
import { msg } from './i18n'

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
  /** The environment (`NO_COLOR`, `FORCE_COLOR`, `BHXH_DEBUG`). */
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

/**
 * An input of a command: a file, or the standard input (`-`).
 *
 * @example
 * ```ts
 * const src = await openSource('examples/reports/001_ed8d298fa85ff344.txt', io)
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
  /** The input line by line (`readline`), without line breaks, in constant memory. */
  lines(): AsyncIterable<string>
}

const STDIN = '<stdin>'

const unreadable = (name: string, why: string, whyEn: string): UserError =>
  new UserError(msg(`không đọc được «${name}»: ${why}`, `cannot read «${name}»: ${whyEn}`))

function fsError(name: string, e: unknown): UserError {
  const code = (e as { code?: string } | null)?.code
  if (code === 'ENOENT') return unreadable(name, 'không có tệp này', 'no such file')
  if (code === 'EISDIR') return unreadable(name, 'đây là một thư mục', 'it is a directory')
  if (code === 'EACCES' || code === 'EPERM')
    return unreadable(name, 'không có quyền đọc', 'permission denied')
  return unreadable(name, String(code ?? e), String(code ?? e))
}

const decoder = () => new TextDecoder('utf-8', { fatal: true })

async function collect(chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>) {
  const parts: Uint8Array[] = []
  const enc = new TextEncoder()
  for await (const c of chunks) parts.push(typeof c === 'string' ? enc.encode(c) : c)
  return Buffer.concat(parts)
}

function decode(name: string, bytes: Uint8Array): string {
  try {
    return decoder().decode(bytes)
  } catch {
    throw unreadable(name, 'không phải văn bản UTF-8', 'not UTF-8 text')
  }
}

function readLines(input: Readable, name: string): AsyncIterable<string> {
  return {
    async *[Symbol.asyncIterator]() {
      const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
      let first = true
      try {
        for await (const line of rl) {
          yield first && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line
          first = false
        }
      } catch (e) {
        if (e instanceof UserError) throw e
        throw fsError(name, e)
      } finally {
        rl.close()
        input.destroy()
      }
    },
  }
}

/**
 * Opens an input given on the command line: `-` is the standard input, anything else a file
 * (relative to `io.cwd`). A missing or unreadable file is a {@link UserError} naming it.
 */
export async function openSource(arg: string, io: Io): Promise<Source> {
  if (arg === '-')
    return {
      name: STDIN,
      ext: '',
      text: async () => decode(STDIN, await collect(io.stdin())),
      lines: () => readLines(Readable.from(io.stdin()), STDIN),
    }
  const path = resolve(io.cwd ?? process.cwd(), arg)
  try {
    const s = await stat(path)
    if (s.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' })
  } catch (e) {
    throw fsError(arg, e)
  }
  return {
    name: arg,
    ext: extname(arg).toLowerCase(),
    text: async () => {
      try {
        return decode(arg, await readFile(path))
      } catch (e) {
        if (e instanceof UserError) throw e
        throw fsError(arg, e)
      }
    },
    lines: () => readLines(createReadStream(path), arg),
  }
}
