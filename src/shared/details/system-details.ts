import { z } from 'zod';
import { browserIdSchema, osFamilySchema } from '../catalog';

// The system checks' details are the facts their probes found; the probes' own types are these.

/** The platforms Node names (`process.platform`), so the contract needs no Node types. */
export const platformSchema = z.enum([
  'aix',
  'android',
  'darwin',
  'freebsd',
  'haiku',
  'linux',
  'openbsd',
  'sunos',
  'win32',
  'cygwin',
  'netbsd',
]);

/** What the OS is, in the catalog's terms and in the words a customer knows. */
export const osFactsSchema = z.strictObject({
  platform: platformSchema,
  /** The catalog family; absent for an OS the catalog cannot name (another Linux, a BSD). */
  family: osFamilySchema.optional(),
  /** A Linux that is not itself in the catalog but says it is like one (ID_LIKE): its version cannot be compared. */
  basedOn: osFamilySchema.optional(),
  /** "Windows 11 23H2", "macOS Sonoma 14.5", "Debian GNU/Linux 12 (bookworm)". */
  name: z.string(),
  /** On the catalog's scale: Windows NT "10.0.22631", macOS "14.5", Linux VERSION_ID. */
  version: z.string(),
  build: z.string().optional(),
  isServer: z.boolean().optional(),
  /** The OS's architecture (not this process's): a 32-bit Node on 64-bit Windows still says 64-bit. */
  arch: z.string(),
  is64Bit: z.boolean(),
});
export type OsFacts = z.infer<typeof osFactsSchema>;

export const osDetailSchema = osFactsSchema.extend({
  /** The catalog's requirement the version was compared with. */
  required: z.strictObject({ min: z.string(), warnBelow: z.string().optional() }).optional(),
});
export type OsDetail = z.infer<typeof osDetailSchema>;

/** One installed browser, found the way its OS knows it. */
export const installedBrowserSchema = z
  .strictObject({
    id: browserIdSchema,
    /** The product's own name: "Google Chrome", "Chromium", "Firefox ESR". */
    name: z.string(),
    /** The browser's own version; absent when it could not be read. */
    version: z.string().optional(),
    path: z.string(),
  })
  .meta({ id: 'InstalledBrowser' });
export type InstalledBrowser = z.infer<typeof installedBrowserSchema>;

export const browserDetailSchema = z.strictObject({
  name: z.string().optional(),
  version: z.string().nullable().optional(),
  path: z.string().optional(),
  min: z.string().optional(),
  installs: z.array(installedBrowserSchema).optional(),
  /** `browser_missing`: what was found instead (other browsers). */
  found: z.array(installedBrowserSchema).optional(),
});
export type BrowserDetail = z.infer<typeof browserDetailSchema>;

/** One screen, as the session would share it. */
export const displayFactsSchema = z
  .strictObject({
    name: z.string(),
    width: z.number().nullable(),
    height: z.number().nullable(),
    /** Scaling in percent (150 = 150%), when the OS says it. */
    scalePercent: z.number().nullable(),
    isMain: z.boolean(),
    isBuiltin: z.boolean().nullable(),
    connection: z.string().nullable(),
  })
  .meta({ id: 'DisplayFacts' });
export type DisplayFacts = z.infer<typeof displayFactsSchema>;

export const displayDetailSchema = z.strictObject({
  displays: z.array(displayFactsSchema),
  /** The screen the session shares (the main one). */
  shared: z.string().optional(),
});
export type DisplayDetail = z.infer<typeof displayDetailSchema>;

/** Free space where the agent installs. */
export const diskFactsSchema = z.strictObject({
  path: z.string(),
  /** The existing folder measured: the install folder itself, or its nearest existing parent. */
  measuredPath: z.string(),
  freeMb: z.number(),
  totalMb: z.number(),
});
export type DiskFacts = z.infer<typeof diskFactsSchema>;

export const diskDetailSchema = diskFactsSchema.extend({ needMb: z.number() });
export type DiskDetail = z.infer<typeof diskDetailSchema>;

export const runningProcessSchema = z
  .strictObject({
    pid: z.number(),
    /** The executable's file name: "TeamViewer.exe", "anydesk". */
    name: z.string(),
    /** The executable's full path, where the OS shows it (not for another user's process). */
    path: z.string().optional(),
  })
  .meta({ id: 'RunningProcess' });
export type RunningProcess = z.infer<typeof runningProcessSchema>;

export const agentDetailSchema = z.strictObject({
  running: z.array(z.strictObject({ name: z.string(), processes: z.array(runningProcessSchema) })),
  processesSeen: z.number().optional(),
});
export type AgentDetail = z.infer<typeof agentDetailSchema>;

export const securityProductSchema = z.strictObject({
  kind: z.enum(['antivirus', 'firewall']),
  displayName: z.string(),
  /** WSC productState, when read: the bits below are decoded from it. */
  productState: z.number().nullable(),
  isEnabled: z.boolean().nullable(),
  isUpToDate: z.boolean().nullable(),
  path: z.string().nullable(),
});
export type SecurityProduct = z.infer<typeof securityProductSchema>;

export const securityCenterFactsSchema = z.strictObject({
  /** False on Windows Server, which has no root\SecurityCenter2: "no Security Center", not an error. */
  hasSecurityCenter: z.boolean(),
  products: z.array(securityProductSchema),
  /** Classes that could not be read for another reason (access denied, WMI broken): their products are unknown. */
  errors: z.array(z.string()),
});
export type SecurityCenterFacts = z.infer<typeof securityCenterFactsSchema>;

export const defenderStatusSchema = z.strictObject({
  /** "Normal", "Passive Mode", "SxS Passive Mode", "EDR Block Mode", "Not running". */
  runningMode: z.string().nullable(),
  isServiceEnabled: z.boolean().nullable(),
  isAntivirusEnabled: z.boolean().nullable(),
  isRealTimeProtectionEnabled: z.boolean().nullable(),
  /** Null on Defender versions without the property (Windows 8.1 / Server 2012 R2 era). */
  isTamperProtected: z.boolean().nullable(),
  signatureAgeDays: z.number().nullable(),
});
export type DefenderStatus = z.infer<typeof defenderStatusSchema>;

const firewallAction = z.enum(['NotConfigured', 'Allow', 'Block']);
export const firewallProfileSchema = z.strictObject({
  name: z.string(),
  isEnabled: z.boolean().nullable(),
  /** NotConfigured leaves Windows' default: block inbound, allow outbound. */
  defaultInboundAction: firewallAction,
  defaultOutboundAction: firewallAction,
});
export type FirewallProfile = z.infer<typeof firewallProfileSchema>;

/** Each part is the facts, or a sentence saying why they could not be read. */
export const windowsSecurityFactsSchema = z.strictObject({
  platform: z.literal('win32'),
  securityCenter: z.union([securityCenterFactsSchema, z.string()]),
  defender: z.union([defenderStatusSchema, z.string()]),
  firewallProfiles: z.union([z.array(firewallProfileSchema), z.string()]),
});
export type WindowsSecurityFacts = z.infer<typeof windowsSecurityFactsSchema>;

export const macosSecurityFactsSchema = z.strictObject({
  platform: z.literal('darwin'),
  /** socketfilterfw's global state (0 off, 1 on, 2 block all), or why it could not be read. */
  firewallState: z.union([z.literal(0), z.literal(1), z.literal(2), z.string()]),
});
export type MacosSecurityFacts = z.infer<typeof macosSecurityFactsSchema>;

export const securityDetailSchema = z.discriminatedUnion('platform', [
  windowsSecurityFactsSchema,
  macosSecurityFactsSchema,
]);
export type SecurityFacts = z.infer<typeof securityDetailSchema>;

export const permissionDetailSchema = z.strictObject({
  /** The macOS privacy permissions the agent will ask for. */
  permissions: z.array(z.string()),
  /** Where System Settings opens each. */
  settingsUrls: z.array(z.string()),
});
export type PermissionDetail = z.infer<typeof permissionDetailSchema>;

/** A system probe that threw (a bug): its check still says what happened. */
export const probeFailureDetailSchema = z.strictObject({ error: z.string() });
