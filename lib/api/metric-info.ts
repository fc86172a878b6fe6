// A metric of the registry as the API shows it (the storage column stays private).
import type { Metric } from '../metrics';
import type { MetricInfoT } from './schemas';

export function metricInfo(m: Metric): MetricInfoT {
  return { key: m.key, label: m.label, labelEn: m.labelEn, unit: m.unit, source: m.source, templates: m.templates };
}
