// `npm run build:lib`: the React package, ready for `npm pack build-lib` or `npm publish build-lib`.
// The bundle (vite.lib.config.ts), its type declarations (tsconfig.lib.json), a package.json whose
// version and peer ranges follow the project's, and a short README.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LIB_DIR = 'build-lib';
export const LIB_NAME = 'container-lifecycle-react';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run(join('node_modules', '.bin', 'vite'), ['build', '--config', 'vite.lib.config.ts', '--logLevel', 'warn']);
run(join('node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.lib.json']);

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const major = (range) => `^${range.replace(/^[~^]/, '').split('.')[0]}.0.0`;
const pkg = {
  name: LIB_NAME,
  version: root.version,
  description: 'The Docker container lifecycle simulator as a React component',
  type: 'module',
  main: './index.js',
  module: './index.js',
  types: './types/src/lib/index.d.ts',
  exports: {
    '.': { types: './types/src/lib/index.d.ts', import: './index.js', default: './index.js' },
    './package.json': './package.json',
  },
  files: ['index.js', 'chunks', 'types', 'README.md'],
  sideEffects: false,
  dependencies: Object.fromEntries(
    Object.entries(root.dependencies).filter(([name]) => name !== 'react' && name !== 'react-dom'),
  ),
  peerDependencies: { react: major(root.dependencies.react), 'react-dom': major(root.dependencies['react-dom']) },
  license: root.license ?? 'UNLICENSED',
};
writeFileSync(join(LIB_DIR, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync(
  join(LIB_DIR, 'README.md'),
  `# ${LIB_NAME}

The Docker container lifecycle simulator as a React component: a live, faithful diagram of a
container's states, with Docker's own buttons, terminal and panels.

\`\`\`tsx
import { LifecycleSimulator } from '${LIB_NAME}';

<LifecycleSimulator layout="embed" panels={['diagram', 'controls', 'terminal']} initialScript={['docker run -d --name web nginx']} />
\`\`\`

\`react\` and \`react-dom\` 19 are peer dependencies. In a site rendered on the server (Docusaurus),
render it in the browser only (\`<BrowserOnly>\`). See docs/embedding.md in the project.
`,
);
console.log(`${LIB_DIR}/: ${pkg.name}@${pkg.version}`);
