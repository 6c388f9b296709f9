// API benchmarks: throughput and p99 of gaiko's server beside a bare node:http server returning a
// pre-serialised constant response (the ceiling for Node here), then a bounded load test at 100
// connections checking for errors and flat memory. Loopback only; every run stops by itself.
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { get } from "node:http";

export interface Target {
  proc: ChildProcess;
  url: string;
}

function waitForUrl(proc: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = "";
    const onData = (d: Buffer) => {
      buf += d.toString();
      const m = pattern.exec(buf);
      if (m) resolve(m[1]!);
    };
    proc.stderr?.on("data", onData);
    proc.stdout?.on("data", onData);
    proc.on("exit", (code) => reject(new Error(`server exited (${code}): ${buf.slice(-500)}`)));
  });
}

/** Starts gaiko's server on a free loopback port. */
export async function startGaiko(root: string, db: string): Promise<Target> {
  const proc = spawn(process.execPath, [join(root, "bin", "gaiko.js"), "serve", "--db", db, "--port", "0", "--quiet"], { stdio: ["ignore", "pipe", "pipe"] });
  return { proc, url: await waitForUrl(proc, /on (http:\/\/[^/]+)\//) };
}

/**
 * Starts the baseline: node:http answering every request with the same pre-serialised bytes
 * (`encoding` names how they are compressed, sent as Content-Encoding).
 */
export async function startBare(body: string | Buffer, encoding?: string): Promise<Target> {
  const file = join(mkdtempSync(join(tmpdir(), "gaiko-bare-")), "body.json");
  writeFileSync(file, body);
  const script = `const http=require("node:http");const b=require("node:fs").readFileSync(process.env.BODY_FILE);
    const h={"content-type":"application/json","content-length":b.length};if(process.env.BODY_ENCODING)h["content-encoding"]=process.env.BODY_ENCODING;
    const s=http.createServer((q,r)=>{r.writeHead(200,h);r.end(b)});
    s.listen(0,"127.0.0.1",()=>console.log("on http://127.0.0.1:"+s.address().port+"/"));`;
  const proc = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, BODY_FILE: file, BODY_ENCODING: encoding ?? "" } });
  return { proc, url: await waitForUrl(proc, /on (http:\/\/[^/]+)\//) };
}

/** The bytes an answer is sent as (still compressed; fetch would undo Content-Encoding) and its encoding. */
export function rawAnswer(url: string, headers: Record<string, string>): Promise<{ body: Buffer; encoding?: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ body: Buffer.concat(chunks), encoding: res.headers["content-encoding"] }));
      res.on("error", reject);
    }).on("error", reject);
  });
}

export interface LoadResult {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Runs autocannon against `paths` (round-robin) for `seconds`; `headers` as a browser would send them. */
export async function load(url: string, paths: string[], connections: number, seconds: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    requests: paths.map((path) => ({ method: "GET", path })),
  });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

/** Resident memory of a process, from /proc (Linux). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}
