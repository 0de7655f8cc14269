/**
 * The Content Security Policy for the renderer, in both hosts.
 *
 * No inline scripts and no eval anywhere; styles only from our own files (React sets style
 * properties through the CSSOM, which CSP does not restrict). Images may come from https
 * and data/blob URLs because stories carry photos.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https: galley-asset:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
