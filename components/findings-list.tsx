// A report's findings, numbered as they are marked on the cells, each with its plain explanation.
import { explainRule, SEVERITY_LABELS } from '@/lib/rules';
import { inertLine } from '@/lib/security/text';

export interface NumberedFinding {
  n: number;
  rule: string;
  severity: string;
  message: string;
  cellLabels: string[];
}

export function FindingsList({ findings }: { findings: NumberedFinding[] }) {
  if (!findings.length) return <p className="muted">自动检查未发现问题。</p>;
  return (
    <ol className="findings">
      {findings.map((f) => {
        const rule = explainRule(f.rule);
        return (
          <li key={f.n} id={`finding-${f.n}`} className={`finding finding-${f.severity}`}>
            <span className="finding-n">{f.n}</span>
            <div>
              <div>
                <span className={`badge badge-${f.severity}`}>{SEVERITY_LABELS[f.severity] ?? f.severity}</span>{' '}
                <strong>
                  {rule.id} {rule.name}
                </strong>
                ：{inertLine(f.message)}
              </div>
              {rule.plain && <div className="finding-plain">规则：{rule.plain}</div>}
              {f.cellLabels.length > 0 && <div className="finding-cells">涉及：{f.cellLabels.join('；')}</div>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
