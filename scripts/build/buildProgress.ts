/**
 * What a running `gatsby build` is doing, from the structured log actions it sends its parent
 * (gatsby-cli's IPC logger) and from the CPU its processes use — enough to tell a slow phase
 * from a stalled one, and to name the phase a stall happened in.
 */

/** A gatsby-cli log action (gatsby-cli/lib/reporter/redux/internal-actions.js), as far as read here. */
export interface LogAction {
  type: string;
  payload?: unknown;
}

interface Activity {
  text: string;
  since: number;
  current?: number;
  total?: number;
}

const field = (payload: unknown, key: string): unknown =>
  typeof payload === "object" && payload !== null
    ? (payload as Record<string, unknown>)[key]
    : undefined;
const text = (payload: unknown, key: string) => {
  const value = field(payload, key);
  return typeof value === "string" ? value : undefined;
};
const count = (payload: unknown, key: string) => {
  const value = field(payload, key);
  return typeof value === "number" ? value : undefined;
};

export const seconds = (ms: number): string => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
};

export class BuildProgress {
  private readonly running = new Map<string, Activity>();
  private lastFinished: string | null = null;
  private lastProgress: number;
  private lastTicks: number | null = null;

  constructor(startedAt: number) {
    this.lastProgress = startedAt;
  }

  /** Any log action is progress; activities are followed by id. */
  action(action: LogAction, now: number): void {
    this.lastProgress = now;
    const id = text(action.payload, "id");
    if (id === undefined) return;
    if (action.type === "ACTIVITY_START") {
      this.running.set(id, {
        text: text(action.payload, "text") ?? id,
        since: now,
        current: count(action.payload, "current"),
        total: count(action.payload, "total"),
      });
    } else if (action.type === "ACTIVITY_UPDATE") {
      const activity = this.running.get(id);
      if (activity === undefined) return;
      activity.current = count(action.payload, "current") ?? activity.current;
      activity.total = count(action.payload, "total") ?? activity.total;
    } else if (
      action.type === "ACTIVITY_END" ||
      action.type === "ACTIVITY_CANCEL"
    ) {
      const activity = this.running.get(id);
      if (activity !== undefined) this.lastFinished = activity.text;
      this.running.delete(id);
    }
  }

  /**
   * The CPU ticks the build's processes have used so far. More than `busyTicks` since the last
   * sample is progress: a working phase keeps a core busy, while a stalled build (every process
   * waiting on another) uses next to nothing — a spinner redrawing is not work.
   */
  cpu(ticks: number, now: number, busyTicks: number): void {
    if (this.lastTicks !== null && ticks - this.lastTicks > busyTicks)
      this.lastProgress = now;
    this.lastTicks = ticks;
  }

  /** How long nothing has happened, in ms. */
  quietFor(now: number): number {
    return now - this.lastProgress;
  }

  /** The phases that were running (the place of a stall) and the last one that finished. */
  describe(now: number): string[] {
    const running = [...this.running.values()].map((activity) => {
      const done =
        activity.total !== undefined
          ? `, ${activity.current ?? 0}/${activity.total} done`
          : "";
      return `"${activity.text}" (started ${seconds(now - activity.since)} before${done})`;
    });
    return [
      running.length > 0
        ? `Running: ${running.join("; ")}.`
        : "No phase had started since the last one finished.",
      `Last phase finished: ${this.lastFinished === null ? "none" : `"${this.lastFinished}"`}.`,
    ];
  }
}
