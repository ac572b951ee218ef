import type { TranslationOf } from './translation-shape';
import * as enApi from './en/api';
import * as enCatalog from './en/catalog';
import * as enCleanup from './en/cleanup';
import * as enCli from './en/cli';
import * as enFleet from './en/fleet';
import * as enFixes from './en/fixes';
import * as enJoin from './en/join';
import * as enPolicy from './en/policy';
import * as enReport from './en/report';
import * as enSystem from './en/system';
import * as enVerdicts from './en/verdicts';
import * as enWizard from './en/wizard';
import * as jaApi from './ja/api';
import * as jaCatalog from './ja/catalog';
import * as jaCleanup from './ja/cleanup';
import * as jaCli from './ja/cli';
import * as jaFleet from './ja/fleet';
import * as jaFixes from './ja/fixes';
import * as jaJoin from './ja/join';
import * as jaPolicy from './ja/policy';
import * as jaReport from './ja/report';
import * as jaSystem from './ja/system';
import * as jaVerdicts from './ja/verdicts';
import * as jaWizard from './ja/wizard';

// One file per namespace and language, so each area owns its own messages.
const en = {
  verdicts: enVerdicts.verdicts,
  cli: enCli.cli,
  system: enSystem.system,
  wizard: enWizard.wizard,
  report: enReport.report,
  fixes: enFixes.fixes,
  join: enJoin.join,
  cleanup: enCleanup.cleanup,
  api: enApi.api,
  catalog: enCatalog.catalog,
  policy: enPolicy.policy,
  fleet: enFleet.fleet,
} as const;

const ja = {
  verdicts: jaVerdicts.verdicts,
  cli: jaCli.cli,
  system: jaSystem.system,
  wizard: jaWizard.wizard,
  report: jaReport.report,
  fixes: jaFixes.fixes,
  join: jaJoin.join,
  cleanup: jaCleanup.cleanup,
  api: jaApi.api,
  catalog: jaCatalog.catalog,
  policy: jaPolicy.policy,
  fleet: jaFleet.fleet,
} as const;

/** English is the shape (i18next's key types are built from it); Japanese is checked against it here. */
export const resources = { ja: ja satisfies TranslationOf<typeof en, typeof ja>, en } as const;

export const namespaces = [
  'verdicts',
  'cli',
  'system',
  'wizard',
  'report',
  'fixes',
  'join',
  'cleanup',
  'api',
  'catalog',
  'policy',
  'fleet',
] as const satisfies readonly (keyof typeof resources.en)[];
export type Namespace = (typeof namespaces)[number];
