// The package as its users get it: `npm pack` of the working tree (the `prepack` build), the
// tarball's contents checked, then installed into scratch projects (ESM with node16, nodenext
// and bundler resolution; CommonJS with node16) where `tsc --strict` with `skipLibCheck: false`
// compiles test/consumer/probe.ts and Node runs the result; last, the installed `bhxh` command.
// First, `npm install` must leave the committed lock file unchanged.
// Needs the npm registry (decimal.js and zod are installed from it). Run: npm run test:consumer
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const tsc = join(root, 'node_modules/typescript/bin/tsc')
const work = mkdtempSync(join(tmpdir(), 'bhxh-consumer-'))
const failures = []
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

function step(name, f) {
  try {
    const out = f()
    console.log(`ok    ${name}${out ? `: ${out}` : ''}`)
  } catch (e) {
    failures.push(name)
    console.log(
      `FAIL  ${name}\n${String(e.stdout ?? '')}${String(e.stderr ?? '')}${e.stdout ? '' : e.message}`,
    )
  }
}

try {
  // 0. `npm install`, as the README says, leaves the committed lock file as it is.
  step('npm install keeps package-lock.json', () => {
    const lock = join(root, 'package-lock.json')
    const before = readFileSync(lock, 'utf8')
    run('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], root)
    const after = readFileSync(lock, 'utf8')
    if (after !== before) {
      writeFileSync(lock, before)
      throw new Error('npm install rewrote package-lock.json: run it and commit the result')
    }
  })

  // 1. Pack without a build: `prepack` must build, so a clean checkout packs the code. The
  // build's own output comes first on stdout, then npm's JSON.
  rmSync(join(root, 'dist'), { recursive: true, force: true })
  const packed = run('npm', ['pack', '--json', '--pack-destination', work], root)
  const [pack] = JSON.parse(packed.slice(packed.search(/^\[/m)))
  const files = pack.files.map((f) => f.path)
  const tarball = join(work, pack.filename)
  step('tarball contents', () => {
    const required = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'docs/cli.md', 'dist/cli.js']
    for (const entry of ['index', 'number', 'schema', 'testing']) {
      required.push(`dist/${entry}.js`, `dist/${entry}.cjs`, `dist/${entry}.d.ts`, `dist/${entry}.d.cts`)
    }
    const missing = required.filter((f) => !files.includes(f))
    const maps = files.filter((f) => f.endsWith('.map'))
    const stubs = files.filter((f) => /^dist\/cli\.(cjs|d\.c?ts)$/.test(f))
    const empty = pack.files.filter((f) => f.size === 0 || (f.path.endsWith('.js') && f.size < 64))
    if (missing.length || maps.length || stubs.length || empty.length) {
      throw new Error(
        `missing ${missing.join(', ') || '-'}; maps ${maps.length}; stubs ${stubs.join(', ') || '-'}; empty ${empty.map((f) => f.path).join(', ') || '-'}`,
      )
    }
    if (!readFileSync(join(root, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node')) {
      throw new Error('dist/cli.js has no shebang')
    }
    return `${files.length} files, ${(pack.size / 1024).toFixed(1)} kB packed, ${(pack.unpackedSize / 1024).toFixed(1)} kB unpacked`
  })

  // 2. Install the tarball once; the scratch projects below share its node_modules.
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'bhxh-consumer', private: true }))
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball], work)

  // 3. Types and run time in each module setup.
  const setups = [
    {
      name: 'ESM, moduleResolution node16',
      type: 'module',
      module: 'node16',
      resolution: 'node16',
      env: 'node',
    },
    {
      name: 'ESM, moduleResolution nodenext',
      type: 'module',
      module: 'nodenext',
      resolution: 'nodenext',
      env: 'node',
    },
    {
      name: 'ESM, moduleResolution bundler',
      type: 'module',
      module: 'esnext',
      resolution: 'bundler',
      env: 'dom',
    },
    {
      name: 'CommonJS, moduleResolution node16',
      type: 'commonjs',
      module: 'node16',
      resolution: 'node16',
      env: 'node',
    },
  ]
  for (const s of setups) {
    const dir = join(work, `${s.type}-${s.resolution}`)
    mkdirSync(dir)
    cpSync(join(root, 'test/consumer/probe.ts'), join(dir, 'probe.ts'))
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: s.type }))
    const compilerOptions = {
      target: 'es2022',
      // A Node project has @types/node (the repository's copy), a browser project the DOM library.
      lib: s.env === 'dom' ? ['es2022', 'dom'] : ['es2022'],
      types: s.env === 'node' ? ['node'] : [],
      typeRoots: [join(root, 'node_modules/@types')],
      module: s.module,
      moduleResolution: s.resolution,
      strict: true,
      skipLibCheck: false,
      outDir: 'out',
    }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['probe.ts'] }))
    step(`${s.name}: tsc --strict, skipLibCheck false`, () =>
      run(process.execPath, [tsc, '-p', '.'], dir).trim(),
    )
    step(`${s.name}: node runs the probe`, () => {
      if (s.type === 'commonjs') writeFileSync(join(dir, 'out/package.json'), '{"type":"commonjs"}')
      return run(process.execPath, ['out/probe.js'], dir).trim()
    })
  }

  // 4. The command line as installed, with an example of its help.
  step('installed bhxh command', () => {
    const bin = join(work, 'node_modules/.bin/bhxh')
    const version = run(bin, ['--version'], work).trim()
    const parsed = JSON.parse(run(bin, ['parse', 'gần 1.076.000 người', '--json'], work))
    if (parsed.value !== '1076000' || parsed.qualifier !== 'nearly') throw new Error(JSON.stringify(parsed))
    return `bhxh ${version}; parse → ${parsed.value} (${parsed.qualifier})`
  })
} finally {
  rmSync(work, { recursive: true, force: true })
}

if (failures.length) {
  console.log(`\n${failures.length} consumer check(s) failed: ${failures.join('; ')}`)
  process.exit(1)
}
console.log('\nconsumer checks passed')
