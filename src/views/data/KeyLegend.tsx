import { queueKeys } from './queueKeys';

/** The queue's keys, always on screen, so no one has to learn them elsewhere. */
export function KeyLegend() {
  return (
    <div className="key-legend">
      <p className="key-legend__title">Keys, while the queue has focus (not while typing):</p>
      <ul>
        {queueKeys.map(({ keys, does }) => (
          <li key={does}>
            {keys.map((key, i) => (
              <span key={key}>
                {i > 0 && (keys[0] === 'Shift' ? '+' : ' or ')}
                <kbd>{key}</kbd>
              </span>
            ))}{' '}
            {does}
          </li>
        ))}
      </ul>
    </div>
  );
}
