/**
 * A fresh nonce for each full render of the webview (base64 of 18 random bytes). Web Crypto
 * and btoa, global in Node 20 and in browsers: the web client bundles this file too.
 */
export function nonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
}
