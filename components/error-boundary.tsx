import { Component, type ContextType, type ReactNode } from 'react';
import { I18nContext } from './i18n-context';

interface State {
  error: Error | null;
}

/** A broken view says so and keeps the rest of the page usable; nothing is lost by it. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  static override contextType = I18nContext;
  declare context: ContextType<typeof I18nContext>;
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    const { t } = this.context;
    if (this.state.error) {
      return (
        <div role="alert" className="alert alert-error" style={{ margin: 12 }}>
          <strong>{t('error.title')}</strong> {this.state.error.message}{' '}
          <button type="button" className="btn btn-small" onClick={() => this.setState({ error: null })}>
            {t('error.retry')}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
