/**
 * The house rules of sockerr's architecture, checked by `npm run lint:deps` (part of `npm test`).
 * See README "Architecture": core decides and does no I/O; adapters carry; infra touches the world.
 * test/architecture/boundaries.test.ts shows that breaking any of these fails the check.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'core-stays-neutral',
      comment: 'src/core imports no adapter, no infra, no config and not main: they are passed in.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(adapters|infra|config|main)' },
    },
    {
      name: 'core-imports-no-sdk',
      comment:
        'src/core uses no platform SDK and no I/O library; fuse.js (pure look-up) is the one exception.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '(^|/)node_modules/fuse[.]js/',
      },
    },
    {
      name: 'core-does-no-io',
      comment:
        'src/core imports no Node built-in (node:fs, node:net, node:http…): it gets data and collaborators passed in.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'feature-entered-by-its-index',
      comment: 'A core feature folder is entered from another folder only through its index.ts.',
      severity: 'error',
      from: { path: '^src/core/([^/]+)/' },
      to: { path: '^src/core/[^/]+/', pathNot: ['^src/core/$1/', '^src/core/[^/]+/index[.]ts$'] },
    },
    {
      name: 'core-root-uses-feature-doors',
      comment: 'Files at the root of src/core enter a feature folder only through its index.ts.',
      severity: 'error',
      from: { path: '^src/core/[^/]+[.]ts$' },
      to: { path: '^src/core/[^/]+/', pathNot: '^src/core/[^/]+/index[.]ts$' },
    },
    {
      name: 'core-entered-by-its-index',
      comment: 'Outside src/core, core is imported only through src/core/index.ts.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/core/' },
      to: { path: '^src/core/', pathNot: '^src/core/index[.]ts$' },
    },
    {
      name: 'detect-is-a-leaf',
      comment: 'Detection knows nothing of replies, policy, commands or state: text in, findings out.',
      severity: 'error',
      from: { path: '^src/core/detect/' },
      to: { path: '^src/core/(reply|policy|commands|lookup|ports|i18n)/' },
    },
    {
      name: 'adapters-stay-apart',
      comment: 'One adapter never imports another; shared code belongs in core.',
      severity: 'error',
      from: { path: '^src/adapters/([^/]+)/' },
      to: { path: '^src/adapters/[^/]+/', pathNot: '^src/adapters/$1/' },
    },
    {
      name: 'infra-knows-no-adapter',
      comment: 'Stores, data loading and logging serve every adapter alike.',
      severity: 'error',
      from: { path: '^src/infra/' },
      to: { path: '^src/(adapters|main)' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle means two modules are one job, or one of them is in the wrong place.',
      severity: 'error',
      from: {},
      // Types may refer to each other (a Reply names a Locale that names…); code may not.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-dev-dep',
      comment: "Shipped code uses only runtime dependencies (ws, for one, is only for the tests' fakes).",
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
