import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Trading and market-data clients (corpus round 124): Interactive Brokers' API clients, QuickFIX,
 * MetaTrader's Python package, ccxt, exchange websocket clients, freqtrade and Hummingbot.
 * No rule was added for this round; these pin both directions so a later rule cannot quietly
 * start reading the brokers' and libraries' own codes, or stop reading the OS errors they wrap.
 */
describe('OS errors inside the trading clients are read', () => {
  it("reads the refusal in ib_insync's 'API connection failed:' line (c124-001)", () => {
    const text = [
      'API connection failed: ConnectionRefusedError(111, "Connect call failed (\'127.0.0.1\', 7496)")',
      'Make sure API port on TWS/IBG is open',
    ].join('\n');
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads QuickFIX's 'Socket Error:' event and its misspelt 'Socker Error:' twin (c124-013, c124-014)", () => {
    expect(
      highIds(
        '<20141118-11:01:19.979, FIX.4.2:CLIENT1->EXECUTOR, event>\n  (Socket Error: Connection reset by peer.)',
      ),
    ).toEqual(['10054']);
    expect(
      highIds(
        'DATE: Initiated logon request\nDATE: Socker Error: Connection reset by peer.\nDATE: Disconnecting',
      ),
    ).toEqual(['10054']);
  });

  it("reads the reset that ccxt's ExchangeNotAvailable carries from node-fetch (c124-011)", () => {
    const text =
      'ExchangeNotAvailable: binance GET https://fapi.binance.com/fapi/v1/fundingRate system request to https://fapi.binance.com/fapi/v1/fundingRate failed, reason: read ECONNRESET';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads requests' 'Connection aborted.' tuple and pyOpenSSL's WSAECONNRESET (c124-003, c124-046)", () => {
    expect(
      highIds(
        "Exception at line 769: ('Connection aborted.', ConnectionResetError(10054, 'An existing connection was forcibly closed by the remote host', None, 10054, None))",
      ),
    ).toEqual(['10054']);
    expect(highIds("('Connection aborted.', OSError(\"(10054, 'WSAECONNRESET')\"))")).toEqual(['10054']);
  });

  it("reads macOS's errno 54 in the Coinbase Pro websocket's on_error print (c124-044)", () => {
    expect(highIds('[Errno 54] Connection reset by peer - data: ....')).toEqual(['10054']);
  });

  it("reads traderui's .NET refusal wording on the TWS port (c124-041)", () => {
    const text =
      '[14:21:09 ERR] Connection to TWS backend failed. Verify the TWS is running. Error: No connection could be made because the target machine actively refused it. 127.0.0.1:7497';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("the brokers' and libraries' own codes hold no socket error", () => {
  it("leaves IB's 502, 504 and 1100 codes alone (c124-030, c124-032)", () => {
    expect(
      anyIds(
        '-1 502 Couldn\'t connect to TWS.  Confirm that "Enable ActiveX and Socket Clients" is enabled on the TWS "Configure->API" menu.\n\n-1 504 Not connected',
      ),
    ).toEqual([]);
    expect(
      anyIds('Error 1100, reqId -1: Connectivity between IBKR and Trader Workstation has been lost.'),
    ).toEqual([]);
  });

  it("leaves ib_insync's own connect deadline alone (c124-033)", () => {
    expect(
      anyIds(
        'API connection failed: TimeoutError()\nCancelledError                            Traceback (most recent call last)',
      ),
    ).toEqual([]);
  });

  it("leaves ccxt's own RequestTimeout and curl's error 28 under ccxt PHP alone (c124-022, c124-023)", () => {
    expect(
      anyIds(
        'RequestTimeout: binance GET https://testnet.binancefuture.com/dapi/v1/exchangeInfo request timed out (10000 ms)',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'PHP Fatal error:  Uncaught ccxt\\RequestTimeout: binance GET https://api.binance.com/api/v1/ticker/24hr?symbol=ETHBTC 28 Operation timed out after 10001 milliseconds with 0 bytes received',
      ),
    ).toEqual([]);
  });

  it("leaves the exchanges' auth and nonce replies alone (c124-025, c124-026)", () => {
    expect(
      anyIds(
        'future: <Future finished exception=DDoSProtection(\'binance {"code":-2015,"msg":"Invalid API-key, IP, or permissions for action"}\')>',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        ' bitfinex POST https://api.bitfinex.com/v1/mytrades 400 Bad Request \n {"message":"Nonce is too small."} ',
      ),
    ).toEqual([]);
  });

  it("leaves MetaTrader5's IPC codes alone (c124-036, c124-037)", () => {
    expect(anyIds("initialize() always returns (-10005, 'IPC timeout') after ~60s")).toEqual([]);
    expect(anyIds("None\n(-10004, 'No IPC connection')")).toEqual([]);
  });

  it("leaves websocket close code 1006 and websocket-client's own closed wordings alone (c124-018, c124-020, c124-050)", () => {
    expect(
      anyIds(
        'websockets.exceptions.ConnectionClosedError: code = 1006 (connection closed abnormally [internal]), no reason',
      ),
    ).toEqual([]);
    expect(anyIds('NetworkError: connection closed by remote server, closing code 1006')).toEqual([]);
    expect(
      anyIds(
        'pybit - ERROR - WebSocket Non-Authenticated encountered error: Connection to remote host was lost',
      ),
    ).toEqual([]);
  });
});
