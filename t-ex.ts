import { run } from './src/cli/run'
const texts = process.argv.slice(2)
for (const t of texts) {
  let out = ''
  const code = await run(['check', '-', '--date', '2021-12-31'], { stdin: () => [Buffer.from(t)], stdout: (s) => { out += s }, stderr: (s) => { out += s }, isTTY: false, env: {} })
  console.log(code, out)
}
