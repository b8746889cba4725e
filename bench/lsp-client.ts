// A minimal JSON-RPC client over a child's stdio, enough for the benchmark (no dependencies).
import type { ChildProcess } from 'node:child_process';

export class LspClient {
  private buf = Buffer.alloc(0);
  private id = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly waiters: { method: string; pred: (p: never) => boolean; resolve: (p: unknown) => void }[] = [];
  private readonly listeners: { method: string; fn: (p: never) => void }[] = [];

  /** `onLog` sees every window/logMessage of the server. */
  constructor(private readonly child: ChildProcess, private readonly onLog?: (message: string) => void) {
    child.stdout!.on('data', (d: Buffer) => { this.buf = Buffer.concat([this.buf, d]); this.drain(); });
  }

  private drain(): void {
    for (;;) {
      const head = this.buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString('ascii'));
      const len = m ? Number(m[1]) : 0;
      if (this.buf.length < head + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(head + 4 + len);
      if (msg.id !== undefined && !msg.method) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(msg.error.message)); else p?.resolve(msg.result);
      } else if (msg.method && msg.id !== undefined) {
        // Server → client request (configuration, registration): answer with nothing.
        this.send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? (msg.params.items as unknown[]).map(() => null) : null });
      } else if (msg.method) {
        if (msg.method === 'window/logMessage') {
          if (process.env.RINGSIDE_BENCH_LOG) console.error(`server: ${msg.params.message}`);
          this.onLog?.(msg.params.message);
        }
        for (const l of this.listeners) if (l.method === msg.method) l.fn(msg.params as never);
        for (let i = 0; i < this.waiters.length; i++) {
          const w = this.waiters[i];
          if (w.method === msg.method && w.pred(msg.params as never)) { this.waiters.splice(i, 1); w.resolve(msg.params); break; }
        }
      }
    }
  }

  private send(msg: object): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.child.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin!.write(body);
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = ++this.id;
    return new Promise((resolve, reject) => { this.pending.set(id, { resolve, reject }); this.send({ jsonrpc: '2.0', id, method, params }); });
  }

  notify(method: string, params: unknown): void { this.send({ jsonrpc: '2.0', method, params }); }

  /** Call `fn` for every notification of `method`. */
  onNotification<T>(method: string, fn: (p: T) => void): void {
    this.listeners.push({ method, fn: fn as (p: never) => void });
  }

  waitFor<T>(method: string, pred: (p: T) => boolean, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${method}`)), timeoutMs);
      this.waiters.push({ method, pred: pred as (p: never) => boolean, resolve: (p) => { clearTimeout(timer); resolve(p as T); } });
    });
  }
}
