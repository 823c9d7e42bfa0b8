import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from AI and LLM tooling (model servers, SDKs, UIs), from real pastes of corpus round 33. */
describe("detectErrors reads asyncio's errno-less ConnectionResetError from a TLS handshake", () => {
  it('reads no reset when start_tls saw the peer close during the handshake (Comfy-Org/ComfyUI-Manager issue #91)', () => {
    // Python ≤ 3.10's sslproto wakes the handshake waiter with the bare class on EOF (a FIN, not a reset).
    const text =
      'Traceback (most recent call last):\n  File "E:\\ComfyUI_windows_portable\\python_embeded\\lib\\site-packages\\aiohttp\\connector.py", line 1091, in _start_tls_connection\n    tls_transport = await self._loop.start_tls(\n  File "asyncio\\base_events.py", line 1247, in start_tls\nConnectionResetError';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no reset from Python 3.11's sslproto, which raises the same bare class in _on_handshake_complete", () => {
    const text =
      '  File "/usr/lib/python3.11/asyncio/sslproto.py", line 576, in _on_handshake_complete\n    raise handshake_exc\nConnectionResetError';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the OS's reset when the handshake died of one", () => {
    const text =
      '  File "/usr/lib/python3.7/asyncio/sslproto.py", line 625, in _on_handshake_complete\n    raise handshake_exc\nConnectionResetError: [Errno 54] Connection reset by peer';
    expect(highIds(text)).toEqual(['10054']);
  });

  it('still reads the class on its own, away from a TLS handshake', () => {
    expect(highIds('ConnectionResetError when downloading the model')).toEqual(['10054']);
  });
});

describe('detectErrors reads the Turkish WSAEADDRINUSE text', () => {
  it("reads it after Go's bind: when ollama serve finds its port taken (ollama/ollama issue #8261)", () => {
    const text =
      'Error: listen tcp 127.0.0.1:11434: bind: Normal olarak her yuva adresi (iletişim kuralı/ağ adresi/bağlantı noktası) için yalnızca bir kullanıma izin veriliyor.';
    expect(highIds(text)).toEqual(['10048']);
  });

  it('reads it lower-cased, as uvicorn and asyncio print strerror, with no number beside it', () => {
    // The message of "[Errno 10048] … [winerror 10048] normal olarak …" (a README quoting uvicorn), on its own.
    const text =
      'normal olarak her yuva adresi (iletişim kuralı/ağ adresi/bağlantı noktası) için yalnızca bir kullanıma izin veriliyor';
    expect(highIds(text)).toEqual(['10048']);
  });
});
