/** Visible messages on the stage: URL problems, shader and device errors. Never swallowed. */
export type NoticeLevel = 'info' | 'warn' | 'error';

export class Notices {
  constructor(private readonly root: HTMLElement) {}

  show(text: string, level: NoticeLevel = 'info', action?: { label: string; run: () => void }): HTMLElement {
    const el = document.createElement('div');
    el.className = `notice ${level}`;
    el.setAttribute('role', level === 'error' ? 'alert' : 'status');
    el.textContent = text;
    const close = document.createElement('button');
    close.className = 'close';
    close.textContent = '×';
    close.title = 'Dismiss';
    close.onclick = () => el.remove();
    el.append(close);
    if (action) {
      const b = document.createElement('button');
      b.className = 'action';
      b.textContent = action.label;
      b.onclick = () => {
        el.remove();
        action.run();
      };
      el.append(document.createElement('br'), b);
    }
    this.root.append(el);
    if (level === 'info') setTimeout(() => el.remove(), 8000);
    return el;
  }
}
