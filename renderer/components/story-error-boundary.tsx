import { Component } from 'react';
import type { ErrorInfo, ReactElement, ReactNode } from 'react';
import type { Story } from '../../shared/story';
import type { Connection } from '../api-client';

/** Props of the boundary around one open story. */
export interface StoryErrorBoundaryProps {
  readonly storyId: string;
  readonly connection: Connection;
  readonly onRestored: (story: Story) => void;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
  readonly busy: boolean;
  readonly problem?: string;
}

/**
 * Keeps one story that cannot be drawn from blanking the whole window: the library, settings
 * and every other story keep working, and the way back (the previous version) is one click.
 */
export class StoryErrorBoundary extends Component<StoryErrorBoundaryProps, State> {
  public override state: State = { failed: false, busy: false };

  public static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  public override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A story could not be shown', error, info.componentStack);
  }

  private readonly restorePrevious = async (): Promise<void> => {
    const { connection, storyId, onRestored } = this.props;
    this.setState({ busy: true });
    try {
      const { versions } = await connection.api.listVersions({ id: storyId });
      // The newest version is most likely the text that fails to show; the one before it is the
      // way back. A story with a single version goes back to that one.
      const previous = versions[1] ?? versions[0];
      if (!previous) throw new Error('This story has no version to go back to.');
      const restored = await connection.api.restoreVersion({
        id: storyId,
        versionId: previous.id,
      });
      this.setState({ failed: false, busy: false });
      onRestored(restored);
    } catch (error) {
      this.setState({
        busy: false,
        problem: error instanceof Error ? error.message : String(error),
      });
    }
  };

  public override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return this.fallback();
  }

  private fallback(): ReactElement {
    return (
      <section role="alert" aria-label="Story cannot be shown" className="notice notice-error">
        <p>
          Galley cannot show this story: part of it is in a form this version does not understand.
          The file on disk is unchanged. You can go back to the previous version (the current text
          stays in History) or open another story from the library.
        </p>
        {this.state.problem ? <p>{this.state.problem}</p> : null}
        <button
          type="button"
          disabled={this.state.busy}
          onClick={() => void this.restorePrevious()}
        >
          Open the previous version
        </button>
      </section>
    );
  }
}
