export { CauseGroups, type CauseGroupsProps } from './CauseGroups';
export { CheckList } from './CheckList';
export { CheckRow, checkSubject, checkTitle, type EvidenceMode } from './CheckRow';
export { EvidenceList } from './EvidenceList';
export { PathPicture, type PathPictureProps } from './PathPicture';
export { RunSummary, type RunSummaryProps } from './RunSummary';
export { StatusMark } from './StatusMark';
export { StackDisagreements, type StackDisagreementsProps } from './StackDisagreements';
