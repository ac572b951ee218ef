/** The `cli` namespace (en). Keys must match the other language's file. */
export const cli = {
  usageTitle: 'Usage:',
  usageFooter:
    'Exit codes: 0 ready or done, 1 not ready or a finding, 2 bad usage or bad input. Add --help after a command for its options.',
  unknownCommand: 'there is no command "{{name}}".',
  badLang: '--lang must be ja or en, not "{{value}}".',
  badOnly: '--only must be system, network or bandwidth, not "{{value}}".',
  badTimeout:
    '--timeout-ms must be a whole number of milliseconds between 100 and 120000, not "{{value}}".',
  badIdle: '--idle must be a whole number of seconds between 1 and 600, not "{{value}}".',
  badProxyUrl:
    '--proxy must be a URL such as http://proxy.example:8080 (http://user:pass@host:port for a proxy that asks for a password).',
  badProxyScheme:
    '--proxy must be an http:// proxy URL (the CONNECT method is spoken in plain HTTP); "{{scheme}}" is not supported.',
  proxyNoHost: '--proxy needs a host name, e.g. http://proxy.example:8080.',
  caUnreadable:
    'Cannot read the --ca file {{file}} ({{why}}). Give a PEM file with the certificates to trust.',
  caNoSuchFile: 'no such file',
  caNoPem:
    'The --ca file {{file}} holds no PEM certificate ("-----BEGIN CERTIFICATE-----"). Export the corporate root as PEM (Base-64) and try again.',
  caBroken:
    'The --ca file {{file}} holds a certificate that cannot be read (certificate {{index}} of {{count}}). Export the corporate root again as PEM (Base-64) and try again.',
  parse: {
    unknownOption: "Unknown option '{{option}}'",
    unknownOptionPositional:
      "Unknown option '{{option}}'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"{{option}}\"",
    missingValue: "Option '{{option}} <value>' argument missing",
    takesNoValue: "Option '{{option}}' does not take an argument",
    unexpectedArgument:
      "Unexpected argument '{{value}}'. This command does not take positional arguments",
  },
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
  offline: 'Not ready: this PC is not connected to a network, so nothing else could be checked.',
  oneCause: 'Not ready: one cause for every required address ({{count}}): {{cause}}.',
  oneCauseHosts: 'Addresses: {{hosts}}',
  badJoin: '--join: {{reason}}',
  badPublicRoots:
    'SESSION_PREP_PUBLIC_ROOTS names {{file}}, which {{why}}. Give a PEM file of the certificates that stand in for the public roots, or unset the variable.',
  publicRootsUnreadable: 'cannot be read',
  publicRootsNoPem: 'holds no PEM certificate',
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
  progressIdle:
    'Checking… {{done}}/{{total}} done, {{failed}} failed  connections held idle: {{held}} of {{of}} s',
  /** After the verdict on the summary's last line (issue 15). */
  nextStep: {
    join: 'Next: join the session from the invitation your support engineer sends.',
    connect: 'Next: connect this PC to the network, then run session-prep check again.',
    askIt: 'Next: send the request to IT — session-prep allowlist --format text',
    fixHere: 'Next: do what the fixes above say on this PC, then run session-prep check again.',
    checkAgain: 'Next: run session-prep check again.',
  },
} as const;
