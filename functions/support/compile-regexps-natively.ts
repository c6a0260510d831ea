/**
 * Injected at the start of every Lambda bundle (`inject` in `lambdaBuildOptions()`): V8 compiles
 * the bundle's regular expressions straight to machine code, which halves an instance's first
 * extraction (see `shared/extract/regexp-compilation.ts`).
 */
import { compileRegExpsNatively } from '../../shared/extract/regexp-compilation.ts';

compileRegExpsNatively();
