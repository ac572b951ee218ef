import { useTranslation } from 'react-i18next';
import { guidePictures, type GuideStepId } from './guide-pictures';

const steps: readonly GuideStepId[] = [
  'download',
  'run',
  'join',
  'chat',
  'files',
  'end',
  'cleanup',
];

/**
 * The vendor guide's walk-through after joining (issue 15): download and run the app, [参加する], chat,
 * file transfer, the red × to end, and that the app stays until Cleanup. Numbered, each with a small
 * drawing captioned by its step; macOS names its own app.
 */
export function JoinGuide({ platform }: { platform: string | undefined }) {
  const { t } = useTranslation('join');
  return (
    <section aria-labelledby="join-guide-heading" className="join-guide" data-testid="join-guide">
      <h2 id="join-guide-heading">{t('guide.title')}</h2>
      <p className="hint">{t('guide.intro')}</p>
      <ol className="guide-steps">
        {steps.map((id, n) => {
          const text = id === 'run' && platform === 'darwin' ? t('guide.runMac') : t(`guide.${id}`);
          return (
            <li key={id} className="guide-step" data-testid={`join-guide-${id}`}>
              <figure className="guide-step__figure">
                {/* The list numbers the steps for assistive technology; this is the visible number. */}
                <span className="guide-step__number" aria-hidden="true">
                  {n + 1}.
                </span>
                <svg
                  className="guide-pic"
                  viewBox="0 0 64 48"
                  width="64"
                  height="48"
                  role="img"
                  aria-label={t(`guide.${id}Alt`)}
                >
                  {guidePictures[id]}
                </svg>
                <figcaption>{text}</figcaption>
              </figure>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
