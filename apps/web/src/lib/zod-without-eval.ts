import { z } from 'zod';

// The server's CSP forbids eval. Zod probes for it when it makes its first schema, a CSP violation on every page
// load, unless told not to before then: main.tsx imports this module first.
z.config({ jitless: true });
