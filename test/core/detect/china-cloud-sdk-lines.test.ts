import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from Chinese cloud and platform SDKs (Alibaba Cloud, Tencent Cloud, Huawei OBS, Qiniu, WeChat and
 * DingTalk bots), from real pastes of corpus round 186. The SDKs wrap the socket error in their own codes
 * (SDK.ServerUnreachable, ClientError.NetworkError, ConnectionTimeout); only the OS error the text shows
 * counts, and the SDKs' own codes, AccessKey and signature errors and `errcode` answers are not errors.
 */
describe("detectErrors reads HttpClient's connect timeout inside Alibaba Cloud's ClientException", () => {
  it("finds 10060 in the OSS SDK ClientException that carries HttpClient's words (aliyun-emapreduce-datasources #42)", () => {
    const text =
      'com.aliyun.oss.ClientException: Connect to oss.aliyuncs.com:80 timed out \n[ErrorCode]: ConnectionTimeout \n[RequestId]: Unknown ';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("finds 10060 after the SDK's '[ErrorMessage]: ' label (fit2cloud/aliyun-oss-plugin issue #7)", () => {
    const text =
      '[ErrorCode]: ConnectionTimeout\n[ErrorMessage]: Connect to kuick-platform.oss-cn-beijing-internal.aliyuncs.com:80 timed out\n[RequestId]: Unknown';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads nothing in the SDK's ConnectionTimeout code alone, which it also gives NoHttpResponseException", () => {
    expect(anyIds('[ErrorCode]: ConnectionTimeout\n[RequestId]: Unknown')).toEqual([]);
  });

  it("leaves HttpClient 4.3+'s 'failed: ' form to its cause, a refusal here (written after HttpClient's format)", () => {
    const text =
      'com.aliyun.oss.ClientException: Connect to oss.aliyuncs.com:80 [oss.aliyuncs.com/1.2.3.4] failed: Connection refused (Connection refused)';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors reads the OS error under the SDKs' network wrappers", () => {
  it('finds 10060 under SDK.ServerUnreachable on Windows (aliyun-openapi-python-sdk issue #28)', () => {
    const text =
      'aliyunsdkcore.acs_exception.exceptions.ClientException: SDK.ServerUnreachable Unable to connect server: [Errno 10060]';
    expect(highIds(text)).toEqual(['10060']);
  });

  it('finds EPIPE under SDK.ServerUnreachable (aliyun-openapi-python-sdk issue #287)', () => {
    const text =
      'aliyunsdkcore.acs_exception.exceptions.ClientException: SDK.ServerUnreachable Unable to connect server: [Errno 32] Broken pipe';
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it("finds 10065 under Tencent Cloud's ClientError.NetworkError (tencentcloud-sdk-go issue #168)", () => {
    const text =
      '[TencentCloudSDKError] Code=ClientError.NetworkError, Message=Fail to get response because Post "https://cloud.tencentcloudapi.com/": dial tcp 0.0.0.1:443: connect: no route to host';
    expect(highIds(text)).toEqual(['10065']);
  });

  it("finds 10054 in Qiniu's Android ResponseInfo (qiniu/android-sdk issue #454)", () => {
    const text =
      '错误信息：{ver:7.4.6,ResponseInfo:1613874123083696,status:-1, xClientId:, reqId:, xlog:, xvia:, host:upload-xs.qiniup.com, path:/, ip:, port:80, duration:-1 s, time:1613874126, sent:-1,error:Connection reset}';
    expect(highIds(text)).toEqual(['10054']);
  });
});

describe("detectErrors reads nothing in the SDKs' own failures", () => {
  it("reads nothing in SDK.ServerUnreachable over HttpClient's UnsupportedSchemeException (aliyun-openapi-java-sdk #259)", () => {
    const text =
      'com.aliyuncs.exceptions.ClientException: SDK.ServerUnreachable : Server unreachable: org.apache.http.conn.UnsupportedSchemeException: https pr\notocol is not supported';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads nothing in ali-oss's own connect timer (ali-sdk/ali-oss issue #1348)", () => {
    expect(
      anyIds('`Connect timeout for 3000ms, please increase the timeout or reduce the partSize`'),
    ).toEqual([]);
  });

  it('reads nothing in an AccessKey error with HTTP 404 (aylei/aliyun-exporter issue #36)', () => {
    const text =
      'aliyunsdkcore.acs_exception.exceptions.ServerException: HTTP Status: 404 Error:InvalidAccessKeyId.NotFound Specified access key is not found. RequestID: C7E393EC-A6D6-4BAB-922F-7DA3AC55DFCE';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads nothing in a DingTalk robot's errcode 310000 (RayWangQvQ/BiliBiliTool issue #566)", () => {
    const text =
      '日志信息：Response content: {"errcode":310000,"errmsg":"sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]"}.';
    expect(anyIds(text)).toEqual([]);
  });

  it('reads nothing in a WeChat errcode 40001 (doraemonext/wechat-python-sdk issue #70)', () => {
    const text =
      'OfficialAPIError: 40001: invalid credential, access_token is invalid or not latest hint: [9.ZaUa0975vr21]';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads nothing in Go's write deadline to OSS under 1Panel (1Panel-dev/1Panel issue #6456)", () => {
    expect(anyIds('write tcp 10.0.0.105:43876->106.14.228.190:80: i/o timeout')).toEqual([]);
  });
});
