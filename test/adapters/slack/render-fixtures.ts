import type { Reply } from '../../../src/core/reply/model.js';

// One explanation as core builds it, for the renderSlackReply tests to vary.
export const explanation: Reply = {
  kind: 'explanation',
  title: 'WSAECONNRESET (10054) · Connection reset by peer',
  subtitle: 'reset · retry: maybe',
  sections: [
    { text: 'The other side tore the connection down with a TCP RST.' },
    { heading: 'Likely causes', items: ['the server restarted', 'a load balancer idle timeout'] },
    {
      fields: [
        { label: 'Linux', value: 'ECONNRESET (104)', inline: true },
        { label: 'HRESULT', value: '`0x80072746`', inline: true },
        { label: 'Check first', value: '`ss -tan state time-wait | wc -l`' },
      ],
    },
  ],
  footer: 'Details: /sockerr 10054',
  actions: [{ id: 'share', label: 'Share in channel', value: 'en:10054' }],
  fallback: 'WSAECONNRESET (10054): Connection reset by peer',
};

export const json = (value: unknown) => JSON.stringify(value);
