// A one-line progress bar on stderr: files done/total, rate, ETA. Only used on a terminal.
export function progressBar(total: number) {
  const started = Date.now();
  let last = 0;
  const draw = (done: number) => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    const etaText = `${Math.floor(eta / 60)}:${String(eta % 60).padStart(2, '0')}`;
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files · ${rate.toFixed(1)}/s · ETA ${etaText} `,
    );
  };
  return {
    update(done: number) {
      if (Date.now() - last < 100 && done < total) return;
      last = Date.now();
      draw(done);
    },
    finish() {
      draw(total);
      process.stderr.write('\n');
    },
  };
}
