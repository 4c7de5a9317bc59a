/** The repository root, which `serve` serves by default. */
export declare const ROOT: string
/** Serves `root` on 127.0.0.1 (port 0: a free one); resolves to the base URL and a `close()`. */
export declare function serve(options?: { root?: string; port?: number }): Promise<{
  url: string
  close: () => Promise<void>
}>
