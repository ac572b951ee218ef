/** The `fixes` namespace (en). Keys must match the other language's file. */
export const fixes = {
  change: {
    windowsFirewall: {
      title: 'Allow the agent’s programs through Windows Defender Firewall (outgoing)',
      description:
        'Adds {{count}} outgoing allow rules, one for each of the agent’s programs, in the rule group “{{group}}”, so they can be listed and removed together.',
    },
    windowsDefender: {
      title: 'Exclude the agent’s folders and programs from Microsoft Defender scans',
      description:
        'Adds the folders {{folders}} and the {{count}} programs in them to Microsoft Defender’s exclusions.',
    },
    macosFirewall: {
      title: 'Allow the agent’s app in the macOS firewall',
      description: 'Adds {{apps}} to the application firewall and allows its incoming connections.',
    },
    linuxNft: {
      title:
        'Let outgoing connections to port {{ports}} through the firewall rule that blocks them',
      description:
        'The nftables chain {{family}} {{table}} {{chain}} blocks outgoing connections to port {{ports}}. One allow rule is added in that chain, ahead of the block, marked “{{comment}}”; undo removes exactly that rule.',
    },
    linuxUfw: {
      title: 'Allow outgoing connections to port {{ports}} in ufw',
      description:
        'ufw blocks outgoing connections by default. One ufw rule per port is added (comment “session-prep”); undo deletes them.',
    },
    linuxFirewalldPolicy: {
      title:
        'Allow outgoing connections to port {{ports}} in the firewalld policy that blocks them',
      description:
        'The firewalld policy “{{policy}}” drops connections from this PC to port {{ports}}. One rich rule per port is added to that policy with firewall-cmd, for the running firewall only (not --permanent): a firewalld reload or a restart of the PC removes it, so it cannot stay by accident. Undo removes exactly those rules.',
    },
    linuxFirewalldDirect: {
      title:
        'Allow outgoing connections to port {{ports}} ahead of firewalld’s direct rule that blocks them',
      description:
        'A firewalld direct rule in the {{ipv}} OUTPUT chain blocks connections to port {{ports}}. One allow rule per port is added at priority {{priority}}, ahead of the block, for the running firewall only (not --permanent): a firewalld reload or a restart of the PC removes it. Undo removes exactly those rules.',
    },
    linuxUnreadable: {
      title: 'Check the firewall rules',
      description:
        'Session Prep could not read this PC’s nftables rules, so it cannot tell whether they block the vendor’s ports.',
    },
  },
  reason: {
    badPaths:
      'The catalog names folders Session Prep will not touch, so nothing is changed: {{list}} Ask your support contact for a corrected catalog.',
    otherAntivirus:
      '{{products}} protects this PC instead of Microsoft Defender. The exclusions must be added in that product: send the IT request to your IT department.',
    defenderInactive:
      'Microsoft Defender is not the active antivirus here (mode: {{mode}}). The exclusions must be added in the antivirus that is: send the IT request to your IT department.',
    defenderPolicy:
      'Your organisation manages Microsoft Defender’s exclusions by policy, so a local exclusion would be ignored. Send the IT request to your IT department.',
    tamperProtection:
      'Tamper Protection is on, so Microsoft Defender refuses exclusions that do not come from your organisation’s management. Send the IT request to your IT department.',
    blockAllIncoming:
      'The firewall is set to block all incoming connections, which overrides any app entry. Turn that setting off in System Settings, or ask your IT department.',
    appNotInstalled:
      'The agent’s app is not installed yet. Run Fixes again after the session’s app has been downloaded.',
    nftUnreadable:
      'Reading the firewall rules needs administrator rights ({{why}}). Run “sudo session-prep fixes”, or ask your IT department.',
  },
  pathRefusal: {
    unknown_variable: '“{{path}}” uses an environment variable this PC does not have.',
    dot_segments: '“{{path}}” contains “..”.',
    not_absolute: '“{{path}}” is not a full path.',
    outside_allowed: '“{{path}}” is outside your user folder and the program folders.',
  },
  apply: {
    done: 'Applied: {{title}}.',
    failed: 'Could not apply {{title}}: {{error}}. What was done of it has been undone.',
    failedKept:
      'Could not apply {{title}}: {{error}}. It could not be undone automatically either; “Undo everything” will try again.',
    notPossible: '{{title}} cannot be applied here: {{reason}}',
    unknown:
      'There is no change “{{id}}” in the current plan. Show the plan again and choose from it.',
    declined: 'Not applied: {{title}}. The permission prompt was declined, so nothing was changed.',
    unconfirmed:
      'Could not confirm whether {{title}} was applied ({{error}}). It stays recorded, so “Undo everything” can revert whatever was done.',
  },
  allowlist: {
    heading: '# What IT must allow for {{product}} (generated by Session Prep)',
    none: '(none)',
    domains: 'Domains (TCP and WebSocket, in the firewall and the proxy)',
    ports: 'Ports',
    portWebSocket: '{{port}}/tcp ({{protocol}}, WebSocket must pass)',
    portTcp: '{{port}}/tcp ({{protocol}})',
    hostsTested: 'Hosts tested on {{at}}, with their verdicts',
    hostsUntested: 'Hosts to test (no run yet)',
    optional: 'optional',
    sslInspection: 'Exclude from SSL inspection',
    interceptedBy: '{{host}} — intercepted by: {{issuer}}',
    interceptor:
      '{{product}} decrypts these connections: exempt the domains above from its SSL inspection',
    interceptorOnPc:
      '{{product}} on the PC decrypts these connections (HTTPS scanning): exempt the domains above',
    interceptorAsk: 'What to set: {{bypass}}, for every {{product}} domain listed above.',
    interceptorHosts: 'Seen decrypting: {{hosts}}',
    interceptorWhy:
      'Why: the remote-support app keeps a long-lived encrypted WebSocket connection, which SSL inspection breaks.',
    executables: 'Programs to allow (firewall and antivirus)',
    signedBy: '{{name}} — signed by {{signer}}',
    pcChanges: 'Changes this PC could not make itself (please make them centrally)',
    folders: 'Folders to exclude (antivirus)',
    pacFallbackUnknown:
      'A PAC file must say where every other site goes, and Session Prep does not know what this PC uses today: run “session-prep check” first (the PAC then keeps this PC’s proxy), or say it with --pac-fallback, e.g. --pac-fallback "PROXY proxy.example.com:8080" (or DIRECT if this network has no proxy).',
  },
  cli: {
    badFormat: '--format must be text, json, pac or squid, not "{{value}}".',
    badPacFallback:
      '--pac-fallback must be a PAC answer such as DIRECT or "PROXY proxy.example.com:8080; DIRECT", not "{{value}}".',
    planTitle: 'Changes this PC needs for {{product}}:',
    nothingNeeded: 'This PC needs no change.',
    state: { needed: 'to do', applied: 'applied', not_possible: 'for IT' },
    command: 'command',
    undoCommand: 'undo',
    why: 'why',
    journalTitle: 'Changed by Session Prep (undo with “session-prep undo”):',
    hintApply:
      'To make these changes, run “session-prep fixes --apply”. Each one is recorded and can be undone with “session-prep undo”.',
    confirmApply: 'Make these {{count}} changes now? An administrator prompt may appear. [y/N] ',
    confirmUndo: 'Undo these {{count}} changes now? [y/N] ',
    needYes: 'Nothing was changed: without a terminal to ask in, add --yes to agree.',
    declined: 'Nothing was changed.',
    nothingToApply:
      'There is nothing this PC can change by itself; send the IT request (“session-prep allowlist”) to your IT department.',
    nothingToUndo: 'The journal is empty: Session Prep has nothing to undo.',
    recheck: 'Checks before → after:',
  },
  step: {
    intro:
      'Session Prep can change this PC’s own firewall and antivirus settings so the remote session can connect. You see every change, and the exact command, before anything happens; everything can be undone.',
    plan: 'Show what needs changing',
    again: 'Check again',
    planning: 'Looking at this PC’s firewall and antivirus…',
    applying: 'Applying the changes… Approve the administrator prompt if one appears.',
    undoing: 'Undoing everything Session Prep changed…',
    nothing: 'This PC needs no change.',
    changesTitle: 'Changes for this PC',
    state: { needed: 'To do', applied: 'Applied', not_possible: 'For IT' },
    needsAdmin: 'Needs administrator approval.',
    showCommand: 'Show the exact command',
    commandLabel: 'Command',
    scriptLabel: 'Script inside the command',
    undoLabel: 'How it is undone',
    choose: 'Make this change',
    consent: 'I agree that Session Prep makes the selected changes on this PC.',
    apply: 'Make the selected changes',
    outcomesTitle: 'What happened',
    recheckTitle: 'Checks before and after',
    recheckHost: 'Check',
    before: 'Before',
    after: 'After',
    journalTitle: 'Changed by Session Prep',
    journalEmpty: 'Session Prep has not changed anything on this PC.',
    undoAll: 'Undo everything',
    undoConfirm: 'Undo every change listed above now?',
    undoCommandsIntro: 'These commands will run, as administrator where needed:',
    undoYes: 'Yes, undo everything',
    undoNo: 'Cancel',
    itTitle: 'For your IT department',
    itIntro:
      'What only IT can change (the company firewall, the proxy, SSL inspection, managed antivirus): copy the list into an email or ticket, or download a file for their proxy.',
    copy: 'Copy the list for IT',
    copied: 'Copied. Paste it into an email or a ticket for your IT department.',
    copyFailed: 'Copying did not work here. Select the text below and copy it.',
    showList: 'Show the list',
    downloadPac: 'Download a PAC file',
    pacTitle: 'In the PAC file, every site other than the vendor’s goes:',
    pacToday: 'where it goes today, through this PC’s proxy ({{answer}})',
    pacDirect: 'direct, without a proxy (only if this network has none)',
    pacCustom: 'through another proxy',
    pacCustomLabel: 'PAC answer:',
    pacChooseFirst:
      'Choose where every other site goes before downloading the PAC file: a PAC that sends everything direct would route the whole company around its proxy.',
    downloadSquid: 'Download a Squid configuration fragment',
    downloadJson: 'Download as JSON',
  },
  undo: {
    legacyNotRun:
      'Not undone: {{title}}. Its journal entry is in an older form whose commands Session Prep cannot prove are its own, so it runs none of them. Undo it by hand, or ask your IT department.',
    invalidNotRun:
      'Not undone: {{title}}. Its journal entry does not validate ({{why}}), so nothing of it is run. It may have been changed by someone else; ask your IT department.',
    done: 'Undone: {{title}}.',
    interrupted:
      'Undone: {{title}} (it had been interrupted before it was made, so there was little or nothing to revert).',
    failed:
      'Could not undo {{title}}: {{error}}. Try again; if it keeps failing, send this message to your IT department.',
    declined:
      'Not undone: {{title}}. The permission prompt was declined, so it is still in place; “Undo everything” will ask again.',
  },
  /** The request for IT as plain text for an e-mail (issue 15): sentences, no Markdown, no codes. */
  itRequest: {
    title: 'Request to the IT department: please let this PC connect to {{product}}',
    intro:
      'Session Prep checked whether this PC can take part in a {{product}} remote session. Below: what stops the connection, and what to allow.',
    checkedAt: 'Checked on {{at}} with {{tool}} {{version}}.',
    notChecked:
      'This PC has not been checked yet: the list below is what {{product}} needs on any network.',
    ready: 'Result: this PC can connect to {{product}}. The list below is for your records.',
    notReady: 'Result: this PC cannot connect to {{product}} yet.',
    offline:
      'Result: this PC is not connected to a network, so nothing beyond it could be checked.',
    pcTitle: 'This PC',
    pcName: 'Name: {{value}}',
    pcAddresses: 'Addresses: {{value}}',
    pcDns: 'DNS servers: {{value}}',
    pcProxy: 'Proxy: {{value}}',
    pcRedacted: 'The customer chose to leave out this PC’s name, addresses and proxy.',
    none: 'none found',
    direct: 'none (direct connection)',
    proxyFrom: '{{url}} ({{source}})',
    proxySource: {
      flag: 'given to Session Prep',
      env: 'from the environment',
      system: 'from the system settings',
      pac: 'chosen by the automatic setup script (PAC)',
      chromium: 'from the browser',
      none: 'none',
    },
    causesTitle: 'What stops the connection, by cause',
    cause: '{{n}}. {{cause}}',
    affected_one: 'Address: {{hosts}}',
    affected_other: 'Addresses ({{count}}): {{hosts}}',
    fix: 'What to do: {{fix}}',
    notRun_one: 'Because of this, {{count}} further check on these addresses could not run.',
    notRun_other: 'Because of this, {{count}} further checks on these addresses could not run.',
    noCause: 'No connection problem was found.',
    allowTitle: 'What to allow',
    domains: 'Domains (TCP and WebSocket, in the firewall and the proxy):',
    domainsSeen: 'Further domains seen in use (not in {{product}}’s own documentation):',
    ports: 'Ports:',
    hosts: 'Addresses this PC connects to:',
    host: '{{host}} (TCP {{ports}}): {{where}}',
    hostOptional: '{{host}} (TCP {{ports}}): {{where}}; optional',
    everyDc: 'used by every data centre',
    oneDc: 'the {{region}} data centre',
    otherDcs:
      'The domains above also cover the other data centres ({{regions}}); their addresses are needed only for sessions held there.',
    ssl: 'Please exclude the domains above from SSL inspection.',
    sslSeen: '{{host}} was decrypted by a device whose certificate is issued by: {{issuer}}',
    programs: 'Programs to allow (firewall and antivirus):',
    signed: '{{name}}, signed by {{signer}}',
    folders: 'Folders to exclude (antivirus):',
    folder: '{{path}} ({{os}})',
    os: { win32: 'Windows', darwin: 'macOS', linux: 'Linux' },
    pcChanges: 'Changes this PC could not make itself (please make them centrally):',
    thanks: 'Thank you for your help.',
  },
} as const;
