import { afterFirstPaint } from './app/afterFirstPaint';
import { preloadPageModules } from './app/preloadPageModules';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void afterFirstPaint()
  .then(() => {
    preloadPageModules();
    return import('./app/start');
  })
  .then(({ start }) => start(root));
