export { commonCause, connectivityFailure, type CommonCause } from './common-cause';
export { evidenceOf, asText, type EvidenceItem, type EvidenceKey } from './evidence';
export {
  findPathBreak,
  type PathPicture,
  type PathSegment,
  type SegmentState,
} from './find-path-break';
export { firstThingToDo, groupByCause, type CauseGroup } from './group-by-cause';
export {
  pathSegmentIds,
  segmentOfCheck,
  segmentOfVerdict,
  severityOf,
  type PathSegmentId,
} from './path-segments';
export { revealHiddenChars } from './reveal-hidden-chars';
export { compareRuns, comparedByCause, hostsOf, sameQuestion } from './compare-runs';
export { comparisonSentences, comparisonTime, type ComparisonSentences } from './comparison-words';
export { stackDisagreements, type StackDisagreement } from './stack-disagreement';
export { fixesForCause, type CauseFixOptions, type CauseOfFix } from './cause-fix';
