import type { RepositorySettings } from "../config/ownerSchemas";

/**
 * Where an author edits a post on GitHub: the repository's editor for the post's markdown file.
 * The file's path is NFC (as the check requires, and as Git on Linux stores it) and every segment
 * percent-encoded, so a Hangul file name or a folder post's `index.md` opens the right file.
 */
export function editUrl(
  repository: RepositorySettings,
  sourceFile: string,
): string {
  const file = sourceFile
    .normalize("NFC")
    .split("/")
    .map(encodeURIComponent)
    .join("/");
  const branch = (repository.branch ?? "main")
    .split("/")
    .map(encodeURIComponent)
    .join("/");
  return `${repository.url}/edit/${branch}/${file}`;
}
