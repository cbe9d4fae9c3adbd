/**
 * Keyboard shortcuts, described once: the same list drives the key handler and the help overlay.
 * Keys typed into a text field, a number box or a select belong to that control and are ignored.
 */

export interface Shortcut {
  /** Keys as shown in the help, e.g. 'Space', '→ or S'. */
  keys: string;
  does: string;
  matches(e: KeyboardEvent): boolean;
  run(): void;
}

export interface ShortcutActions {
  togglePlay(): void;
  step(): void;
  reset(): void;
  toggleFullscreen(): void;
  togglePresenter(): void;
  toggleHelp(): void;
  /** Esc: closes the help overlay and the inspect card. */
  dismiss(): void;
  undo(): void;
  redo(): void;
}

const plain = (e: KeyboardEvent): boolean => !e.ctrlKey && !e.metaKey && !e.altKey;
const command = (e: KeyboardEvent): boolean => (e.ctrlKey || e.metaKey) && !e.altKey;
const key = (e: KeyboardEvent): string => e.key.toLowerCase();

export function shortcutList(a: ShortcutActions): Shortcut[] {
  return [
    { keys: 'Space', does: 'Play / pause', matches: (e) => plain(e) && e.key === ' ', run: a.togglePlay },
    {
      keys: '→ or S',
      does: 'Step one hour (pauses)',
      matches: (e) => plain(e) && (e.key === 'ArrowRight' || key(e) === 's'),
      run: a.step,
    },
    { keys: 'R', does: 'Reset the lattice', matches: (e) => plain(e) && key(e) === 'r', run: a.reset },
    {
      keys: 'F',
      does: 'Fullscreen lattice (again to leave)',
      matches: (e) => plain(e) && key(e) === 'f',
      run: a.toggleFullscreen,
    },
    { keys: 'P', does: 'Presenter mode on / off', matches: (e) => plain(e) && key(e) === 'p', run: a.togglePresenter },
    {
      keys: 'Ctrl+Z',
      does: 'Undo the last paint stroke',
      matches: (e) => command(e) && !e.shiftKey && key(e) === 'z',
      run: a.undo,
    },
    {
      keys: 'Ctrl+Shift+Z or Ctrl+Y',
      does: 'Redo a paint stroke',
      matches: (e) => command(e) && ((e.shiftKey && key(e) === 'z') || key(e) === 'y'),
      run: a.redo,
    },
    {
      keys: '?',
      does: 'Show or hide this help',
      matches: (e) => !e.ctrlKey && !e.metaKey && e.key === '?',
      run: a.toggleHelp,
    },
    { keys: 'Esc', does: 'Close the help and the inspect card', matches: (e) => e.key === 'Escape', run: a.dismiss },
  ];
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

export function installShortcuts(target: Window, shortcuts: readonly Shortcut[]): void {
  target.addEventListener('keydown', (e) => {
    if (e.repeat || isTyping(e.target)) return;
    const shortcut = shortcuts.find((s) => s.matches(e));
    if (!shortcut) return;
    e.preventDefault();
    // A focused panel button would also click on Space: move focus away so only the shortcut acts.
    if (e.target instanceof HTMLButtonElement) e.target.blur();
    shortcut.run();
  });
}
