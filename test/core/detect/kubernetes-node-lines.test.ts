import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Kubernetes node tools' own forms of an OS error, from real pastes of corpus round 29. */
describe("detectErrors reads kubeadm's preflight port check as the address in use", () => {
  it("reads '[ERROR Port-N]: Port N is in use' as the address in use (c29-075 to c29-077)", () => {
    const text =
      'error execution phase preflight: [preflight] Some fatal errors occurred:\n        [ERROR Port-10250]: Port 10250 is in use\n[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`';
    expect(highIds(text)).toEqual(['10048']);
    expect(highIds('\t[ERROR Port-6443]: Port 6443 is in use')).toEqual(['10048']);
  });

  it("leaves 'port N is in use' alone outside kubeadm's check line", () => {
    expect(anyIds('port 10010 is in use')).toEqual([]);
    expect(anyIds('The dashboard says port 8080 is in use by nginx, which is fine.')).toEqual([]);
  });
});

describe('detectErrors reads what on-call engineers paste from Kubernetes nodes', () => {
  it("leaves CoreDNS's upstream read deadline alone (c29-008, as c2-248)", () => {
    const text =
      '[ERROR] plugin/errors: 2 svc-datadog-agent-dogstatsd.datadog-agent.toyota-europe.com. SRV: read udp 192.168.86.18:56917->150.45.86.241:53: i/o timeout';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads NodeLocal DNS's TCP dial timeout as a connect timeout (c29-062)", () => {
    expect(
      highIds(' [ERROR] plugin/errors: 2 xxxx.ec2.internal. A: dial tcp 10.0.0.2:53: i/o timeout'),
    ).toEqual(['10060']);
  });

  it("leaves Calico's 'connection is unauthorized' and etcd's TLS rejections alone (c29-005, c29-037)", () => {
    expect(
      anyIds(
        'plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'etcd: rejected connection from "192.168.0.12:34990" (error "remote error: tls: bad certificate", ServerName "")',
      ),
    ).toEqual([]);
  });
});
