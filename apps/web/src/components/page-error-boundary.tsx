import { Component, type ErrorInfo, type ReactNode } from 'react';

type TState = { failed: boolean };

/**
 * Catches a page that fails to draw, or a page chunk that no longer exists after a new version
 * was deployed, and says so instead of leaving the screen blank. `resetKey` clears it on navigation.
 */
export class PageErrorBoundary extends Component<
  { children: ReactNode; resetKey: string },
  TState
> {
  override state: TState = { failed: false };

  static getDerivedStateFromError(): TState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('A page failed to load', error, info.componentStack);
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed)
      this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <h1>Sorry, this page could not be shown</h1>
        <p>
          The service may have been updated since you opened it. Reload the page to get the latest
          version.
        </p>
        <p>Nothing you had saved has been lost.</p>
        <button type="button" className="nhsuk-button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </>
    );
  }
}
