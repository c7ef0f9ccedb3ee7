import { afterFirstPaint } from './app/afterFirstPaint';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void afterFirstPaint()
  .then(() => import('./app/start'))
  .then(({ start }) => start(root));
