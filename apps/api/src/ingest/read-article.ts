import { readFile } from 'node:fs/promises';

/** The article's text, or a message a user can act on. */
export async function readArticle(file: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `no such file: ${file}` };
    if (code === 'EISDIR') return { ok: false, message: `${file} is a folder: give the article's .txt file` };
    if (code === 'EACCES') return { ok: false, message: `${file} cannot be read: permission denied` };
    return { ok: false, message: `${file} cannot be read (${code ?? String(error)})` };
  }
  if (text.includes('\u0000')) return { ok: false, message: `${file} is not a text file: give the article as plain UTF-8 text` };
  if (text.trim() === '') return { ok: false, message: `${file} is empty: there is no article to read` };
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
