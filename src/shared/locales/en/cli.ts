/** The `cli` namespace (en). Keys must match the other language's file. */
export const cli = {
  usageTitle: 'Usage:',
  usageFooter:
    'Exit codes: 0 ready or done, 1 not ready or a finding, 2 bad usage or bad input. Add --help after a command for its options.',
  unknownCommand: 'there is no command "{{name}}".',
  badLang: '--lang must be ja or en, not "{{value}}".',
  badOnly: '--only must be system, network or bandwidth, not "{{value}}".',
  badReportExtension: 'the report file {{file}} must end in .json or .html.',
  internalError:
    'something went wrong inside Session Prep. Run it again; if it happens again, set SESSION_PREP_DEBUG=1 and send the output to your support contact.',
  progress: 'Checking… {{done}}/{{total}} done, {{failed}} failed  {{current}}',
  summaryTitle: 'Session Prep — readiness for {{name}}',
  proxyLine: 'Connection: {{proxy}} (from {{source}})',
  directLine: 'Connection: direct, no proxy is configured.',
  proxySource: {
    flag: '--proxy',
    env: 'the HTTPS_PROXY/HTTP_PROXY variables',
    system: "this PC's proxy settings",
    pac: "this PC's proxy script (PAC)",
    chromium: "the browser engine's proxy settings",
  },
  direct: 'direct, no proxy',
  ready: 'This PC is ready for the remote session.',
  notReady_one: 'Not ready yet: {{count}} problem needs fixing.',
  notReady_other: 'Not ready yet: {{count}} problems need fixing.',
  cancelled: 'The run was cancelled: some checks did not finish.',
  problems: 'Problems',
  causeCount: ' ({{count}})',
  warnings: 'Worth a look',
  counts: '{{passed}} of {{total}} checks passed, {{skipped}} skipped, in {{seconds}} s.',
  webRunning:
    'Session Prep is running in your browser. Keep this window open while you use it; press Ctrl+C to stop.',
  webOpenYourself: 'Open the address above in your web browser (Chrome, Edge or Firefox).',
  webBadPort: '--port must be a whole number from 0 to 65535 (0: any free port), not "{{value}}".',
  electronMissing:
    'The desktop app cannot start here (no Electron binary is installed, or no display), so Session Prep opens in your web browser instead.',
} as const;
