/** `postmortem/detection`: an open document's detection verdict and its reason, without the model (the status bar's question). */
import type { Connection, Disposable } from 'vscode-languageserver';
import type { PostmortemService } from '../service/index';
import { DetectionRequest } from '../protocol';

export function registerDetectionRequest(onRequest: Connection['onRequest'], service: PostmortemService): Disposable {
  return onRequest(DetectionRequest, async ({ uri }, token) => {
    const r = await service.model(uri, token);
    return r ? { version: r.version, postmortem: r.postmortem, reason: r.reason } : null;
  });
}
