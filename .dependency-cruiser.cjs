/**
 * Import boundaries, checked in CI (`npm run lint:boundaries`, part of `npm test`).
 * The core (server/src/service) is a stack of rooms; a room imports only rooms below it:
 *   text < parse < lex < model < config < derive < rules < (analysis, store, index) < language, outputs
 * Everything outside the core imports it through its door, server/src/service/index.ts.
 * The map of the rooms: server/src/service/README.md.
 */
const CORE = '^server/src/service/';
const ROOMS = ['text', 'parse', 'lex', 'model', 'config', 'derive', 'rules', 'pipeline', 'language', 'outputs'];
// index.ts (the door) sits above every room.
const PIPELINE = '(analysis|store)\\.ts$';
const roomPath = (room) => (room === 'pipeline' ? `${CORE}${PIPELINE}` : `${CORE}${room}/`);

const layering = ROOMS.slice(0, -2).map((room, i) => ({
  name: `layer-${room}`,
  comment: `${room} is below ${ROOMS.slice(i + 1).join(', ')}: it must not import them`,
  severity: 'error',
  from: { path: roomPath(room) },
  to: {
    path: `${CORE}(${ROOMS.slice(i + 1).filter((r) => r !== 'pipeline').join('|')})/|${CORE}index\\.ts$${room === 'pipeline' ? '' : `|${CORE}${PIPELINE}`}`,
    // model/schema.ts is the vocabulary of types every room may name (type-only imports).
    dependencyTypesNot: ['type-only'],
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'The core runs anywhere (Node, a browser worker, tests): no Node built-ins, no vscode.',
      severity: 'error',
      from: { path: CORE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-no-vscode',
      severity: 'error',
      from: { path: CORE },
      to: { path: '^(vscode|vscode-languageserver|vscode-languageclient)' },
    },
    {
      name: 'core-stays-inside',
      comment: 'The core never imports the LSP shell, the CLI, the client or the tests.',
      severity: 'error',
      from: { path: CORE },
      to: { path: '^(server/src/(?!service/)|client/|test/)' },
    },
    {
      name: 'through-the-door',
      comment: 'The shell, the CLI and the client import the core only through server/src/service/index.ts.',
      severity: 'error',
      from: { path: '^(server/src/(?!service/)|client/src/)' },
      to: { path: `${CORE}(?!index\\.ts$)` },
    },
    ...layering,
    {
      name: 'language-outputs-apart',
      comment: 'language (editor features) and outputs (formats, exports, preview data) do not import each other.',
      severity: 'error',
      from: { path: `${CORE}(language|outputs)/` },
      to: { path: `${CORE}(language|outputs)/`, pathNot: '$1' },
    },
    {
      name: 'facade-on-top',
      comment: 'The service facade (service.ts, facade/) sits above every room, like the door: no room imports it.',
      severity: 'error',
      from: { path: `${CORE}(text|parse|lex|model|config|derive|rules|language|outputs)/|${CORE}${PIPELINE}` },
      to: { path: `${CORE}(service\\.ts$|facade/)` },
    },
    {
      name: 'no-circular-in-core',
      severity: 'error',
      from: { path: CORE },
      // A cycle of type-only imports costs nothing at run time and is allowed.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.tsbuild)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js'] },
  },
};
