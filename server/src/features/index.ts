/**
 * Optional features (hover, inlay hints, code lens, completion, the preview's requests...).
 * Each feature module exports `register(ctx)` returning the capabilities it adds; add one
 * line here per feature.
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { registerHover } from './hover';
import { registerInlayHints } from './inlay-hints';
import { registerCodeLens } from './code-lens';
import { register as registerCompletion } from './completion';
import { register as registerPreview } from './preview';
import { register as registerActionIndex } from './action-index';

type Register = (ctx: ServerContext) => Partial<ServerCapabilities>;

const FEATURES: Register[] = [
  registerHover,
  registerInlayHints,
  registerCodeLens,
  registerCompletion,
  registerPreview,
  registerActionIndex,
];

export function registerFeatures(ctx: ServerContext): Partial<ServerCapabilities> {
  let caps: Partial<ServerCapabilities> = {};
  for (const register of FEATURES) caps = { ...caps, ...register(ctx) };
  return caps;
}
