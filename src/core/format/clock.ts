/** Local time of day, 24-hour: "09:05", or "09:05:07" with seconds. */
export function formatClock(timestamp: number, options: { seconds?: boolean } = {}): string {
  const d = new Date(timestamp);
  const two = (n: number) => String(n).padStart(2, '0');
  const hm = `${two(d.getHours())}:${two(d.getMinutes())}`;
  return options.seconds ? `${hm}:${two(d.getSeconds())}` : hm;
}
