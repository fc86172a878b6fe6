// Turns the command line's files, folders and globs into the list of report files to read. Folders are
// walked recursively; a symlink loop is visited once; what cannot be walked is reported, not thrown.
import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

export const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.docx', '.pdf']);

export interface WalkResult {
  files: string[];
  problems: { file: string; reason: string }[];
}

const isGlob = (arg: string) => /[*?[\]{}]/.test(arg);

export function walkInputs(args: string[]): WalkResult {
  const files: string[] = [];
  const problems: WalkResult['problems'] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const addFile = (file: string) => {
    let real: string;
    try {
      real = fs.realpathSync(file);
    } catch {
      real = path.resolve(file);
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(file);
  };

  const visit = (p: string, explicit: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') problems.push({ file: p, reason: '路径是符号链接循环，无法读取。' });
      else if (code === 'EACCES') problems.push({ file: p, reason: '没有读取权限，无法读取该路径。' });
      else if (explicit) problems.push({ file: p, reason: '路径不存在。' });
      else problems.push({ file: p, reason: '符号链接指向的文件不存在。' });
      return;
    }
    if (stat.isDirectory()) {
      const real = fs.realpathSync(p);
      if (seenDirs.has(real)) return; // a symlink back into a folder already walked
      seenDirs.add(real);
      let entries: string[];
      try {
        entries = fs.readdirSync(p).sort();
      } catch {
        problems.push({ file: p, reason: '没有权限列出该文件夹的内容。' });
        return;
      }
      for (const entry of entries) {
        if (entry.startsWith('.')) continue;
        const child = path.join(p, entry);
        let childStat: fs.Stats | null = null;
        try {
          childStat = fs.statSync(child);
        } catch {
          childStat = null;
        }
        if (childStat?.isDirectory() || REPORT_EXTENSIONS.has(path.extname(entry).toLowerCase()) || !childStat)
          visit(child, false);
      }
    } else if (stat.isFile()) {
      addFile(p);
    } else {
      problems.push({ file: p, reason: '不是普通文件。' });
    }
  };

  for (const arg of args) {
    if (isGlob(arg) && !fs.existsSync(arg)) {
      const matches = globSync(arg, { onlyFiles: false, absolute: false, followSymbolicLinks: false });
      if (!matches.length) problems.push({ file: arg, reason: '没有文件与该模式匹配。' });
      for (const m of matches.sort()) visit(m, true);
    } else visit(arg, true);
  }
  return { files, problems };
}
