// Installed browsers are the `browser` check's detail, so their type is the contract's schema.
export type { InstalledBrowser } from '../../../shared/details';
