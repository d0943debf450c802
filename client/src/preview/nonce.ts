/** A fresh nonce for each full render of the webview (base64 of 18 random bytes). */
import { randomBytes } from 'node:crypto';

export function nonce(): string {
  return randomBytes(18).toString('base64');
}
