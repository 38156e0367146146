// A progress bar with its words: what is happening and how far it is.
export function ProgressLine({ label, value }: { label: string; value: number }) {
  const pct = Math.max(0, Math.min(100, Math.round(value * 100)));
  return (
    <div className="bak-progress">
      <progress max={100} value={pct} aria-label={label} />
      <span className="small muted">
        {label} {pct} %
      </span>
    </div>
  );
}
