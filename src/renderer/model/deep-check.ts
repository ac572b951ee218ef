/**
 * The wizard's deep check (issue 17): how long each connection is held silent. 300 s covers the idle
 * timeouts that cut real sessions while the customer reads: Cloudflare Gateway cuts at 270 s, nginx at
 * 60 s by default, and most corporate firewalls and proxies between 60 and 300 s. Longer would find
 * little more and cost the customer more minutes; `check --idle` takes up to 600 s for IT.
 */
export const DEEP_CHECK_SECONDS = 300;

/** The deep check's length in whole minutes, as the wizard states it. */
export const deepCheckMinutes = (seconds: number = DEEP_CHECK_SECONDS) => Math.ceil(seconds / 60);
