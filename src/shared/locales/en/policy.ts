/** The `policy` namespace (en): the catalog policy's refusals and `session-prep catalog check`. Keys must match ja. */
export const policy = {
  refused:
    'The catalog {{source}} is refused: it asks Session Prep to act on things that are not the agent’s.\n{{lines}}\nFix these entries (session-prep catalog check FILE lists them), or run without --catalog to use the built-in one.',
  more: '  …and {{count}} more',
  entry: '{{path}} {{entry}}: {{why}}',
  why: {
    exeNotPlain:
      'not a plain program file name. Name the agent’s program only (e.g. ZohoMeeting.exe), without a folder, drive or variable.',
    wildcard: 'has a wildcard (* ? [ ] { }). Name each program and folder exactly.',
    exeProtected:
      'is a shell, a script host or a program of the OS, which an agent never is. An allow rule or an antivirus exclusion for it would let anything through.',
    empty: 'is empty. Remove it, or write the name.',
    nameProtected:
      'is one of the OS’s own {{category}} components, which Session Prep never stops, removes or changes.',
    domainTooWide:
      'covers a whole top-level domain or public suffix (such as *.com or *.co.jp). Name the vendor’s own domain, e.g. *.zoho.com.',
    badId: 'is not a catalog id: letters, digits, “.”, “_” and “-” only, at most 64.',
    tooMany: 'has more than {{max}} entries.',
  },
  pattern: {
    winService:
      'is not a Windows service name: letters, digits, spaces and . _ - ( ) +, at most 80, without \\ or /.',
    launchdLabel:
      'is not a launchd label: reverse-DNS such as com.vendor.agent (letters, digits, dots and hyphens), never a path.',
    linuxUnit: 'is not a systemd unit name ending in .service, .socket or .timer.',
    linuxPackage: 'is not a Debian package name: lowercase letters, digits, + . -, at least two.',
    urlScheme: 'is not a URL scheme: a letter, then letters, digits, + . -.',
    uninstallEntry:
      'is not an uninstall entry name: letters, digits, spaces and . _ - ( ) { } +, without a backslash.',
  },
  folder: {
    wildcard: 'has a wildcard (* ? [ ] { }). Name the agent’s folder exactly.',
    syntax:
      'is not a folder path Session Prep can read. Write %VARIABLE%/Folder on Windows and ~/Folder or /full/path on macOS and Linux, without control characters, “.”, “..” or empty parts.',
    tooLong: 'is longer than 240 characters.',
    driveLetter:
      'names a drive directly. Write it with a variable such as %PROGRAMFILES% or %LOCALAPPDATA%, so it is right on every PC.',
    unknownVariable:
      'uses {{variable}}. Use one of %LOCALAPPDATA%, %APPDATA%, %PROGRAMFILES%, %PROGRAMFILES(X86)%, %PROGRAMW6432% or %USERPROFILE%.',
    profile: 'is the whole user profile. Name the agent’s own folder inside it.',
    personal:
      'is (or lies in) a folder of the person’s own files or keys, such as Desktop, Documents, Downloads or .ssh, which is never an agent’s.',
    temp: 'is (or lies in) the Temp folder, which holds every program’s files.',
    appRoot:
      'is the root of AppData, Library, Application Support or a similar folder that holds every application’s data. Name the agent’s own folder inside it.',
    programRoot: 'is the root of a program folder. Name the agent’s own folder inside it.',
    system:
      'is a folder of the OS or its package manager, or lies outside the places an agent installs to.',
    protected: 'is named after one of the OS’s own {{category}} components.',
  },
  category: {
    security: 'security',
    logging: 'logging',
    update: 'update',
    remote: 'remote access',
    packages: 'package management',
    system: 'core system',
    shell: 'shell',
  },
  check: {
    title: 'Catalog {{name}} ({{source}})',
    acceptable: 'Acceptable: every command would use this catalog.',
    refusedTitle_one:
      'Refused: {{count}} entry is not acceptable, so every command refuses this catalog:',
    refusedTitle_other:
      'Refused: {{count}} entries are not acceptable, so every command refuses this catalog:',
    effectsTitle: 'What it would make Session Prep do:',
    os: {
      win32: 'Windows',
      darwin: 'macOS',
      linux: 'Linux',
      any: 'Every OS',
    },
    none: '(nothing)',
    usage: 'say what to do: session-prep catalog check FILE [--json]',
    unknownVerb: 'there is no catalog command "{{verb}}"; the one there is: check FILE.',
  },
  effect: {
    connect: 'Connects to these hosts and ports (DNS, TCP, TLS, WebSocket, HTTP):',
    download: 'Downloads this file to measure the bandwidth:',
    allowlist: 'Tells IT to allow (the PAC file answers DIRECT for these):',
    firewall:
      'With consent, as administrator: outbound allow rules in Windows Defender Firewall for these programs:',
    defender:
      'With consent, as administrator: Microsoft Defender exclusions for these folders (and the programs above):',
    macFirewall:
      'With consent, as administrator: allow in the application firewall the agent’s apps found in:',
    linuxFirewall:
      'With consent, as administrator: allow outgoing TCP to these ports where nftables, ufw or firewalld blocks them:',
    stopProcesses:
      'Cleanup: stops running programs whose executable lies in these folders (of this user, unless elevated):',
    trashFolders: 'Cleanup: moves these folders to the trash:',
    services: 'Cleanup, as administrator: stops and deletes these services:',
    uninstall:
      'Cleanup: runs the uninstaller of these entries (only one inside the agent’s folders):',
    urlHandlers: 'Cleanup: deletes these URL handlers:',
    launchd: 'Cleanup: unloads and trashes these per-user launchd jobs:',
    units: 'Cleanup, as administrator: disables and stops these systemd units:',
    packages: 'Cleanup, as administrator: removes these packages:',
  },
} as const;
