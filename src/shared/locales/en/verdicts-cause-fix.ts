/**
 * `verdicts:causeFix`: a cause's fix for all of its hosts at once (issue 15), the verdict's own fix worded
 * with these phrases in place of its one host. Keys match ja.
 */
export const causeFixVerdicts = {
  hostsListed_one: '{{list}}',
  hostsListed_other: 'these {{count}} names ({{list}})',
  hostsAbove_one: '{{list}}',
  hostsAbove_other: 'the {{count}} names above',
  listSeparator: ', ',
  portSeparator: ' and ',
  /** Its own fix says `{{host}}:{{port}}`, which does not take a list. */
  tcp_reset:
    'Ask your IT department whether a firewall or intrusion filter cuts connections to {{host}} on port {{port}}.',
} as const;
