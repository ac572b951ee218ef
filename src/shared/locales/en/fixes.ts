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
      description: 'Adds the folders {{folders}} and the {{count}} programs in them to Microsoft Defender’s exclusions.',
    },
    macosFirewall: {
      title: 'Allow the agent’s app in the macOS firewall',
      description: 'Adds {{apps}} to the application firewall and allows its incoming connections.',
    },
    linuxNft: {
      title: 'Let outgoing connections to port {{ports}} through the firewall rule that blocks them',
      description:
        'The nftables chain {{family}} {{table}} {{chain}} blocks outgoing connections to port {{ports}}. One allow rule is added in that chain, ahead of the block, marked “{{comment}}”; undo removes exactly that rule.',
    },
    linuxUfw: {
      title: 'Allow outgoing connections to port {{ports}} in ufw',
      description: 'ufw blocks outgoing connections by default. One ufw rule per port is added (comment “session-prep”); undo deletes them.',
    },
    linuxUnreadable: {
      title: 'Check the firewall rules',
      description: 'Session Prep could not read this PC’s nftables rules, so it cannot tell whether they block the vendor’s ports.',
    },
  },
  reason: {
    badPaths: 'The catalog names folders Session Prep will not touch, so nothing is changed: {{list}} Ask your support contact for a corrected catalog.',
    otherAntivirus: '{{products}} protects this PC instead of Microsoft Defender. The exclusions must be added in that product: send the IT request to your IT department.',
    defenderInactive: 'Microsoft Defender is not the active antivirus here (mode: {{mode}}). The exclusions must be added in the antivirus that is: send the IT request to your IT department.',
    defenderPolicy: 'Your organisation manages Microsoft Defender’s exclusions by policy, so a local exclusion would be ignored. Send the IT request to your IT department.',
    tamperProtection: 'Tamper Protection is on, so Microsoft Defender refuses exclusions that do not come from your organisation’s management. Send the IT request to your IT department.',
    blockAllIncoming: 'The firewall is set to block all incoming connections, which overrides any app entry. Turn that setting off in System Settings, or ask your IT department.',
    appNotInstalled: 'The agent’s app is not installed yet. Run Fixes again after the session’s app has been downloaded.',
    nftUnreadable: 'Reading the firewall rules needs administrator rights ({{why}}). Run “sudo session-prep fixes”, or ask your IT department.',
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
    failedKept: 'Could not apply {{title}}: {{error}}. It could not be undone automatically either; “Undo everything” will try again.',
    notPossible: '{{title}} cannot be applied here: {{reason}}',
    unknown: 'There is no change “{{id}}” in the current plan. Show the plan again and choose from it.',
    declined: 'The administrator prompt was cancelled, so nothing was changed for {{title}}.',
  },
  undo: {
    done: 'Undone: {{title}}.',
    interrupted: 'Undone: {{title}} (it had been interrupted before it was made, so there was little or nothing to revert).',
    failed: 'Could not undo {{title}}: {{error}}. Try again; if it keeps failing, send this message to your IT department.',
  },
} as const;
