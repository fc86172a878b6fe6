import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestLookup, parseManifest } from '@/lib/ingest/manifest';
import { walkInputs } from '@/lib/ingest/walk';

describe('manifest', () => {
  it('reads file_or_issuer,region_code lines, with a header and a BOM', () => {
    const m = parseManifest('\uFEFFfile_or_issuer,region_code\n吴村镇,410523105\nreports/a.txt,370481\n\n# note\n');
    expect(m.errors).toEqual([]);
    const lookup = manifestLookup(m.entries);
    expect(lookup('/x/reports/a.txt')).toBeNull();
    expect(lookup('reports/a.txt')).toBe('370481');
    expect(lookup('/elsewhere/b.txt', '吴村镇')).toBe('410523105');
  });

  it('names the line of a malformed entry', () => {
    const m = parseManifest('吴村镇,4105x\nonly-one-cell\n');
    expect(m.errors).toHaveLength(2);
    expect(m.errors[0]).toMatch(/^line 1:/);
  });
});

describe('folder walk', () => {
  it('walks folders recursively, takes report extensions, survives a symlink loop and names missing paths', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-walk-'));
    try {
      fs.mkdirSync(path.join(dir, 'a/b'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'a/one.txt'), 'x');
      fs.writeFileSync(path.join(dir, 'a/b/two.HTML'), 'x');
      fs.writeFileSync(path.join(dir, 'a/b/skip.png'), 'x');
      fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'a/b/loop'));
      const result = walkInputs([dir, path.join(dir, 'missing.txt'), path.join(dir, 'a/*.txt')]);
      expect(result.files.map((f) => path.relative(dir, f)).sort()).toEqual(['a/b/two.HTML', 'a/one.txt']);
      expect(result.problems).toEqual([{ file: path.join(dir, 'missing.txt'), reason: '路径不存在。' }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
