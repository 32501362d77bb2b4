import { z } from 'zod';

/**
 * zod 4 compiles object parsers with `new Function` when it can, and finds out whether it can by trying
 * `Function("")` on first use. Under our CSP (no 'unsafe-eval') that try is a CSP violation in every browser
 * console. jitless skips the attempt; the interpreted parsers are what would run anyway, as eval is refused.
 * Imported first by the root layout's client provider, so it is set before any browser-side schema is used.
 */
z.config({ jitless: true });
