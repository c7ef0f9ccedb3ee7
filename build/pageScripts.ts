/** The parts of Vite's build manifest (build.manifest) that say what a chunk brings with it. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
export type Manifest = Record<string, ManifestChunk>;

/**
 * The scripts that lazily loaded modules (the app's start, then a view) need beyond the entry: their
 * chunks and the chunks they import, in import order. What the entry already loads is left out.
 */
export function pageScripts(manifest: Manifest, modules: string[]): string[] {
  for (const module of modules) if (!manifest[module]) throw new Error(`The build manifest has no chunk for ${module}`);
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  const loaded = new Set<string>();
  const visit = (key: string, into: Set<string>) => {
    if (into.has(key)) return;
    into.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported, into);
  };
  if (entry) visit(entry, loaded);
  const needed = new Set<string>();
  for (const module of modules) visit(module, needed);
  return [...needed].filter((key) => !loaded.has(key)).map((key) => manifest[key]!.file);
}
