// The 1200×630 share cards as satori elements (next/og draws them): pure layout over a chart model or a
// report summary, no data access. Satori lays out flexbox only: every box with several children says
// display:flex, and all text is drawn with the one font family the route hands it (OG_FONT).
import type { CSSProperties, ReactElement, ReactNode } from 'react';
import type { ChartModel } from '@/lib/share/chart-model';
import type { SvgText } from '@/lib/og/svg-text';
import type { ReportCardData } from '@/lib/og/report';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_FONT = 'Noto Sans SC';

const PAD_X = 48;
const PAD_TOP = 34;
const HEADER = 116;
const FOOTER = 48;
const GAP = 10;
/** The chart's box inside the card; the option is rendered at exactly this size. */
export const OG_CHART = {
  width: OG_WIDTH - 2 * PAD_X,
  height: OG_HEIGHT - PAD_TOP - HEADER - GAP - GAP - FOOTER - 24,
};

const INK = '#1f2933';
const MUTED = '#52606d';
const ACCENT = '#0072B2';

/** Titles get smaller as they get longer, so two lines always hold them. */
export function titleSize(title: string): number {
  const n = [...title].length;
  return n <= 12 ? 44 : n <= 18 ? 38 : n <= 26 ? 32 : 28;
}

/** The scope line shrinks before it has to cut a long place name. */
export function subtitleSize(scope: string, rest: string): number {
  const n = [...scope].length + [...rest].length;
  return n <= 30 ? 24 : n <= 38 ? 21 : 19;
}

/** A chart picture: the shapes as an image, the text drawn over it at the positions ECharts chose. */
export function ChartPicture(props: { shapesDataUrl: string; texts: SvgText[]; width: number; height: number }) {
  const { width, height } = props;
  return (
    <div style={{ display: 'flex', position: 'relative', width, height }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image */}
      <img src={props.shapesDataUrl} width={width} height={height} alt="" style={{ position: 'absolute', left: 0, top: 0 }} />
      {props.texts.map((t, i) => (
        <OverlayText key={i} t={t} width={width} />
      ))}
    </div>
  );
}

function OverlayText({ t, width }: { t: SvgText; width: number }) {
  const line = Math.round(t.fontSize * 1.3);
  const top = t.baseline === 'central' ? t.y - line / 2 : t.y - t.fontSize * 0.88 - (line - t.fontSize) / 2;
  const box: CSSProperties = {
    position: 'absolute',
    top,
    height: line,
    display: 'flex',
    alignItems: 'center',
    whiteSpace: 'pre',
    fontSize: t.fontSize,
    fontWeight: t.fontWeight >= 600 ? 700 : 400,
    lineHeight: `${line}px`,
    color: t.fill,
  };
  const span = 600;
  if (t.anchor === 'start') Object.assign(box, { left: t.x });
  else if (t.anchor === 'end') Object.assign(box, { right: width - t.x, justifyContent: 'flex-end' });
  else Object.assign(box, { left: t.x - span / 2, width: span, justifyContent: 'center' });
  return <div style={box}>{t.text}</div>;
}

function Frame({ children }: { children: ReactNode }) {
  return (
    <div
      style={{
        width: OG_WIDTH,
        height: OG_HEIGHT,
        display: 'flex',
        flexDirection: 'column',
        position: 'relative',
        background: '#ffffff',
        color: INK,
        fontFamily: OG_FONT,
        padding: `${PAD_TOP}px ${PAD_X}px 24px`,
      }}
    >
      <div style={{ position: 'absolute', left: 0, top: 0, width: OG_WIDTH, height: 8, background: ACCENT }} />
      {children}
    </div>
  );
}

/** The product's mark: a lens (ring) and the name in both languages. */
export function Mark() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', flexShrink: 0 }}>
      <div
        style={{ width: 26, height: 26, borderRadius: 13, border: `5px solid ${ACCENT}`, marginRight: 10, display: 'flex' }}
      />
      <div style={{ fontSize: 24, fontWeight: 700, color: INK }}>公开透镜</div>
      <div style={{ fontSize: 18, color: MUTED, marginLeft: 8 }}>Gongkai Lens</div>
    </div>
  );
}

function Footer({ lines }: { lines: string[] }) {
  return (
    <div style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', height: FOOTER }}>
      <div style={{ display: 'flex', flexDirection: 'column', fontSize: 16, color: MUTED, maxWidth: 820, lineHeight: '22px' }}>
        {lines.map((l, i) => (
          <div key={i} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: 820 }}>
            {l}
          </div>
        ))}
      </div>
      <Mark />
    </div>
  );
}

export interface ChartCardProps {
  model: ChartModel;
  /** the chart picture, or null when the model has nothing to draw */
  picture: ReactElement | null;
  /** '显示 12 / 21 个' when a comparison had to leave rows out */
  rowsNote: string | null;
}

export function ChartCard({ model, picture, rowsNote }: ChartCardProps) {
  const h = model.headline;
  const rest = [model.years, rowsNote].filter(Boolean).join(' · ');
  return (
    <Frame>
      <div style={{ display: 'flex', height: HEADER, justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, minWidth: 0, marginRight: 24 }}>
          <div
            style={{
              fontSize: titleSize(model.title),
              fontWeight: 700,
              lineHeight: 1.2,
              maxHeight: titleSize(model.title) * 2.4,
              overflow: 'hidden',
            }}
          >
            {model.title}
          </div>
          {/* one line whatever the scope: a long place name gives way (ellipsis), the years never do */}
          <div style={{ display: 'flex', fontSize: subtitleSize(model.scope, rest), color: MUTED, marginTop: 8, whiteSpace: 'nowrap' }}>
            <div style={{ flexShrink: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}>{model.scope}</div>
            {rest && <div style={{ flexShrink: 0, whiteSpace: 'pre' }}>{` · ${rest}`}</div>}
          </div>
        </div>
        <Headline headline={h} />
      </div>
      <div style={{ height: GAP, display: 'flex' }} />
      <div style={{ display: 'flex', width: OG_CHART.width, height: OG_CHART.height }}>
        {picture ?? (
          <div
            style={{
              display: 'flex',
              flexGrow: 1,
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: 28,
              color: MUTED,
              background: '#f5f7fa',
              borderRadius: 12,
            }}
          >
            所选年份没有报告数据
          </div>
        )}
      </div>
      <div style={{ height: GAP, display: 'flex' }} />
      <Footer lines={[model.source, `数据截至 ${model.dataDate}`]} />
    </Frame>
  );
}

function Headline({ headline: h }: { headline: ChartModel['headline'] }) {
  if (!h) return null;
  const change = h.change && h.previousYear !== null ? `比 ${h.previousYear} 年 ${h.change}` : '无上年数据可比';
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', flexShrink: 0, maxWidth: 460 }}>
      <div style={{ display: 'flex', alignItems: 'baseline' }}>
        <div style={{ fontSize: 60, fontWeight: 700, lineHeight: 1.1, color: ACCENT }}>{formatFigure(h.value)}</div>
        <div style={{ fontSize: 26, marginLeft: 8, color: INK }}>{h.value === null ? '无数据' : h.unit}</div>
      </div>
      <div style={{ fontSize: 21, color: MUTED, marginTop: 4, whiteSpace: 'nowrap' }}>{`${h.year} 年 · ${change}`}</div>
    </div>
  );
}

const figureFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
function formatFigure(value: number | null): string {
  return value === null ? '—' : figureFormat.format(value);
}

export function ReportCard({ report }: { report: ReportCardData }) {
  const f = report.findings;
  const findingsText =
    f.total === 0
      ? '自动检查未发现问题'
      : `自动检查发现 ${f.total} 个问题（错误 ${f.errors} · 警告 ${f.warnings} · 提示 ${f.infos}）`;
  return (
    <Frame>
      <div style={{ display: 'flex', flexDirection: 'column', height: 170 }}>
        <div style={{ fontSize: 24, color: MUTED }}>
          {[report.year === null ? '年度不明' : `${report.year} 年度`, '政府信息公开工作年度报告'].join(' · ')}
        </div>
        <div
          style={{
            fontSize: titleSize(report.agencyName),
            fontWeight: 700,
            lineHeight: 1.2,
            marginTop: 6,
            maxHeight: titleSize(report.agencyName) * 2.4,
            overflow: 'hidden',
          }}
        >
          {report.agencyName}
        </div>
        <div style={{ fontSize: 22, color: MUTED, marginTop: 8 }}>
          {[report.scope, report.templateLabel].filter(Boolean).join(' · ')}
        </div>
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', height: 160, marginTop: 10 }}>
        {report.figures.map((fig) => (
          <div
            key={fig.label}
            style={{
              display: 'flex',
              flexDirection: 'column',
              justifyContent: 'space-between',
              width: 206,
              padding: '16px 18px 14px',
              background: '#f2f6fa',
              borderLeft: `6px solid ${ACCENT}`,
            }}
          >
            <div style={{ fontSize: 21, color: MUTED, lineHeight: 1.3 }}>{fig.label}</div>
            <div style={{ display: 'flex', alignItems: 'baseline' }}>
              <div style={{ fontSize: fig.text.length > 7 ? 34 : 44, fontWeight: 700, color: INK }}>{fig.text}</div>
              <div style={{ fontSize: 20, color: MUTED, marginLeft: 6 }}>{fig.value === null ? '未填报' : fig.unit}</div>
            </div>
          </div>
        ))}
      </div>
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          marginTop: 24,
          padding: '14px 20px',
          fontSize: 26,
          background: f.errors > 0 ? '#fdecea' : f.total > 0 ? '#fdf5e6' : '#eaf6ee',
          color: f.errors > 0 ? '#b42318' : f.total > 0 ? '#8c5a00' : '#1e6b3a',
        }}
      >
        {findingsText}
      </div>
      {report.findingLines.map((line, i) => (
        <div
          key={i}
          style={{ fontSize: 20, color: INK, marginTop: 10, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: OG_CHART.width }}
        >
          {line}
        </div>
      ))}
      <div style={{ display: 'flex', flexGrow: 1 }} />
      <Footer lines={report.footer} />
    </Frame>
  );
}
