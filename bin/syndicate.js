#!/usr/bin/env node
// Launcher of the `syndicate` CLI: loads it as compiled JavaScript (built on `npm ci` and
// whenever its sources change; see cli-loader.js), or through tsx when it cannot be compiled,
// then runs it with this process's arguments and streams.
import { loadCli } from './cli-loader.js';

const { main } = await loadCli();
process.exitCode = await main(process.argv.slice(2), process);
