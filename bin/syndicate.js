#!/usr/bin/env node
// Launcher of the `syndicate` CLI: has V8 compile regular expressions straight to machine code
// before anything else runs one (shared/extract/regexp-compilation.js: a flag changed after a
// pattern ran can crash the process), then loads the CLI as compiled JavaScript (built on
// `npm ci` and whenever its sources change; see cli-loader.js), or through tsx when it cannot be
// compiled, and runs it with this process's arguments and streams.
import { compileRegExpsNatively } from '../shared/extract/regexp-compilation.js';
import { loadCli } from './cli-loader.js';

compileRegExpsNatively();
const { main } = await loadCli();
process.exitCode = await main(process.argv.slice(2), process);
