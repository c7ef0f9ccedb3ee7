/** The parts of Vite's build manifest (build.manifest) that say what a chunk brings with it. */
export interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}
export type Manifest = Record<string, ManifestChunk>;

export interface Assets {
  styles: string[];
  scripts: string[];
}

/**
 * The styles and scripts a lazily loaded view needs beyond the app's entry: its chunk and the chunks it
 * imports, with their styles, in import order. What the entry already loads is left out.
 */
export function viewAssets(manifest: Manifest, viewModule: string): Assets {
  if (!manifest[viewModule]) throw new Error(`The build manifest has no chunk for ${viewModule}`);
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  const loaded = new Set<string>();
  const visit = (key: string, into: Set<string>) => {
    if (into.has(key)) return;
    into.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported, into);
  };
  if (entry) visit(Object.keys(manifest).find((key) => manifest[key] === entry)!, loaded);
  const needed = new Set<string>();
  visit(viewModule, needed);
  const chunks = [...needed].filter((key) => !loaded.has(key)).map((key) => manifest[key]!);
  return { styles: [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))], scripts: chunks.map((chunk) => chunk.file) };
}
