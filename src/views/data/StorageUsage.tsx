import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/appStore';

interface Usage {
  used: number | null;
  quota: number | null;
  kept: boolean | null;
}

function bytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024))} kB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}

/** How much of this browser's storage the app uses, and whether the browser agreed to keep it. */
export function StorageUsage() {
  const datasets = useAppStore((s) => s.datasets);
  const [usage, setUsage] = useState<Usage | null>(null);
  useEffect(() => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.estimate) return;
    let current = true;
    void Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(null)])
      .then(([estimate, kept]) => {
        if (current) setUsage({ used: estimate.usage ?? null, quota: estimate.quota ?? null, kept });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [datasets]);
  if (!usage || usage.used === null) return null;
  return (
    <p className="storage-usage">
      Stored in this browser: {bytes(usage.used)}
      {usage.quota ? ` of about ${bytes(usage.quota)} it allows` : ''}.{' '}
      {usage.kept
        ? 'The browser has agreed to keep it until you delete it.'
        : 'The browser may clear it if space runs low: export what you want to keep.'}
    </p>
  );
}
