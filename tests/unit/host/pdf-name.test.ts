import { describe, expect, it } from 'vitest';
import { pdfFileName } from '../../../main/electron/pdf-name';

describe('the PDF file name offered by Export PDF', () => {
  it('is the slug with .pdf, never a path or a control character', () => {
    expect(pdfFileName('levee-holds')).toBe('levee-holds.pdf');
    expect(pdfFileName('levee-holds.PDF')).toBe('levee-holds.pdf');
    expect(pdfFileName('../../etc/passwd')).toBe('....etcpasswd.pdf');
    expect(pdfFileName('C:\\Users\\x')).toBe('CUsersx.pdf');
    expect(pdfFileName('a\u0000b\nc')).toBe('abc.pdf');
    expect(pdfFileName('')).toBe('story.pdf');
    expect(pdfFileName(42)).toBe('story.pdf');
    expect(pdfFileName('x'.repeat(300))).toHaveLength(124);
  });
});
