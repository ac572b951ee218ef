// The facts are the `os` check's detail, so their type is the contract's schema.
export type { OsFacts } from '../../../shared/details';
