import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from local LLM servers and AI application stacks, from real pastes of corpus round 192. */
describe("detectErrors reads NCCL's 'unhandled system error' as NCCL's name, not getaddrinfo's EAI_SYSTEM", () => {
  it("reads no error in vLLM's worker line carrying NCCL's ncclSystemError text (vllm-project/vllm issue #7800)", () => {
    const text =
      '(VllmWorkerProcess pid=232) ERROR 08-23 08:25:25 multiproc_worker_utils.py:226] Exception in worker VllmWorkerProcess while processing method init_device: NCCL error: unhandled system error (run with NCCL_DEBUG=INFO for details), Traceback (most recent call last):';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the socket's refusal NCCL 2.0 logged above its own failure line (c81-055)", () => {
    const text =
      "*server name* [0] include/socket.h:185 WARN Call to connect failed : Connection refused\nNCCL failure *MyProgram*.cu:110 'unhandled system error'";
    expect(anyIds(text)).toEqual(['10061']);
  });

  it("still reads getaddrinfo's own EAI_SYSTEM text from Python", () => {
    expect(highIds('socket.gaierror: [Errno -11] System error')).toEqual(['EAI_SYSTEM']);
  });
});

describe('detectErrors reads the servers of this round when their port is taken or refused', () => {
  it("reads Go's bind EADDRINUSE from ollama serve beside a running service (c192-002)", () => {
    expect(highIds('`Error: listen tcp 127.0.0.1:11434: bind: address already in use`')).toEqual(['10048']);
  });

  it("reads uvicorn's [Errno 99] from llama-cpp-python's server on ::1 (c192-006)", () => {
    const text =
      "ERROR:    [Errno 99] error while attempting to bind on address ('::1', 8000, 0, 0): cannot assign requested address";
    expect(highIds(text)).toEqual(['10049']);
  });

  it("reads the lower-cased German WSAEACCES text after text-generation-webui's [Errno 13] (c192-015)", () => {
    const text =
      "[Errno 13] error while attempting to bind on address ('127.0.0.1', 5000): der zugriff auf einen socket war aufgrund der zugriffsrechte des sockets unzulässig";
    expect(highIds(text)).toEqual(['10013']);
  });

  it("reads LocalAI's gRPC dial to its backend as refused, not the gRPC code (c192-019)", () => {
    const text =
      'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 127.0.0.1:52431: connect: connection refused"';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads ollama pull's resolver timeout as a temporary name-resolution failure (c192-022)", () => {
    const text =
      'Error: pull model manifest: Get "https://registry.ollama.ai/v2/library/qwen/manifests/0.5b": dial tcp: lookup registry.ollama.ai: i/o timeout';
    expect(highIds(text)).toEqual(['11002']);
  });
});

describe("detectErrors keeps the LLM tools' own failures apart from socket errors", () => {
  it("reads no error in the ollama CLI's 'could not connect to ollama app' (c192-026)", () => {
    expect(anyIds('Error: could not connect to ollama app, is it running?')).toEqual([]);
  });

  it("reads no error in ollama's 'pull model manifest: file does not exist' for an unknown tag (c192-027)", () => {
    expect(anyIds('`pull model manifest: file does not exist`')).toEqual([]);
  });

  it("reads no error in the runner's NTSTATUS exit under an HTTP 500 (c192-031)", () => {
    const text =
      'Error: 500 Internal Server Error: llama runner process has terminated: exit status 0xc0000409';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in llama-server's own bind message without an errno (c192-047)", () => {
    expect(anyIds("main: couldn't bind HTTP server socket, hostname: 127.0.0.1, port: 8080")).toEqual([]);
  });

  it("reads no error in openai-python's 'Connection error.' with no cause (c192-042)", () => {
    expect(anyIds('[Function: _call] - INFO - Error calling OpenAI API: Connection error.')).toEqual([]);
  });

  it("reads no error in undici's 'fetch failed' without its cause (c192-045)", () => {
    expect(anyIds('Error calling Ollama: TypeError: fetch failed')).toEqual([]);
  });
});
