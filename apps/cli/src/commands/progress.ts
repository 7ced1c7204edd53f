import { SingleBar, Presets } from 'cli-progress';

/** A progress bar with an ETA on stderr, so stdout stays clean for results. */
export function progressBar(label: string, total: number): { update(value: number): void; stop(): void } {
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted} | {duration_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  bar.start(Math.max(total, 1), 0);
  return {
    update: (value) => bar.update(Math.min(value, Math.max(total, 1))),
    stop: () => bar.stop(),
  };
}
