// Health latency while the checker is loaded, beside health latency with the server idle (same run):
// one client posting 512 KB of "<a" as HTML over and over, then 20 connections posting 50 KB texts.
// Health is sampled from a separate process, so the load generator's own work does not count.
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { percentile, report } from "./stats.js";
import { rssMb, type Target } from "./api.js";

/** Samples GET /api/v1/health one request at a time for `seconds`, in a child process; sorted ms. */
function sampleHealth(url: string, seconds: number): Promise<number[]> {
  const script = `const http=require("node:http");const agent=new http.Agent({keepAlive:true});const out=[];const end=Date.now()+${seconds * 1000};
    const one=()=>{if(Date.now()>end){process.stdout.write(JSON.stringify(out));agent.destroy();return}const t=performance.now();
      http.get(${JSON.stringify(`${url}/api/v1/health`)},{agent},(r)=>{r.resume();r.on("end",()=>{out.push(performance.now()-t);setTimeout(one,20)})}).on("error",()=>{out.push(60000);setTimeout(one,20)})};one();`;
  const proc = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  let buf = "";
  proc.stdout.on("data", (d: Buffer) => (buf += d.toString()));
  return new Promise((ok) => proc.on("exit", () => ok((JSON.parse(buf || "[]") as number[]).sort((a, b) => a - b))));
}

/** A 50 KB English text of checkable sentences. */
function text50k(): string {
  const para =
    "Japan joined the United Nations in 1956. China and Japan signed the Treaty of Peace and Friendship in 1978. " +
    "The United States and Japan formed their alliance in 1952, and Prime Minister Kishi revised the security treaty in 1960. " +
    "Japan normalised relations with South Korea in 1965 and with China in 1972. The Soviet Union and Japan restored relations in 1956.\n";
  let t = "";
  while (Buffer.byteLength(t) < 50 * 1024) t += para;
  return t;
}

const fmt = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(1)} ms, p99 ${percentile(xs, 99).toFixed(1)} ms, max ${xs.at(-1)?.toFixed(1)} ms (${xs.length} samples)`;

/** Health p99 idle, under one 512 KB '<a' poster and under 20 connections posting 50 KB texts. */
export async function benchCheckLoad(gaiko: Target): Promise<void> {
  const seconds = Number(process.env.BENCH_CHECK_SECONDS ?? 10);
  process.stdout.write(`\nhealth latency while texts are checked (${seconds} s each; checks on worker threads)\n`);
  const idle = await sampleHealth(gaiko.url, Math.min(5, seconds));
  process.stdout.write(`  idle: ${fmt(idle)}\n`);

  // One client posting 512 KB of "<a" as HTML, again and again.
  const hostile = "<a".repeat(262_144);
  let stop = false;
  let posted = 0;
  const statuses = new Map<number, number>();
  const poster = (async () => {
    while (!stop) {
      const r = await fetch(`${gaiko.url}/api/v1/check`, { method: "POST", headers: { "content-type": "text/html" }, body: hostile });
      await r.arrayBuffer();
      posted++;
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    }
  })();
  const underHostile = await sampleHealth(gaiko.url, seconds);
  stop = true;
  await poster;
  process.stdout.write(`  one client posting 512 KB of '<a': ${fmt(underHostile)}; ${posted} posts, statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`);
  report("health p99, 512 KB '<a' posted", percentile(underHostile, 99), "idle p99", percentile(idle, 99), "< 50 ms");

  // 20 connections posting 50 KB texts, memory sampled each second.
  const body = text50k();
  const rss: number[] = [];
  const timer = setInterval(() => rss.push(rssMb(gaiko.proc.pid!)), 1000);
  const [load, underLoad] = await Promise.all([
    autocannon({ url: `${gaiko.url}/api/v1/check`, connections: 20, duration: seconds, method: "POST", headers: { "content-type": "text/plain" }, body, timeout: 30 }),
    sampleHealth(gaiko.url, seconds),
  ]);
  clearInterval(timer);
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  process.stdout.write(
    `  20 connections posting 50 KB texts: ${fmt(underLoad)}; checks ${load.requests.total} (${load.requests.average.toFixed(1)}/s), ` +
      `non-2xx ${load.non2xx} (503 when a check waits past its budget), errors ${load.errors + load.timeouts}; ` +
      `server RSS first 3 s ${avg(rss.slice(0, 3)).toFixed(0)} MB, last 3 s ${avg(rss.slice(-3)).toFixed(0)} MB\n`,
  );
  report("health p99, 20 × 50 KB checks", percentile(underLoad, 99), "idle p99", percentile(idle, 99), "< 50 ms");
}
