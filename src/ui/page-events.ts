/**
 * The page's events, for tools that follow the run without holding it: 'frame' after every frame,
 * 'runStart' when a reset, a comparison or a loaded snapshot replaced the run, 'schedule' when the
 * dose schedule changed, 'comparison' when arms were added or removed.
 */
export type PageEvent = 'frame' | 'runStart' | 'schedule' | 'comparison';

/** What a tool needs to follow the page: subscribe and unsubscribe. */
export interface PageListen {
  /** Calls `listener` on every `event`; returns a function that removes it. */
  on(event: PageEvent, listener: () => void): () => void;
}

export class PageEvents implements PageListen {
  private readonly listeners: Record<PageEvent, Set<() => void>> = {
    frame: new Set(),
    runStart: new Set(),
    schedule: new Set(),
    comparison: new Set(),
  };

  on(event: PageEvent, listener: () => void): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  emit(event: PageEvent): void {
    for (const listener of this.listeners[event]) listener();
  }
}
