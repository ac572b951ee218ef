import { z } from 'zod';

// The CSP has no 'unsafe-eval': zod's JIT probe would still trip a securitypolicyviolation, so parse without it.
z.config({ jitless: true });
