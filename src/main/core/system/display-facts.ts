// Screens are the `display` check's detail, so their type is the contract's schema.
export type { DisplayFacts } from '../../../shared/details';
