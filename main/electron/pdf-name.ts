/** A file name the save dialog can offer: the story's slug, never a path. */
export function pdfFileName(suggested: unknown): string {
  const base = typeof suggested === 'string' ? suggested.replace(/\.pdf$/i, '') : '';
  const clean = base
    .replace(/[\\/:*?"<>|]/g, '')
    .split('')
    .filter((c) => c.charCodeAt(0) >= 32)
    .join('')
    .trim()
    .slice(0, 120);
  return `${clean || 'story'}.pdf`;
}
