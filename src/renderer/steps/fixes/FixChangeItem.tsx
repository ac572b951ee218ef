import { useTranslation } from 'react-i18next';
import type { FixChange } from '../../../shared/fixes-schemas';

/** An argument array as text: arguments with spaces or quotes are quoted, so what is read is what runs. */
export function argvText(argv: readonly string[]): string {
  return argv
    .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}

interface Props {
  change: FixChange;
  isSelected: boolean;
  onToggle(on: boolean): void;
}

/** One change: what it does in words, its state, and the exact commands behind a disclosure. */
export function FixChangeItem({ change, isSelected, onToggle }: Props) {
  const { t } = useTranslation('fixes');
  const headingId = `fix-${change.id.replace(/[^\w-]/g, '-')}`;
  return (
    <li
      className="fix-change"
      data-testid="fix-change"
      data-id={change.id}
      data-state={change.state}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="fix-change__title">
        <span className={`fix-state fix-state--${change.state}`}>
          {t(`step.state.${change.state}`)}
        </span>{' '}
        {change.title}
      </h3>
      <p>{change.description}</p>
      {change.reason && <p className="hint">{change.reason}</p>}
      {change.needsElevation && change.state === 'needed' && (
        <p className="hint">{t('step.needsAdmin')}</p>
      )}
      {change.state === 'needed' && (
        <label className="choice">
          <input
            type="checkbox"
            data-testid="fix-select"
            checked={isSelected}
            onChange={(e) => onToggle(e.currentTarget.checked)}
          />
          {t('step.choose')}
        </label>
      )}
      {(change.commands.length > 0 || change.undoCommands.length > 0) && (
        <details className="disclosure">
          <summary>{t('step.showCommand')}</summary>
          <h4>{t('step.commandLabel')}</h4>
          {change.commands.map((argv, i) => (
            <pre key={`c${i}`} className="evidence-text">
              <code>{argvText(argv)}</code>
            </pre>
          ))}
          {change.scripts?.map((script, i) => (
            <div key={`s${i}`}>
              <h4>{t('step.scriptLabel')}</h4>
              <pre className="evidence-text">
                <code>{script}</code>
              </pre>
            </div>
          ))}
          <h4>{t('step.undoLabel')}</h4>
          {change.undoCommands.map((argv, i) => (
            <pre key={`u${i}`} className="evidence-text">
              <code>{argvText(argv)}</code>
            </pre>
          ))}
        </details>
      )}
    </li>
  );
}
