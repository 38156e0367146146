// Requests over one long-lived port: the overlay asks the background about every post X
// shows, and a port answers several times faster than a new sendMessage channel per request.
// The service worker may stop at any time; the next request simply opens a new port.
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundRequest, Envelope, RequestType, ResponseMap } from './protocol';
import { BackgroundError } from './client';

export const PORT_NAME = 'careline:requests';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class PortClient {
  private port: Browser.runtime.Port | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  send<T extends RequestType>(request: Extract<BackgroundRequest, { type: T }>): Promise<ResponseMap[T]> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      try {
        this.connect().postMessage({ id, request });
      } catch (err) {
        this.pending.delete(id);
        this.port = undefined;
        reject(new BackgroundError(err instanceof Error ? err.message : String(err)));
      }
    });
  }

  disconnect(): void {
    this.port?.disconnect();
    this.failAll('disconnected');
  }

  private connect(): Browser.runtime.Port {
    if (this.port) return this.port;
    const port = browser.runtime.connect({ name: PORT_NAME });
    port.onMessage.addListener((raw: unknown) => {
      const { id, envelope } = raw as { id: number; envelope: Envelope<unknown> };
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      if (envelope?.ok) p.resolve(envelope.data);
      else p.reject(new BackgroundError(envelope?.error ?? 'Careline’s background did not answer.'));
    });
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = undefined;
      this.failAll('Careline’s background restarted.');
    });
    this.port = port;
    return port;
  }

  private failAll(reason: string): void {
    for (const [, p] of this.pending) p.reject(new BackgroundError(reason));
    this.pending.clear();
  }
}
