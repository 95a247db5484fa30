import { listSeedFiles, readSeedFile, type SeedFile } from '../read-seed';

/** Every seed file, parsed, named by its path under the seed folder with forward slashes on every platform. */
export function readSeedFiles(seedDir: string): SeedFile[] {
  return listSeedFiles(seedDir).map((path) =>
    readSeedFile(path, path.slice(seedDir.length + 1).replace(/\\/g, '/'), { seedDir }),
  );
}
