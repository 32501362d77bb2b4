import path from 'node:path';
import { DEV_PORTS, loadEnvironment, REPO_ROOT } from './stack/config';
import { runStackInForeground } from './stack/run';

// `npm run dev`: the whole stack on 127.0.0.1, data kept in .local-data/ between runs.
runStackInForeground(
  {
    dataRoot: path.join(REPO_ROOT, '.local-data'),
    persistent: true,
    ports: DEV_PORTS,
    next: { mode: 'dev' },
    environment: loadEnvironment(),
    log: (line) => console.log(line),
  },
  { label: 'npm run dev' },
);
