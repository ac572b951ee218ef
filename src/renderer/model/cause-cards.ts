// The view moved to src/shared/results so the HTML report and the request for IT group causes the same way.
export {
  causeView,
  type CauseCard,
  type CauseView,
  type SkippedLine,
} from '../../shared/results/cause-view';
