import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from MLOps and data-orchestration tools (W&B, MLflow, Triton, Kubeflow, Prefect, Dagster, Airflow, Feast), from real pastes of corpus round 181. */
describe("detectErrors sets aside a client's own 'Connection timed out while attempting to connect to'", () => {
  it("finds nothing in Feast's gRPC channel deadline (feast-dev/feast issue #1314)", () => {
    expect(
      anyIds('ConnectionError: Connection timed out while attempting to connect to online_serving:6571'),
    ).toEqual([]);
  });

  it('still reads the OS timeout urllib3 carries (SergeyPirogov/webdriver_manager issue #55)', () => {
    const text =
      "ConnectionError: HTTPConnectionPool(host='chromedriver.storage.googleapis.com', port=80): Max retries exceeded with url: /LATEST_RELEASE (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f7dcf609f28>: Failed to establish a new connection: [Errno 110] Connection timed out";
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe("detectErrors sets aside CUDA's 'out of memory'", () => {
  it("finds nothing in TensorRT-LLM's cudaMallocAsync failure under Triton (triton-inference-server/tensorrtllm_backend issue #281)", () => {
    const text =
      "Model 'tensorrt_llm' loading failed with error: version 1 is at UNAVAILABLE state: Internal: unexpected error when creating modelInstanceState: [TensorRT-LLM][ERROR] CUDA runtime error in ::cudaMallocAsync(ptr, n, mCudaStream->get()): out of memory (/app/tensorrt_llm/cpp/tensorrt_llm/runtime/tllmBuffers.h:112)";
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves 'Out of memory' with no CUDA near as it was, low only (vanhauser-thc/thc-hydra issue #560)", () => {
    const text =
      '[ERROR] could not connect to ssh://10.10.207.77:22 - ****ssh_set_client_kex: Out of memory****';
    expect(anyIds(text)).toEqual(['8']);
    expect(highIds(text)).toEqual([]);
  });
});

describe('detectErrors reads the OS error under the MLOps clients', () => {
  it("reads wandb's NameResolutionError cause after its retry notice as EAI_AGAIN (wandb/wandb issue #6025)", () => {
    const text =
      "wandb: Network error (ConnectionError), entering retry loop.\nwandb: ERROR HTTPSConnectionPool(host='maglev.wandb.io', port=443): Max retries exceeded with url: /graphql (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f1fff425610>: Failed to re\nsolve 'XXX.wandb.io' ([Errno -3] Temporary failure in name resolution)\"))";
    expect(highIds(text)).toEqual(['11002']);
  });

  it("reads gRPC core's macOS errno 65 under the Vertex AI SDK's 503 (GoogleCloudPlatform/agent-starter-pack issue #158)", () => {
    const text =
      '> ✗ Failed to connect to Vertex AI: 503 failed to connect to all addresses; last error: UNKNOWN:\nipv6:%5B2404:6800:4012:6::200a%5D:443: connect: No route to host (65)';
    expect(highIds(text)).toEqual(['10065']);
  });

  it("reads tritonclient's UNAVAILABLE with the OS reset text (triton-inference-server/server issue #4985)", () => {
    expect(
      highIds(
        'tritonclient.utils.InferenceServerException: [StatusCode.UNAVAILABLE] Connection reset by peer',
      ),
    ).toEqual(['10054']);
  });

  it("reads MLflow's WinError 10049 for a 0.0.0.0 tracking URI (mlflow/mlflow issue #11274)", () => {
    const text =
      "mlflow.exceptions.MlflowException: API request to http://0.0.0.0:6001/api/2.0/mlflow/runs/update failed with exception HTTPConnectionPool(host='0.0.0.0', port=6001): Max retries exceeded with url: /api/2.0/mlflow/runs/update (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x000002C67D44AB00>: Failed to establish a new connection: [WinError 10049] The requested address is not valid in its context'))";
    expect(highIds(text)).toEqual(['10049']);
  });

  it("reads gunicorn's 'Connection in use' under `mlflow ui` as EADDRINUSE (mlflow/mlflow issue #1784)", () => {
    const text =
      "[2019-08-27 15:07:20 +1000] [10077] [INFO] Starting gunicorn 19.9.0\n[2019-08-27 15:07:20 +1000] [10077] [ERROR] Connection in use: ('127.0.0.1', 5000)";
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads Airflow's served-logs fetch failing to resolve the worker (apache/airflow issue #40289)", () => {
    expect(
      highIds('*** Could not read served logs: [Errno -3] Temporary failure in name resolution'),
    ).toEqual(['11002']);
  });
});

describe("detectErrors finds nothing in the tools' own retries, deadlines, statuses and auth failures", () => {
  it("finds nothing in wandb's retry notice and init timeout (wandb/wandb issue #10044)", () => {
    const text =
      'wandb: Network error (ConnectTimeout), entering retry loop.\nwandb: ERROR Run initialization has timed out after 90.0 sec. Please try increasing the timeout with the `init_timeout` setting: `wandb.init(settings=wandb.Settings(init_timeout=120))`.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Dagster's own 180 s code-server deadline (dagster-io/dagster issue #33297)", () => {
    const text =
      'dagster._core.errors.DagsterUserCodeUnreachableError: User code server request timed out due to taking longer than 180 seconds to complete.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in a Windows process exit code from Dagster's code server (dagster-io/dagster issue #20081)", () => {
    const text =
      'dagster._core.errors.DagsterCodeLocationLoadError: Failure loading {{ PROJECT_NAME }}: Exception: gRPC server exited with return code 3221225794 while starting up with the command: ...';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Triton's gRPC 'failed to connect to all addresses' with a thread id (triton-inference-server/server issue #2417)", () => {
    const text =
      "E1112 10:28:20.813017 446459 model_repository_manager.cc:986] failed to load 'ent' version 1: Internal: failed to connect to all addresses";
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in wandb's API-key failure (wandb/wandb issue #7783)", () => {
    const text =
      "wandb.errors.AuthenticationError:\nThe API key you provided is either invalid or missing.  If the `WANDB_API_KEY` environment variable is set, make sure it is correct. Otherwise, to resolve this issue, you may try running the 'wandb login --relogin' command. If you are using a local server, make sure that you're using the correct hostname. If you're not sure, you can try logging in again using the 'wandb login --relogin --host [hostname]' command.(Error 401: Unauthorized)";
    expect(anyIds(text)).toEqual([]);
  });
});
