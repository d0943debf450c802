/** The Node host of the server: the disk (node/fs.ts), tinyglobby's scan, Node's timers. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServerHost } from '../host';
import { nodeFileSystem } from './fs';
import { findFiles } from './scan';
import { nodeScheduler } from './scheduler';

/** `bundleDir`: where server.js is; the rule docs ship in ../docs/rules beside it. */
export function nodeHost(bundleDir: string): ServerHost {
  const defaultDocs = join(bundleDir, '..', 'docs', 'rules');
  return {
    fs: nodeFileSystem,
    scheduler: nodeScheduler,
    findFiles,
    docsUrl: (rule, docsRoot) => pathToFileURL(join(docsRoot ?? defaultDocs, `${rule}.md`)).href,
  };
}
