/**
 * Makes a URL slug from a headline: lowercase ASCII words joined by dashes.
 *
 * Accents are folded ("Café" becomes "cafe") so the slug survives any CMS.
 */
export function slugify(text: string, maxLength = 80): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= maxLength) return folded;
  const cut = folded.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '');
}
