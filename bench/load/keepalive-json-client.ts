/**
 * A minimal HTTP/1.1 keep-alive client for the pool run: one socket, one request at a time, JSON in
 * and out. node:http's client costs more CPU per request than the engine spends answering it, and
 * on a small machine the load generator would then be what the run measures.
 */
import { connect, type Socket } from 'node:net';

export interface JsonAnswer {
  status: number;
  body: string;
}

const HEADER_END = Buffer.from('\r\n\r\n');

export class KeepAliveJsonClient {
  private socket: Socket | null = null;
  private buffered: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (a: JsonAnswer) => void; reject: (e: Error) => void } | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly authorization: string,
  ) {}

  private open(): Promise<Socket> {
    if (this.socket) return Promise.resolve(this.socket);
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.host, port: this.port, noDelay: true }, () => resolve(socket));
      socket.once('error', (err) => {
        this.socket = null;
        this.waiting?.reject(err);
        this.waiting = null;
        reject(err);
      });
      socket.on('close', () => {
        this.socket = null;
        this.waiting?.reject(new Error('connection closed'));
        this.waiting = null;
      });
      socket.on('data', (chunk: Buffer) => this.onData(chunk));
      this.socket = socket;
      this.buffered = Buffer.alloc(0);
    });
  }

  private onData(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    const end = this.buffered.indexOf(HEADER_END);
    if (end < 0 || !this.waiting) return;
    const head = this.buffered.toString('latin1', 0, end);
    const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
    if (this.buffered.length < end + 4 + length) return;
    const status = Number(head.slice(9, 12));
    const body = this.buffered.toString('utf8', end + 4, end + 4 + length);
    this.buffered = this.buffered.subarray(end + 4 + length);
    const waiting = this.waiting;
    this.waiting = null;
    waiting.resolve({ status, body });
  }

  async post(path: string, json: string): Promise<JsonAnswer> {
    const socket = await this.open();
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${this.host}\r\nAuthorization: ${this.authorization}\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`,
      );
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }
}
