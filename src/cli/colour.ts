/**
 * Colour on the terminal: ANSI escapes only when the standard output is a terminal, `TERM` is
 * not `dumb`, `NO_COLOR` is not set and `--no-color` not given (`FORCE_COLOR` forces it,
 * `NO_COLOR` and `--no-color` win over it), never in `--json`.
 * @module
 */

/** The styles the command line uses; each is the identity when colour is off. */
export interface Colours {
  /** Whether colour is on. */
  readonly enabled: boolean
  /** Bold, for headers and totals. */
  readonly bold: (s: string) => string
  /** Dim, for secondary text. */
  readonly dim: (s: string) => string
  /** Red, for conflicts and errors. */
  readonly red: (s: string) => string
  /** Green, for what agrees. */
  readonly green: (s: string) => string
  /** Yellow, for what needs a second look. */
  readonly yellow: (s: string) => string
  /** Cyan, for ambiguities. */
  readonly cyan: (s: string) => string
}

const set = (x: string | undefined): boolean => x !== undefined && x !== ''

/**
 * Whether to colour: never with `--no-color` or `NO_COLOR` (any non-empty value); always with
 * `FORCE_COLOR` (other than `0` or `false`); else only on a terminal whose `TERM` is not `dumb`.
 *
 * @param noColor - whether `--no-color` was given
 *
 * @example
 * ```ts
 * useColour({ isTTY: true, env: { NO_COLOR: '1' } }) // false
 * useColour({ isTTY: true, env: { TERM: 'dumb' } }) // false
 * ```
 */
export function useColour(
  io: {
    isTTY: boolean
    env: Readonly<Record<string, string | undefined>>
  },
  noColor = false,
): boolean {
  if (noColor || set(io.env.NO_COLOR)) return false
  const force = io.env.FORCE_COLOR
  if (set(force)) return force !== '0' && force !== 'false'
  return io.isTTY && io.env.TERM !== 'dumb'
}

const style =
  (enabled: boolean, open: number, close: number) =>
  (s: string): string =>
    enabled && s !== '' ? `\u001b[${open}m${s}\u001b[${close}m` : s

/** The styles, on or off. */
export function colours(enabled: boolean): Colours {
  return {
    enabled,
    bold: style(enabled, 1, 22),
    dim: style(enabled, 2, 22),
    red: style(enabled, 31, 39),
    green: style(enabled, 32, 39),
    yellow: style(enabled, 33, 39),
    cyan: style(enabled, 36, 39),
  }
}
