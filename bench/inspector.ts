// A connection to a benchmark server's inspector (every server the benchmarks start has one):
// CPU profiles, and the process's memory after a full collection — what is still live, the
// figure that tells what a connection or a leak holds from a heap merely grown under load.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import WebSocket from 'ws';

export interface LiveMemory {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

interface Reply {
  id?: number;
  method?: string;
  params?: { chunk?: string };
  result?: Record<string, unknown>;
  error?: { message: string };
}

export class Inspector {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: Reply) => void>();
  private onChunk: ((chunk: string) => void) | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const reply = JSON.parse(String(data)) as Reply;
      if (reply.method === 'HeapProfiler.addHeapSnapshotChunk') this.onChunk?.(reply.params?.chunk ?? '');
      if (reply.id !== undefined) this.pending.get(reply.id)?.(reply);
    });
  }

  static async attach(inspectorPort: number): Promise<Inspector> {
    const [target] = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
    if (!target) throw new Error('The inspector lists no target');
    const socket = new WebSocket(target.webSocketDebuggerUrl);
    await once(socket, 'open');
    return new Inspector(socket);
  }

  /** Collects garbage in the process, then reads its memory. */
  async liveMemory(): Promise<LiveMemory> {
    await this.call('HeapProfiler.collectGarbage');
    const result = await this.call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true });
    return JSON.parse((result['result'] as { value?: string } | undefined)?.value ?? '{}') as LiveMemory;
  }

  /** Writes a heap snapshot (open it in Chrome DevTools' Memory tab). */
  async snapshot(file: string): Promise<void> {
    const out = createWriteStream(file);
    this.onChunk = (chunk) => out.write(chunk);
    await this.call('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    this.onChunk = null;
    out.end();
    await once(out, 'finish');
  }

  close(): void {
    this.socket.close();
  }

  /** Calls one method of the inspector protocol and answers with its result. */
  call(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (reply) => {
        this.pending.delete(id);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result ?? {});
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }
}
