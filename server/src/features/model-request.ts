/** `postmortem/model`: the model and detection verdict of an open document. */
import type { Connection, Disposable } from 'vscode-languageserver';
import type { PostmortemService } from '../service/index';
import { ModelRequest } from '../protocol';

export function registerModelRequest(onRequest: Connection['onRequest'], service: PostmortemService): Disposable {
  return onRequest(ModelRequest, ({ uri }, token) => service.model(uri, token));
}
