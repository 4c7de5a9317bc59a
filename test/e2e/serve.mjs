// A tiny static server for the dashboard example: serves the repository root, so that the page's
// import map reaches ../../dist and ../../node_modules. `node test/e2e/serve.mjs [port]` prints the
// dashboard's address; the end-to-end test imports `serve` and uses a random port.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Serves `root` on 127.0.0.1 (port 0: a free one). Resolves to the base URL and a `close()`.
 * @param {{ root?: string, port?: number }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serve({ root = ROOT, port = 0 } = {}) {
  const base = normalize(root.endsWith(sep) ? root : root + sep)
  const server = createServer(async (req, res) => {
    const send = (code, text) => {
      res.writeHead(code, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(text)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed')
    let path
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    } catch {
      return send(400, 'bad request')
    }
    let file = normalize(join(base, path))
    if (!file.startsWith(base)) return send(403, 'forbidden')
    try {
      let info = await stat(file)
      if (info.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/` })
          return res.end()
        }
        file = join(file, 'index.html')
        info = await stat(file)
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      })
      if (req.method === 'HEAD') return res.end()
      createReadStream(file).pipe(res)
    } catch {
      send(404, 'not found')
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      const at = typeof address === 'object' && address ? address.port : port
      resolve({
        url: `http://127.0.0.1:${at}/`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const port = Number(process.argv[2] ?? 8080)
  const { url } = await serve({ port })
  console.log(`Serving ${ROOT} at ${url}`)
  console.log(`Dashboard: ${url}examples/dashboard/`)
}
