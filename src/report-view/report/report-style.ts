import { resultsCss } from '../results/results-css';
import { reportCss } from './report-css';

/**
 * The exact text of the report's one <style> element. The wizard's CSP allows it by its sha256 hash (the
 * Finish preview shows the report in a sandboxed frame that inherits that CSP), so it must stay constant:
 * never data from the run.
 */
export const reportStyle = resultsCss + reportCss;
