/**
 * Optional features (hover, inlay hints, code lens, completion, the preview's requests...).
 * Each feature module exports `register(ctx)` returning the capabilities it adds; add one
 * line here per feature.
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { register as registerCompletion } from './completion';

type Register = (ctx: ServerContext) => Partial<ServerCapabilities>;

const FEATURES: Register[] = [
  registerCompletion,
];

export function registerFeatures(ctx: ServerContext): Partial<ServerCapabilities> {
  let caps: Partial<ServerCapabilities> = {};
  for (const register of FEATURES) caps = { ...caps, ...register(ctx) };
  return caps;
}
