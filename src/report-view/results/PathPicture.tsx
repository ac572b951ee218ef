// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type {
  PathPicture as PathPictureData,
  SegmentState,
} from '../../shared/results/find-path-break';
import type { PathSegmentId } from '../../shared/results/path-segments';
import { revealHiddenChars } from '../../shared/results/reveal-hidden-chars';

const stateIcons: Record<SegmentState, string> = {
  ok: '✓',
  warn: '!',
  broken: '✕',
  unknown: '?',
  absent: '–',
};

export interface PathPictureProps {
  /** From `findPathBreak(checks, run.proxy)`. */
  picture: PathPictureData;
  /** The proxy's URL (credentials already removed), shown under the proxy stop. */
  proxyUrl?: string | null;
  /** The vendor's name for the last stop, e.g. the catalog's name. */
  vendorName?: string;
  /** Show the caption "Where the connection stops" (default true); off when the page has its own heading. */
  showTitle?: boolean;
}

/** "This PC → proxy → office network → vendor" as an ordered list that says in words where it stops. */
export function PathPicture({ picture, proxyUrl, vendorName, showTitle = true }: PathPictureProps) {
  const { t } = useTranslation('report');
  const vendor = vendorName ? revealHiddenChars(vendorName) : t('path.vendorFallback');
  const nameOf = (id: PathSegmentId) => (id === 'vendor' ? vendor : t(`path.${id}`));
  // Not connected is said as such, never as a network that blocks (issue 12).
  const summary = !picture.isTested
    ? t('path.notTested')
    : picture.isOffline
      ? t('path.offline')
      : picture.breakAt && picture.oneCause
        ? t('path.oneCause', {
            count: picture.oneCause.hosts,
            segment: nameOf(picture.breakAt),
            cause: t(`cause.${picture.oneCause.verdict}`),
          })
        : picture.breakAt
          ? t('path.breaksAt', { segment: nameOf(picture.breakAt) })
          : t('path.allClear', { vendor });
  return (
    <figure className="sp-path">
      {showTitle && <figcaption className="sp-path__title">{t('path.title')}</figcaption>}
      <ol className="sp-path__stops">
        {picture.segments.map((segment) => (
          <li key={segment.id} className={`sp-path__stop sp-path__stop--${segment.state}`}>
            <span className="sp-path__icon" aria-hidden="true">
              {stateIcons[segment.state]}
            </span>
            <span className="sp-path__name">{nameOf(segment.id)}</span>
            {segment.id === 'proxy' && proxyUrl && (
              <bdi className="sp-path__detail">{revealHiddenChars(proxyUrl)}</bdi>
            )}
            <span className="sp-path__state">{t(`path.state.${segment.state}`)}</span>
          </li>
        ))}
      </ol>
      <p className="sp-path__summary">{summary}</p>
    </figure>
  );
}
