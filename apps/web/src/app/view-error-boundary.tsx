import { Component, type ReactNode } from 'react';
import { useLocale } from '../lib/i18n/use-locale.ts';

interface BoundaryProps {
  /** Changes when the view changes, so a failure on one view does not stay on the next. */
  resetKey: string;
  children: ReactNode;
}

/**
 * Keeps the page standing when a view cannot be shown, typically because its code could not be downloaded while
 * the server was down: the header, nav and footer stay, and the view's place says what happened with a Retry.
 */
export class ViewErrorBoundary extends Component<BoundaryProps, { failedKey: string | undefined }> {
  state = { failedKey: undefined as string | undefined };

  static getDerivedStateFromError(): { failedKey: string } {
    return { failedKey: '__pending__' };
  }

  componentDidCatch(): void {
    this.setState({ failedKey: this.props.resetKey });
  }

  render(): ReactNode {
    const { failedKey } = this.state;
    if (failedKey === '__pending__' || failedKey === this.props.resetKey) return <ViewLoadFailed />;
    return this.props.children;
  }
}

function ViewLoadFailed() {
  const { t } = useLocale();
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('errorTitle')}</p>
      <p>{t('viewLoadFailed')}</p>
      {/* React keeps a view whose code failed to load as failed; a reload asks for it again, and the URL holds every choice. */}
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('retry')}
      </button>
    </div>
  );
}
