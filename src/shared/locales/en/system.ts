/** The `system` namespace (en). Keys must match the other language's file. */
export const system = {
  listSeparator: ', ',
  cancelled: 'Stopped before this check finished.',
  bits: { '64': '64-bit', '32': '32-bit' },
  family: {
    windows: 'Windows',
    macos: 'macOS',
    ubuntu: 'Ubuntu',
    rhel: 'Red Hat Enterprise Linux',
    centos: 'CentOS',
    debian: 'Debian',
    mint: 'Linux Mint',
  },
  os: {
    ok: '{{name}} ({{bits}}) is supported.',
    outOfSupport: '{{name}} ({{bits}}) works with Zoho Assist, but its maker no longer updates it.',
    outOfSupportFix:
      'You can use it for this session. For security, plan an upgrade to {{family}} {{warnBelow}} or later.',
    unsupported: '{{name}} is too old: Zoho Assist needs {{family}} {{min}} or later.',
    unsupportedFix: 'Update to {{family}} {{min}} or later, or join the session from another PC.',
    unknown: '{{name}} is not one of the systems Zoho Assist supports.',
    unknownFix: 'Join the session from a PC with {{families}}.',
    derivative:
      "{{name}} is based on {{base}}, but is not itself on Zoho Assist's list, so its version cannot be checked.",
    derivativeFix:
      'It usually works. If the session does not start, join from a PC with {{families}}.',
    notDetermined: 'The OS of this PC could not be identified ({{reason}}).',
    notDeterminedFix: 'Check the OS version yourself against the system requirements.',
  },
  browser: {
    ok: '{{name}} {{version}} is installed.',
    outdated: '{{name}} {{version}} is old: {{min}} or later is needed.',
    outdatedFix: 'Update {{name}} (in its menu: Help → About), or use another supported browser.',
    versionUnknown: '{{name}} is installed, but its version could not be read.',
    versionUnknownFix: 'Make sure {{name}} is up to date.',
    missing: 'None of the browsers Zoho Assist supports is installed.',
    missingFix: 'Install one of these and keep it up to date: {{list}}.',
    notDetermined: 'The installed browsers could not be listed ({{reason}}).',
    notDeterminedFix: 'Make sure one of these is installed and up to date: {{list}}.',
  },
  display: {
    okOne: 'One display: {{main}}. This screen will be shared.',
    okMany: '{{count}} displays. The main display ({{main}}) will be shared first.',
    none: 'No display was found. On a virtual machine or a PC without a screen, the support engineer would see nothing.',
    noneFix: 'Join the session from a PC with a screen, or start a desktop session before joining.',
    notDetermined: 'The displays could not be read ({{reason}}).',
    notDeterminedFix: 'Make sure the screen you want to show is on when the session starts.',
    size: '{{width}}×{{height}}',
    scale: '{{size}} at {{percent}}%',
  },
  disk: {
    ok: '{{freeMb}} MB free in {{path}} (Zoho Assist needs {{needMb}} MB).',
    low: 'Only {{freeMb}} MB free in {{path}}: Zoho Assist needs {{needMb}} MB to install.',
    lowFix:
      'Free some space (empty the Recycle Bin, remove files you do not need), then try again.',
    notDetermined: 'The free space in {{path}} could not be read ({{reason}}).',
    notDeterminedFix: 'Make sure about {{needMb}} MB are free on the system drive.',
  },
  security: {
    ok: 'Security software: {{products}}. Nothing here is expected to block Zoho Assist.',
    thirdParty: 'Security software {{products}} is active and may block Zoho Assist.',
    thirdPartyFix:
      'If the session does not start, ask your IT department to allow Zoho Assist in {{products}} (its programs and the ZohoMeeting folder).',
    none: 'No antivirus product is registered with Windows Security.',
    noneFix:
      'This does not stop the session. Ask your IT department if the PC should have antivirus protection.',
    server: 'Windows Server has no Security Center; Microsoft Defender: {{defender}}.',
    macFirewall: 'The macOS firewall is {{state}}.',
    macFirewallBlockAll: 'The macOS firewall blocks all incoming connections.',
    macFirewallBlockAllFix:
      'Zoho Assist connects outward, so this usually does not matter. If the session fails, turn off "Block all incoming connections" in System Settings → Network → Firewall → Options.',
    notDetermined: 'The security software could not be read ({{reason}}).',
    notDeterminedFix:
      'If the session does not start, check whether antivirus software blocks Zoho Assist.',
    defenderOn: 'on',
    defenderOff: 'off',
    defenderPassive: 'passive ({{mode}})',
    tamperOn: 'Tamper Protection on',
    firewallOn: 'on',
    firewallOff: 'off',
  },
  agent: {
    none: 'No other remote-support program is running.',
    found: 'Other remote-support programs are running: {{names}}.',
    foundFix:
      'Close them before the session, so they do not capture the screen or the keyboard at the same time.',
    notDetermined: 'The running programs could not be listed ({{reason}}).',
    notDeterminedFix:
      'Close other remote-support programs (TeamViewer, AnyDesk…) before the session.',
  },
  permission: {
    needed:
      'On macOS, Zoho Assist will ask for two permissions: Screen Recording (to show your screen) and Accessibility (so the engineer can use the mouse and keyboard).',
    neededFix:
      'When asked, open System Settings → Privacy & Security, turn on Zoho Assist under Screen Recording and under Accessibility, then reopen Zoho Assist.',
  },
  proxy: {
    pacFetchFailed: 'The proxy setup script {{url}} could not be loaded.',
    pacRunFailed: 'The proxy setup script {{url}} could not be run.',
    wpadRunFailed:
      'The proxy setup script {{url}}, found by "Automatically detect settings", could not be run.',
    wpadNotFound:
      '"Automatically detect settings" is on, but no proxy setup script (WPAD) was found on this network, so the checks connect as if it were off.',
  },
} as const;
