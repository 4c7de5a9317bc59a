#!/usr/bin/env node
/**
 * The `bhxh` executable: runs the command line with the process's arguments, streams and
 * environment, and exits with its status.
 * @module
 */
import { nodeIo } from './io'
import { run } from './run'

// A closed pipe (`bhxh extract big.txt | head`) ends the program quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw e
})

run(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code
})
