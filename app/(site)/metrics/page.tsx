import type { Metadata } from 'next';
import { METRICS, type MetricGroup } from '@/lib/metrics';
import { RULE_EXPLANATIONS } from '@/lib/rules';

export const metadata: Metadata = { title: '指标说明' };

const GROUPS: Record<MetricGroup, string> = {
  applications: '依申请公开：收到的申请',
  outcomes: '依申请公开：办理结果',
  proactive: '主动公开',
  review: '行政复议',
  litigation: '行政诉讼',
};
const UNITS = { count: '件', wan: '万元', items: '条' };
const TEMPLATES = { gov2019: '2019 年试行格式', gov2021: '2021 年格式' };

export default function MetricsPage() {
  return (
    <>
      <h1>指标说明</h1>
      <p className="lead">
        每个指标都直接取自报告的统计表（或正文），把同一范围内各份现行报告的数字相加。报告没有填写的格子不计为 0，
        全部未填写时显示“—”。
      </p>
      <section className="notice" aria-labelledby="break-title">
        <h2 id="break-title">2019 年与 2021 年格式的差别</h2>
        <p>
          2019、2020 年度报告使用 2019 年试行格式（国办公开办函〔2019〕60号），2021 年度起使用 2021 年格式（国办公开办函〔2021〕30号）。
          表三（申请办理）和表四（复议诉讼）两种格式相同，只是“（六）其他处理”在 2021 年拆成三项；表二（主动公开）变化较大：
          2019 年的“本年新制作数量 / 本年新公开数量 / 对外公开总数量”与 2021 年的“本年制发件数 / 本年废止件数 / 现行有效件数”口径不同，
          2019 年的“行政事业性收费”是项目数量，2021 年是收费金额（万元）。只在 2021 年格式中有定义的指标，图表在 2021 年处用红色虚线标出。
        </p>
      </section>
      {(Object.keys(GROUPS) as MetricGroup[]).map((g) => (
        <section key={g} aria-labelledby={`g-${g}`} className="panel">
          <h2 id={`g-${g}`}>{GROUPS[g]}</h2>
          <div className="table-scroll">
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">指标</th>
                  <th scope="col">单位</th>
                  <th scope="col">来自报告的哪一行</th>
                  <th scope="col">适用格式</th>
                </tr>
              </thead>
              <tbody>
                {METRICS.filter((m) => m.group === g).map((m) => (
                  <tr key={m.key} id={m.key}>
                    <th scope="row">
                      {m.label}
                      <div className="muted small">{m.labelEn}</div>
                    </th>
                    <td>{UNITS[m.unit]}</td>
                    <td>{m.source}</td>
                    <td className="nowrap">
                      {m.templates.length === 2 ? '两种格式相同' : `仅 ${m.templates.map((t) => TEMPLATES[t]).join('、')}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <section aria-labelledby="rules-title" className="panel">
        <h2 id="rules-title">自动检查的规则</h2>
        <dl className="rules">
          {Object.entries(RULE_EXPLANATIONS).map(([id, r]) => (
            <div key={id}>
              <dt>
                {id} {r.name}
              </dt>
              <dd>{r.plain}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
