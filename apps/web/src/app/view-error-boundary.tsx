import { Component, type ReactNode } from 'react';
import { useLocale } from '../lib/i18n/use-locale.ts';
import { LoadAttempt } from '../lib/lazy-page.ts';

interface BoundaryProps {
  /** Changes when the view changes, so a failure on one view does not stay on the next. */
  resetKey: string;
  children: ReactNode;
}

interface BoundaryState {
  failedKey: string | undefined;
  /** The view's `resetKey` when `attempt` was last counted. */
  attemptKey: string;
  attempt: number;
}

/**
 * Keeps the page standing when a view cannot be shown, typically because its code could not be downloaded while
 * the server was down: the header, nav and footer stay, and the view's place says what happened with a Retry.
 * Retry renders the view again in place, as a new `LoadAttempt`, which asks for its code again (see `lazyPage`)
 * and, as the view mounts anew, for its data. The page is not reloaded: offline, that would leave the browser's
 * own error page in place of the dashboard.
 */
export class ViewErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { failedKey: undefined, attemptKey: this.props.resetKey, attempt: 0 };

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.attemptKey ? null : { attemptKey: props.resetKey, attempt: state.attempt + 1 };
  }

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failedKey: '__pending__' };
  }

  componentDidCatch(): void {
    this.setState({ failedKey: this.props.resetKey });
  }

  retry = (): void => this.setState((state) => ({ failedKey: undefined, attempt: state.attempt + 1 }));

  render(): ReactNode {
    const { failedKey, attempt } = this.state;
    if (failedKey === '__pending__' || failedKey === this.props.resetKey) return <ViewLoadFailed onRetry={this.retry} />;
    return <LoadAttempt value={attempt}>{this.props.children}</LoadAttempt>;
  }
}

function ViewLoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useLocale();
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('errorTitle')}</p>
      <p>{t('viewLoadFailed')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
