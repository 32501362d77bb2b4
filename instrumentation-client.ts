import { z } from 'zod';

// Next runs this file in the browser before any page module is evaluated. Zod 4 probes for eval (`new Function('')`)
// when the first object schema is built, to compile a faster parser; under our CSP (no 'unsafe-eval') the probe is
// refused and the browser reports a CSP violation even though zod catches the error. jitless skips the probe, and
// must be set before any schema module is evaluated, which is why it lives here and not beside a schema.
z.config({ jitless: true });
