/**
 * Cancellation for the service's requests: a cancelled request answers at once with its
 * empty answer (null, []) while shared work others wait for goes on.
 */
import type { CancellationToken } from '../ports';

export function cancelled(token: CancellationToken | undefined): boolean {
  return token?.isCancellationRequested === true;
}

/** `work`'s result, or `empty` as soon as the token is cancelled (before or during). */
export function unlessCancelled<T, E>(token: CancellationToken | undefined, empty: E, work: () => Promise<T>): Promise<T | E> {
  if (cancelled(token)) return Promise.resolve(empty);
  const running = work().then((v) => (cancelled(token) ? empty : v));
  if (!token?.onCancellationRequested) return running;
  return new Promise<T | E>((resolve, reject) => {
    const sub = token.onCancellationRequested?.(() => resolve(empty));
    running.then(resolve, reject).finally(() => sub?.dispose());
  });
}
