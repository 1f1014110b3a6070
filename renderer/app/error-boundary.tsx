import { Component, type ErrorInfo, type ReactNode } from 'react';

import { CrashScreen } from './crash-screen';
import type { PageErrorReporter } from './page-error-reporter';

type Props = { children: ReactNode; report: PageErrorReporter };
type State = { crashed: boolean; errorId: string | null | undefined };

/**
 * A render error anywhere below shows the crash screen instead of a blank page, and goes to
 * main's log. React catches render errors only in a class component's lifecycle, so this is one.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { crashed: false, errorId: undefined };

  static getDerivedStateFromError(): Partial<State> {
    return { crashed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    void this.props.report('render', error, info.componentStack ?? undefined).then((errorId) => {
      // A second error while the first is being logged keeps the first one's id.
      this.setState((state) => ({ errorId: state.errorId ?? errorId }));
    });
  }

  override render(): ReactNode {
    return this.state.crashed ? <CrashScreen errorId={this.state.errorId} /> : this.props.children;
  }
}
