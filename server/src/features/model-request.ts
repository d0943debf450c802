/** `postmortem/model`: the model and detection verdict of an open document. */
import type { ServerContext } from './context';
import { ModelRequest } from '../protocol';

export function registerModelRequest(ctx: ServerContext): void {
  ctx.connection.onRequest(ModelRequest, async ({ uri }) => {
    const a = await ctx.analysisFor(uri);
    // Read after the await: the analysis is of the text current now, not when asked.
    const version = ctx.store.version(uri);
    if (!a || version === undefined) return null;
    return { version, postmortem: a.detection.postmortem, reason: a.detection.reason, model: a.model };
  });
}
