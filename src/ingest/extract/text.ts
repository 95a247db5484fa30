import type { ExtractedText } from '../types';

/**
 * Plain text and markdown as the five sources are: one entry per line, nothing rewritten, so that a
 * line number cited in the draft is the line a curator sees when opening the file.
 */
export function extractPlainText(fileName: string, text: string): ExtractedText {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // A final newline ends the last line; it does not start another one (the editor's line count).
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return { fileName, format: 'text', lines };
}
