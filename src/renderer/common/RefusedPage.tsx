import { inBothLangs, splitBothLangs } from '../../shared/both-langs';

/**
 * Browser mode refused this page (no launch code, a used address): the reason and the next step, in
 * Japanese and then English, plainly, in place of the wizard, which cannot work without the bridge.
 */
export function RefusedPage({ text }: { text: string }) {
  return (
    <div className="notice notice-problem" role="alert" data-testid="page-refused">
      <h1>
        {splitBothLangs(inBothLangs((t) => t('api:web.pageRefused'))).map((part, i) => (
          <span key={part.lang} lang={part.lang}>
            {i > 0 && ' / '}
            {part.text}
          </span>
        ))}
      </h1>
      {splitBothLangs(text).map((part) => (
        <p key={part.lang} lang={part.lang}>
          {part.text}
        </p>
      ))}
    </div>
  );
}
