/**
 * Components of each OS that a catalog may never name: cleanup would stop, delete or uninstall them, and
 * fixes would exempt them from the firewall and the antivirus. Grouped by what they are, so a refusal can
 * say why ("security", "logging", …). Compared case-insensitively.
 *
 * These lists cannot be complete; they hold what an attacker reaches for first (issue 14: WinDefend,
 * EventLog, wuauserv, sudo, ssh, systemd, com.apple.*). The other rules (strict patterns, folders only in
 * the places an agent installs to) stand whether or not a name is here.
 */
export type ProtectedCategory =
  'security' | 'logging' | 'update' | 'remote' | 'packages' | 'system' | 'shell';

type Table = Readonly<Record<Exclude<ProtectedCategory, 'shell'>, readonly string[]>>;

const WINDOWS_SERVICES: Table = {
  security: [
    'WinDefend',
    'WdNisSvc',
    'WdNisDrv',
    'WdFilter',
    'WdBoot',
    'Sense',
    'MDCoreSvc',
    'SecurityHealthService',
    'wscsvc',
    'mpssvc',
    'mpsdrv',
    'BFE',
    'SgrmBroker',
    'SamSs',
    'KeyIso',
    'VaultSvc',
    'EFS',
    'AppIDSvc',
    'AppID',
    'CryptSvc',
    'Netlogon',
    'gpsvc',
    'MsMpSvc',
    'NisSrv',
    'Sysmon',
    'Sysmon64',
    'webthreatdefsvc',
    'webthreatdefusersvc',
    'seclogon',
  ],
  logging: ['EventLog', 'EventSystem', 'Wecsvc', 'WdiServiceHost', 'WdiSystemHost', 'WerSvc'],
  update: [
    'wuauserv',
    'UsoSvc',
    'WaaSMedicSvc',
    'BITS',
    'TrustedInstaller',
    'DoSvc',
    'InstallService',
    'msiserver',
    'AppXSvc',
    'ClipSVC',
  ],
  remote: [
    'TermService',
    'SessionEnv',
    'UmRdpService',
    'RemoteRegistry',
    'WinRM',
    'sshd',
    'ssh-agent',
    'RasMan',
    'RemoteAccess',
  ],
  packages: ['msiserver', 'AppXSvc', 'InstallService'],
  system: [
    'RpcSs',
    'RpcEptMapper',
    'DcomLaunch',
    'Schedule',
    'Winmgmt',
    'Dnscache',
    'Dhcp',
    'nsi',
    'LanmanServer',
    'LanmanWorkstation',
    'ProfSvc',
    'PlugPlay',
    'Power',
    'LSM',
    'W32Time',
    'Tcpip',
    'Appinfo',
    'UserManager',
    'BrokerInfrastructure',
    'SystemEventsBroker',
    'StateRepository',
    'CoreMessagingRegistrar',
  ],
};

const LINUX_UNITS: Table = {
  security: [
    'apparmor',
    'auditd',
    'ufw',
    'firewalld',
    'nftables',
    'iptables',
    'ip6tables',
    'netfilter-persistent',
    'fail2ban',
    'polkit',
    'polkitd',
    'clamav-daemon',
    'clamav-freshclam',
    'selinux-autorelabel',
  ],
  logging: ['rsyslog', 'syslog', 'syslog-ng', 'journald', 'logrotate'],
  update: [
    'unattended-upgrades',
    'apt-daily',
    'apt-daily-upgrade',
    'packagekit',
    'dnf-automatic',
    'dnf-makecache',
    'yum-cron',
    'snapd',
    'fwupd',
  ],
  remote: [
    'ssh',
    'sshd',
    'xrdp',
    'xrdp-sesman',
    'gnome-remote-desktop',
    'x11vnc',
    'cockpit',
    'cockpit-wsservice',
  ],
  packages: ['apt', 'dpkg', 'dnf', 'yum', 'rpm', 'flatpak-system-helper'],
  system: [
    'dbus',
    'dbus-broker',
    'cron',
    'crond',
    'anacron',
    'NetworkManager',
    'networking',
    'wpa_supplicant',
    'getty',
    'serial-getty',
    'gdm',
    'gdm3',
    'lightdm',
    'sddm',
    'display-manager',
    'chronyd',
    'ntp',
    'ntpd',
    'accounts-daemon',
    'udisks2',
    'upower',
    'sudo',
    'login',
  ],
};

const LINUX_PACKAGES: Table = {
  security: [
    'ufw',
    'firewalld',
    'nftables',
    'iptables',
    'apparmor',
    'auditd',
    'fail2ban',
    'clamav',
    'sudo',
    'passwd',
    'login',
    'openssl',
    'policykit-1',
    'polkitd',
    'pkexec',
    'selinux-policy-default',
  ],
  logging: ['rsyslog', 'logrotate', 'syslog-ng'],
  update: [
    'unattended-upgrades',
    'update-manager',
    'update-manager-core',
    'update-notifier',
    'packagekit',
    'software-properties-common',
    'ubuntu-release-upgrader-core',
    'snapd',
    'fwupd',
  ],
  remote: [
    'openssh-server',
    'openssh-client',
    'openssh-sftp-server',
    'ssh',
    'xrdp',
    'gnome-remote-desktop',
    'vino',
    'x11vnc',
    'cockpit',
  ],
  packages: [
    'apt',
    'dpkg',
    'apt-utils',
    'aptitude',
    'dnf',
    'yum',
    'rpm',
    'debconf',
    'gnupg',
    'gpgv',
    'ca-certificates',
    'debian-archive-keyring',
    'ubuntu-keyring',
    'flatpak',
  ],
  system: [
    'base-files',
    'base-passwd',
    'bash',
    'dash',
    'coreutils',
    'util-linux',
    'init',
    'udev',
    'dbus',
    'mount',
    'procps',
    'tar',
    'gzip',
    'sed',
    'grep',
    'findutils',
    'perl-base',
    'network-manager',
    'netplan.io',
    'ifupdown',
  ],
};
// Whole families: every library, kernel, boot loader and systemd package.
const LINUX_PACKAGE_PREFIXES: readonly (readonly [string, ProtectedCategory])[] = [
  ['lib', 'system'],
  ['linux-', 'system'],
  ['systemd', 'system'],
  ['grub', 'system'],
  ['shim', 'system'],
  ['python3', 'system'],
  ['openssh', 'remote'],
  ['apt', 'packages'],
  ['dpkg', 'packages'],
];

const URL_SCHEMES: readonly string[] = [
  'http',
  'https',
  'ftp',
  'ftps',
  'file',
  'mailto',
  'news',
  'nntp',
  'telnet',
  'ssh',
  'tel',
  'sms',
  'callto',
  'javascript',
  'vbscript',
  'data',
  'about',
  'blob',
  'res',
  'shell',
  'search',
  'search-ms',
  'read',
  'ldap',
  'mms',
  'rtsp',
  'irc',
  'feed',
  'its',
  'mk',
  'hcp',
  'windowsdefender',
  // Not schemes but keys under HKCU\Software\Classes that a scheme-shaped name could hit.
  'clsid',
  'interface',
  'typelib',
  'appid',
  'applications',
  'directory',
  'folder',
  'drive',
  'systemfileassociations',
  'mime',
  'protocols',
  'exefile',
  'batfile',
  'cmdfile',
  'comfile',
  'htmlfile',
  'lnkfile',
  'regfile',
  'scrfile',
  'vbsfile',
  'vbefile',
  'jsfile',
  'jsefile',
  'wsffile',
  'wshfile',
  'mscfile',
  'piffile',
  'inffile',
  'txtfile',
  'msi.package',
  'microsoft.powershellscript.1',
];

/**
 * Programs no agent is: shells, script hosts, interpreters and the OS's own binaries. An allow rule or an
 * antivirus exclusion for one of them lets anything through.
 */
const PROGRAMS: readonly string[] = [
  'cmd',
  'command',
  'powershell',
  'powershell_ise',
  'pwsh',
  'wscript',
  'cscript',
  'mshta',
  'rundll32',
  'regsvr32',
  'regasm',
  'regsvcs',
  'msiexec',
  'wmic',
  'conhost',
  'explorer',
  'svchost',
  'lsass',
  'services',
  'winlogon',
  'csrss',
  'smss',
  'wininit',
  'taskhostw',
  'dllhost',
  'certutil',
  'bitsadmin',
  'schtasks',
  'sc',
  'reg',
  'regedit',
  'net',
  'net1',
  'netsh',
  'installutil',
  'msbuild',
  'cmstp',
  'forfiles',
  'hh',
  'control',
  'mmc',
  'at',
  'wsl',
  'bash',
  'sh',
  'zsh',
  'dash',
  'fish',
  'ksh',
  'csh',
  'tcsh',
  'busybox',
  'env',
  'xargs',
  'sudo',
  'su',
  'doas',
  'pkexec',
  'osascript',
  'open',
  'launchctl',
  'systemctl',
  'systemd',
  'launchd',
  'init',
  'login',
  'sshd',
  'ssh',
  'scp',
  'sftp',
  'curl',
  'wget',
  'nc',
  'ncat',
  'netcat',
  'socat',
  'telnet',
  'node',
  'nodejs',
  'deno',
  'bun',
  'java',
  'javaw',
  'perl',
  'ruby',
  'php',
  'lua',
  'tclsh',
  'wish',
  'awk',
  'gawk',
  'git',
  'vim',
  'vi',
  'nano',
  'emacs',
  'apt',
  'apt-get',
  'dpkg',
  'dnf',
  'yum',
  'rpm',
  'snap',
  'flatpak',
  'brew',
  'installer',
  'softwareupdate',
  'python',
  'pythonw',
  'py',
  'pyw',
  'pypy',
];
// python3, python3.11, perl5.36, ruby3.2…: an interpreter whatever its version.
const INTERPRETER = /^(python|pythonw|pypy|perl|ruby|php|lua|node|tclsh|wish|java)[0-9._-]*w?$/;

const SETS = {
  winService: lowerTable(WINDOWS_SERVICES),
  linuxUnit: lowerTable(LINUX_UNITS),
  linuxPackage: lowerTable(LINUX_PACKAGES),
};

function lowerTable(table: Table): Map<string, ProtectedCategory> {
  const map = new Map<string, ProtectedCategory>();
  for (const [category, names] of Object.entries(table) as [ProtectedCategory, string[]][])
    for (const name of names)
      if (!map.has(name.toLowerCase())) map.set(name.toLowerCase(), category);
  return map;
}

/** A Windows service name that belongs to the OS. */
export function protectedWindowsService(name: string): ProtectedCategory | undefined {
  return SETS.winService.get(name.toLowerCase());
}

/** A systemd unit (`ssh.service`, `getty@tty1.service`) that belongs to the OS. */
export function protectedLinuxUnit(unit: string): ProtectedCategory | undefined {
  const stem = unit
    .toLowerCase()
    .replace(/\.(service|socket|timer)$/, '')
    .replace(/@.*$/, '');
  if (stem.startsWith('systemd-') || stem === 'systemd') return 'system';
  return SETS.linuxUnit.get(stem);
}

/** A Linux package that belongs to the OS (its security, logging, updates, remote access, package manager). */
export function protectedLinuxPackage(name: string): ProtectedCategory | undefined {
  const lower = name.toLowerCase();
  const exact = SETS.linuxPackage.get(lower);
  if (exact) return exact;
  return LINUX_PACKAGE_PREFIXES.find(([prefix]) => lower.startsWith(prefix))?.[1];
}

/** A launchd label of Apple's (or of the OS's ssh agent). */
export function protectedLaunchdLabel(label: string): ProtectedCategory | undefined {
  const lower = label.toLowerCase();
  if (lower.startsWith('com.openssh.') || lower.startsWith('org.openbsd.')) return 'remote';
  if (lower.startsWith('com.apple.')) return 'system';
  return undefined;
}

/** A URL scheme (or a key under HKCU\Software\Classes) that Windows or every browser relies on. */
export function protectedUrlScheme(scheme: string): ProtectedCategory | undefined {
  const lower = scheme.toLowerCase();
  if (URL_SCHEMES.includes(lower)) return 'system';
  if (/^(ms-|microsoft|windows)/.test(lower)) return 'system';
  return undefined;
}

/** An uninstall entry of Windows itself or of Microsoft's components. */
export function protectedUninstallEntry(name: string): ProtectedCategory | undefined {
  const lower = name.toLowerCase();
  if (/^(microsoft|windows|onedrive)/.test(lower) || /^kb\d+/.test(lower)) return 'update';
  return undefined;
}

/** A program that is a shell, a script host, an interpreter or a system binary. */
export function protectedProgram(fileName: string): ProtectedCategory | undefined {
  const stem = fileName.toLowerCase().replace(/\.(exe|com|bat|cmd|ps1|vbs|js|app|sh)$/, '');
  if (PROGRAMS.includes(stem) || INTERPRETER.test(stem)) return 'shell';
  return undefined;
}

/** Whether a folder name is one of these components (a folder named `systemd`, `WinDefend`, `ssh`…). */
export function protectedFolderName(segment: string): ProtectedCategory | undefined {
  const lower = segment.toLowerCase();
  if (lower === 'windows defender' || lower === 'windows defender advanced threat protection')
    return 'security';
  return SETS.winService.get(lower) ?? protectedLinuxUnit(lower) ?? protectedLaunchdLabel(lower);
}
