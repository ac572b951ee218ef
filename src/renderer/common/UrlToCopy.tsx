import { useTranslation } from 'react-i18next';
import { useCopyText } from './use-copy-text';

export interface UrlToCopyProps {
  /** The sentence saying why the address is shown (the browser did not open), in the page's language. */
  message: string;
  url: string;
  /** What the OS said, for support only; folded away. */
  supportText?: string;
}

/**
 * Wherever an address could not be opened: one sentence, the address itself, and a copy button, so the
 * customer can open it by hand (issue 15). The OS's own words stay in a "For support" disclosure.
 */
export function UrlToCopy({ message, url, supportText }: UrlToCopyProps) {
  const { t } = useTranslation('join');
  const { state, copy } = useCopyText();
  return (
    <div className="notice notice-problem url-to-copy" role="alert" data-testid="url-to-copy">
      <p>{message}</p>
      <p className="url-to-copy__row">
        <code className="url-to-copy__url" data-testid="url-to-copy-url">
          {url}
        </code>{' '}
        <button
          type="button"
          className="button button-secondary"
          data-testid="url-to-copy-button"
          onClick={() => void copy(url)}
        >
          {t('step.copyUrl')}
        </button>
      </p>
      <p role="status">
        {state === 'copied'
          ? t('step.copiedUrl')
          : state === 'failed'
            ? t('step.copyUrlFailed')
            : ''}
      </p>
      {supportText && (
        <details className="disclosure">
          <summary>{t('step.forSupport')}</summary>
          <p className="evidence-text">{supportText}</p>
        </details>
      )}
    </div>
  );
}
