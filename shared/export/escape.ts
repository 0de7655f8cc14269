/** Escapes text for XML and HTML element content and attribute values. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 forbids outright are dropped rather than producing a broken file.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

/** Escapes Markdown's special characters in running text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1')
    .replace(/^(\s*)([-=]{3,}|\d+\.)(\s)/gm, '$1\\$2$3');
}
