/** A case file as people call it: its folder's name without the `.custodia` ending. */
export function displayName(folderName: string): string {
  return folderName.replace(/\.custodia$/i, '') || folderName;
}
