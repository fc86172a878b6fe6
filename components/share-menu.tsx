'use client';
// The share action of a chart: a disclosure (keyboard: Enter/Space opens, Escape closes) with the chart's
// permalink and its <iframe> snippet, each with a copy button, and the export downloads. Where the
// clipboard is refused (no permission, an insecure origin), the text is selected in its field instead and
// the reader is told to copy it.
import { useId, useRef, useState, useSyncExternalStore } from 'react';
import type { ShareLinks } from './share-links';

const noSubscribe = () => () => {};

/** The origin the reader sees (behind any proxy); empty while rendering on the server. */
function useOrigin(): string {
  return useSyncExternalStore(noSubscribe, () => window.location.origin, () => '');
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function ShareMenu({ title, links }: { title: string; links: ShareLinks }) {
  const origin = useOrigin();
  const ref = useRef<HTMLDetailsElement>(null);
  const permalink = origin + links.chart;
  const snippet =
    `<iframe src="${escapeAttr(origin + links.embed)}" title="${escapeAttr(title)}" width="100%" ` +
    `height="${links.embedHeight}" style="border:0" loading="lazy"></iframe>`;

  function onKeyDown(e: React.KeyboardEvent<HTMLDetailsElement>) {
    const details = ref.current;
    if (e.key !== 'Escape' || !details?.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  }

  return (
    <details className="share-menu" ref={ref} onKeyDown={onKeyDown}>
      <summary>
        分享<span className="visually-hidden">：{title}</span>
      </summary>
      <div className="share-panel">
        <CopyField label="链接" value={permalink} />
        <CopyField label="嵌入代码" value={snippet} multiline />
        <p className="share-row">
          <span className="share-label">下载</span>
          {links.exports.map((x) => (
            <a key={x.format} href={x.href} download>
              {x.label}
            </a>
          ))}
        </p>
        <p className="share-row">
          <a href={links.chart}>打开单图页面</a>
        </p>
      </div>
    </details>
  );
}

function CopyField({ label, value, multiline }: { label: string; value: string; multiline?: boolean }) {
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const select = () => field.current?.select();

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('已复制');
    } catch {
      field.current?.focus();
      select();
      setStatus('无法自动复制：已选中，请按 Ctrl+C（⌘C）复制');
    }
  }

  const props = { id, ref: field, value, readOnly: true, onFocus: select, spellCheck: false };
  return (
    <div className="share-field">
      <label htmlFor={id} className="share-label">
        {label}
      </label>
      {multiline ? <textarea {...props} rows={3} /> : <input type="text" {...props} />}
      <button type="button" onClick={copy}>
        复制{label}
      </button>
      <span role="status" className="share-status">
        {status}
      </span>
    </div>
  );
}
