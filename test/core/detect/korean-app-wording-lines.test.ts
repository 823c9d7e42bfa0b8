import { describe, expect, it } from 'vitest';
import { detectErrors } from '../../helpers/detect.js';

const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * glibc's ko ETIMEDOUT text `연결 시간 초과` is also everyday Korean for 'connection timeout', and Korean
 * applications name their own deadlines with it: inside a sentence it is someone's wording (medium, no
 * auto-reply), as `连接超时` is in Chinese; printed as the error after a colon it stays high.
 */
describe('Korean applications’ own timeout wording', () => {
  // Verbatim lines of public code (find_string index ids 21857159366, 53215397621, 45667754441,
  // 34050981491, 56876051186); the first four are the apps' own deadlines (a timer, Supabase's
  // TIMED_OUT status, requests' Timeout), the last prose in a setup guide.
  const lines: [string, string][] = [
    ["a signalling client's own timer", "reject(new Error('신호 서버 연결 시간 초과'));"],
    [
      "a Realtime client's status",
      "console.error('🚨 [장애] 웹소켓 연결 시간 초과! 네트워크 연결이 원활하지 않습니다.');",
    ],
    [
      "a script's requests.Timeout",
      'print(f"\\r⏳ [{elapsed}초] 연결 시간 초과... (시도 {attempt}회)", end="")',
    ],
    [
      'a portal client’s requests.Timeout',
      'return {"success": False, "error": "REGTECH 포털 연결 시간 초과"}',
    ],
    [
      'a setup guide’s prose',
      '프록시 도구와 함께 SSH-over-HTTPS(443 포트)를 통해 일반적인 연결 시간 초과 또는 재설정 문제를 해결합니다.',
    ],
  ];

  it.each(lines)('reads %s at medium, not high', (_label, text) => {
    expect(levels(text)).toEqual([['10060', 'medium']]);
  });
});

describe("glibc's ko texts printed as the error keep their reading", () => {
  it('reads ETIMEDOUT after ssh’s port and a colon at high', () => {
    expect(levels('ssh: connect to host 10.0.0.1 port 22: 연결 시간 초과')).toEqual([['10060', 'high']]);
  });

  it('reads ECONNREFUSED after curl’s port and a colon at high', () => {
    expect(levels('curl: (7) Failed to connect to 10.0.0.1 port 80: 연결이 거부됨')).toEqual([
      ['10061', 'high'],
    ]);
  });
});
