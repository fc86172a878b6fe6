// Notices every page may need: synthetic data included, nothing ingested yet.
export function SyntheticNotice({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <p className="notice notice-synthetic" role="note">
      <strong>含合成测试数据：</strong>本页数字包含 {count} 份生成的测试报告，不是真实报告，请勿引用。
    </p>
  );
}

export function NoReports({ scope }: { scope?: string }) {
  return (
    <div className="empty">
      <p>
        {scope ? `${scope}还没有收录任何报告。` : '还没有收录任何报告。'}
        用下面的命令导入报告文件（文本、HTML 或 DOCX，UTF-8 或 GBK），导入后刷新本页：
      </p>
      <p>
        <code>npm run ingest -- 报告文件或文件夹</code>
      </p>
      <p>
        例如导入项目自带的样本：<code>npm run ingest -- samples/reports</code>
      </p>
    </div>
  );
}
