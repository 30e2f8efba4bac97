// The V8 heap of a server process, read through the inspector protocol (the process runs
// with --inspect): a full collection first, so what is measured is what is still live —
// the figure that tells a leak from a heap that has merely grown under load.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import WebSocket from 'ws';

export interface LiveMemory {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
}

interface Reply {
  id?: number;
  method?: string;
  params?: { chunk?: string };
  result?: { result?: { value?: string } };
  error?: { message: string };
}

export class HeapProbe {
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

  static async attach(inspectPort: number): Promise<HeapProbe> {
    const [target] = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
    if (!target) throw new Error('The inspector lists no target');
    const socket = new WebSocket(target.webSocketDebuggerUrl);
    await once(socket, 'open');
    return new HeapProbe(socket);
  }

  /** Collects garbage in the process, then reads its memory. */
  async liveMemory(): Promise<LiveMemory> {
    await this.send('HeapProfiler.collectGarbage');
    const reply = await this.send('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true });
    return JSON.parse(reply.result?.result?.value ?? '{}') as LiveMemory;
  }

  /** Writes a heap snapshot (open it in Chrome DevTools' Memory tab). */
  async snapshot(file: string): Promise<void> {
    const out = createWriteStream(file);
    this.onChunk = (chunk) => out.write(chunk);
    await this.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    this.onChunk = null;
    out.end();
    await once(out, 'finish');
  }

  close(): void {
    this.socket.close();
  }

  private send(method: string, params: Record<string, unknown> = {}): Promise<Reply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (reply) => {
        this.pending.delete(id);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply);
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }
}
