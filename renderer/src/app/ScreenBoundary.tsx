// An error boundary around each screen: a screen that throws shows a kk/ru
// message with "copy details" instead of a blank window, and the error goes to
// the log. Moving to another screen (a new resetKey) tries again.
import { Component, type ReactNode, useState } from 'react';
import type { RendererErrorEntry } from '@shared/host/bridge';
import { useLanguage } from '@renderer/i18n/language';
import { errorDetails, errorEntry } from '@renderer/features/diagnostics/error-log';
import { logError } from '@renderer/features/diagnostics/commands';
import { storageUse } from '@renderer/features/diagnostics/report';

interface Props {
  screen: string;
  resetKey?: string;
  children: ReactNode;
  /** For tests: where the entry goes (the host's log by default). */
  log?: (entry: RendererErrorEntry) => unknown;
}

interface State {
  error: { value: unknown } | null;
  resetKey?: string;
}

export class ScreenBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };
  /** The log entry of the caught error: the same one is shown, copied and logged. */
  private entry: { for: unknown; value: RendererErrorEntry } | null = null;

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: { value: error } };
  }

  private entryFor(error: { value: unknown }): RendererErrorEntry {
    if (this.entry?.for !== error) this.entry = { for: error, value: errorEntry('boundary', error.value, this.props.screen) };
    return this.entry.value;
  }

  override componentDidCatch(): void {
    if (this.state.error) void (this.props.log ?? logError)(this.entryFor(this.state.error));
  }

  override render(): ReactNode {
    return this.state.error ? <ScreenError entry={this.entryFor(this.state.error)} /> : this.props.children;
  }
}

function ScreenError({ entry }: { entry: RendererErrorEntry }) {
  const { t } = useLanguage();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = () => {
    storageUse()
      .then((storage) => navigator.clipboard.writeText(errorDetails(entry, storage)))
      .then(() => setCopied('yes'))
      .catch(() => setCopied('no'));
  };
  return (
    <div className="screen screen-error" role="alert" data-testid="screen-error">
      <h2>{t('app.screenErrorTitle')}</h2>
      <p>{t('app.screenErrorText')}</p>
      <p className="subtle">
        {entry.message} · {entry.appVersion} · {entry.at}
      </p>
      <button type="button" onClick={copy} data-testid="copy-error-details">
        {t('app.copyDetails')}
      </button>{' '}
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
      {copied && (
        <span role="status" data-testid="copy-outcome">
          {' '}
          {copied === 'yes' ? t('app.detailsCopied') : t('app.detailsNotCopied')}
        </span>
      )}
    </div>
  );
}
