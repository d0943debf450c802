/**
 * The stdio message reader: `Content-Length` framing as vscode-jsonrpc's own reader, but it
 * recovers. vscode-jsonrpc's reader, after a header without a usable Content-Length, reads
 * the rest of the stream out of step (the body it skipped becomes part of the next header),
 * so one bad frame left the server deaf for good; and a body that is not JSON got no reply.
 * Here a bad header is dropped up to the next `Content-Length:` line, and a body that is not
 * JSON is answered with JSON-RPC's parse error (-32700, id null), as the specification asks.
 */
import type { Readable } from 'node:stream';
import { AbstractMessageReader, type DataCallback, type Disposable, type Message, type MessageReader } from 'vscode-languageserver/node';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const CONTENT_LENGTH = /content-length:/i;
/** Headers are a few dozen bytes; this much without an end is not a header. */
const MAX_HEADER = 8192;

export interface ParseErrorSink { (error: Error): void }
/** Told each message's method as it passes (the entry watches for `shutdown`). */
export interface MethodSpy { (method: string | undefined): void }

export class FramedReader extends AbstractMessageReader implements MessageReader {
  private chunks: Buffer[] = [];
  private size = 0;
  private bodyLength = -1;

  constructor(private readonly stream: Readable, private readonly onParseError: ParseErrorSink, private readonly onMethod: MethodSpy = () => undefined) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer | string): void => this.onData(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, callback);
    const onError = (e: Error): void => this.fireError(e);
    const onClose = (): void => this.fireClose();
    this.stream.on('data', onData);
    this.stream.on('error', onError);
    this.stream.on('close', onClose);
    this.stream.on('end', onClose);
    return {
      dispose: () => {
        this.stream.off('data', onData);
        this.stream.off('error', onError);
        this.stream.off('close', onClose);
        this.stream.off('end', onClose);
      },
    };
  }

  private all(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private keep(rest: Buffer): void {
    this.chunks = rest.length > 0 ? [rest] : [];
    this.size = rest.length;
  }

  private onData(chunk: Buffer, callback: DataCallback): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    for (;;) {
      if (this.bodyLength < 0) {
        const buf = this.all();
        const end = buf.indexOf(HEADER_END);
        if (end < 0) {
          if (buf.length > MAX_HEADER) this.resync(buf, 1, 'a header longer than 8 KB');
          return;
        }
        const header = buf.subarray(0, end).toString('ascii');
        const length = contentLength(header);
        if (length === null) {
          // Skip this header and whatever follows it, to the next frame.
          this.resync(buf, 1, `a header without a valid Content-Length (${JSON.stringify(header.slice(0, 80))})`);
          continue;
        }
        this.bodyLength = length;
        this.keep(buf.subarray(end + HEADER_END.length));
      }
      if (this.size < this.bodyLength) return;
      const buf = this.all();
      const body = buf.subarray(0, this.bodyLength);
      this.keep(buf.subarray(this.bodyLength));
      this.bodyLength = -1;
      const text = body.toString('utf8');
      let message: unknown;
      try {
        message = JSON.parse(text);
      } catch (e) {
        this.onParseError(new Error(`the message body is not JSON: ${e instanceof Error ? e.message : String(e)}`));
        // A Content-Length too large swallows the next frame: give it back.
        const next = text.search(CONTENT_LENGTH);
        if (next >= 0) this.keep(Buffer.concat([Buffer.from(text.slice(next), 'utf8'), this.all()]));
        continue;
      }
      if (message === null || typeof message !== 'object' || Array.isArray(message)) {
        this.onParseError(new Error('the message is not a JSON-RPC object'));
        continue;
      }
      const method = (message as { method?: unknown }).method;
      this.onMethod(typeof method === 'string' ? method : undefined);
      // An object from JSON: vscode-jsonrpc checks its shape (request, notification, response) itself.
      callback(message as Message);
    }
  }

  /** Drops bytes up to the next `Content-Length:` line at or after `from`, or all of them. */
  private resync(buf: Buffer, from: number, why: string): void {
    this.fireError(new Error(`JSON-RPC framing error: ${why}; skipped to the next message.`));
    const text = buf.toString('latin1');
    const rest = text.slice(from);
    const m = CONTENT_LENGTH.exec(rest);
    if (m === null) { this.keep(Buffer.alloc(0)); return; }
    const at = from + m.index;
    this.keep(buf.subarray(at));
  }
}

/** The Content-Length of a header block, or null when it has none or a bad one. */
function contentLength(header: string): number | null {
  for (const line of header.split('\r\n')) {
    const m = /^content-length:\s*(\d{1,10})\s*$/i.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}
