/** `verdicts:bandwidth`: why a speed could not be measured (the `unmeasured` message's {{reason}}). Keys match ja. */
export const bandwidthVerdicts = {
  reason: {
    pac: 'the proxy script (PAC) could not be used',
    proxy: 'the proxy did not open a connection to {{host}}: {{status}}',
    connect: 'the download from {{host}} failed',
    http: '{{host}} answered HTTP {{status}} instead of the file',
    timeout: '{{host}} did not answer within {{seconds}} s',
    tooLittle: 'too little data arrived from {{host}}: {{bytes}} bytes in {{seconds}} s',
  },
} as const;
