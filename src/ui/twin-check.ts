/** The panel's "Check GPU against CPU twin" button: runs the comparison and reports it as a notice. */
import type { VerifyResult } from '../check/verify';
import type { Notices } from './notices';

export const TWIN_CHECK_HOURS = 24;

export async function reportTwinCheck(notices: Notices, check: () => Promise<VerifyResult>): Promise<void> {
  const note = notices.show(
    `Checking this GPU against the CPU twin (${TWIN_CHECK_HOURS} model hours on 128 × 128)…`,
    'warn',
  );
  try {
    const r = await check();
    note.remove();
    if (!r.difference)
      notices.show(`✓ This GPU matches the CPU twin bit for bit after ${r.hours} h on ${r.size} × ${r.size}.`, 'info');
    else
      notices.show(
        `✗ GPU and CPU twin differ: ${r.difference.count} ${r.difference.array} words, first at ${r.difference.index}. Please report this GPU.`,
        'error',
      );
  } catch (e) {
    note.remove();
    notices.show(`The check failed: ${(e as Error).message}`, 'error');
  }
}
