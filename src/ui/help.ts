/** The help overlay (key ?): every keyboard shortcut, from the same list the key handler uses. */
import type { Shortcut } from './shortcuts';

export class HelpOverlay {
  private readonly root: HTMLElement;

  constructor(parent: HTMLElement, shortcuts: readonly Shortcut[]) {
    this.root = document.createElement('div');
    this.root.id = 'help';
    this.root.setAttribute('role', 'dialog');
    this.root.setAttribute('aria-label', 'Keyboard shortcuts');
    this.root.hidden = true;
    const box = document.createElement('div');
    box.className = 'help-box';
    const title = document.createElement('h2');
    title.textContent = 'Keyboard shortcuts';
    const list = document.createElement('dl');
    for (const s of shortcuts) {
      const dt = document.createElement('dt');
      dt.append(...s.keys.split(' or ').flatMap((k, i) => (i ? [' or ', kbd(k)] : [kbd(k)])));
      const dd = document.createElement('dd');
      dd.textContent = s.does;
      list.append(dt, dd);
    }
    const close = document.createElement('button');
    close.textContent = 'Close (Esc)';
    close.onclick = () => this.close();
    box.append(title, list, close);
    this.root.append(box);
    // A click on the dimmed backdrop closes it too.
    this.root.addEventListener('click', (e) => e.target === this.root && this.close());
    parent.append(this.root);
  }

  toggle(): void {
    this.root.hidden = !this.root.hidden;
  }

  close(): void {
    this.root.hidden = true;
  }
}

function kbd(text: string): HTMLElement {
  const k = document.createElement('kbd');
  k.textContent = text;
  return k;
}
